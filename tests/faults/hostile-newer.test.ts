/**
 * Hostile input against the endpoints and socket events added with printing, the survey and the
 * managers' pages (hostile.test.ts covers the queue's): malformed, oversized, injected and
 * unknown input gets a 4xx or an error acknowledgement, never a 5xx, a crash or a change.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { connect, request } from '../support/sockets';
import { authFetch } from '../support/credentials';

const HOSTILE: unknown[] = [
	"'; DROP TABLE survey_responses; --",
	'<img src=x onerror=alert(1)>',
	'" OR 1=1 --',
	'../../etc/passwd',
	'%FF%FE',
	'\u0000',
	'𝕏'.repeat(50),
	'x'.repeat(20_000),
	-1,
	0,
	1.5,
	1e300,
	null,
	true,
	[],
	{},
	{ __proto__: { admin: true } }
];

let server: RunningServer;

/** Every row of every table, so "nothing changed" means exactly that. */
function everything(): string {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		const tables = db
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
			.pluck()
			.all() as string[];
		return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	server = await startServer();
});
afterAll(async () => {
	await server?.stop();
});

describe('newer endpoints and events', () => {
	it('refuse hostile input with a 4xx and change nothing', async () => {
		const before = everything();
		const enc = (v: unknown) => encodeURIComponent(String(v).slice(0, 300)) || '%00';
		const requests: [string, string, unknown][] = [];
		for (const h of HOSTILE) {
			requests.push(
				['POST', '/api/survey', { token: h, channel: 'web', answers: { A: { satisfied: h } } }],
				['POST', '/api/survey', { token: 'a'.repeat(26), channel: h, answers: h }],
				['POST', '/api/survey', h],
				['POST', '/api/survey/paper', { locationId: h, day: '2026-01-01' }],
				['POST', '/api/survey/paper', { locationId: 1, day: h, departmentIds: [h] }],
				['POST', '/api/survey/paper', { locationId: 1, day: '2099-01-01' }],
				['GET', `/api/survey/${enc(h)}`, undefined],
				['GET', `/api/manage/survey.csv?location=${enc(h)}&from=${enc(h)}`, undefined],
				['GET', `/api/manage/report.csv?table=${enc(h)}`, undefined],
				['GET', `/api/manage/report.csv?table=heatmap&from=2026-12-01&to=${enc(h)}`, undefined],
				['POST', `/api/windows/1/reprint`, { ticketId: h }],
				['POST', `/api/windows/${enc(h)}/reprint`, { ticketId: 1 }],
				['POST', `/api/printers/${enc(h)}/check`, {}],
				['GET', `/api/printers/${enc(h)}/preview.svg`, undefined],
				['GET', `/survey/${enc(h)}`, undefined],
				['GET', `/survey/window/${enc(h)}`, undefined],
				['GET', `/t/${enc(h)}`, undefined]
			);
		}
		for (const [method, path, body] of requests) {
			const res = await authFetch(server.url + path, {
				method,
				headers: body === undefined ? {} : { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body)
			});
			const text = await res.text();
			const label = `${method} ${path.slice(0, 80)} ${JSON.stringify(body)?.slice(0, 80)}`;
			// A survey page for an unknown token answers 200 with "no such survey"; all else is 4xx.
			if (res.status === 200) expect(path, label).toMatch(/^\/survey\/[^/]*$/);
			else expect(res.status, label).toBeGreaterThanOrEqual(400);
			expect(res.status, label).toBeLessThan(500);
			expect(text, label).not.toContain('<img src=x onerror');
		}

		const socket = await connect(server.url);
		try {
			// Frames over the 16 KiB limit close the connection (hostile.test.ts covers that).
			for (const h of HOSTILE.filter((x) => JSON.stringify(x ?? null).length < 15_000)) {
				for (const [event, payload] of [
					['survey:join', { windowId: h }],
					['survey:join', h],
					['ticket:join', { code: h }],
					['ticket:join', h],
					['window:reprint', { windowId: h, ticketId: 1 }],
					['window:reprint', { windowId: 1, ticketId: h }],
					['printer:join', { locationId: h }],
					['printer:join', h]
				] as const) {
					const answer = await request(socket, event, payload);
					expect('error' in answer, `${event} ${JSON.stringify(payload)?.slice(0, 60)}`).toBe(true);
				}
			}
		} finally {
			socket.close();
		}

		expect(everything()).toBe(before);
		expect((await authFetch(`${server.url}/api/health`)).status).toBe(200);
		expect(server.output()).not.toMatch(/unexpected error|TypeError|RangeError/);
	});
});
