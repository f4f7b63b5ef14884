/**
 * Anything a user or device can send gets a clear 4xx and changes nothing: never a 5xx.
 * Runs against the built app in the test process (tests/support/in-process.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSnapshotDto } from '../../src/lib/shared/dto';
import { WINDOW_ACTIONS } from '../../src/lib/shared/vocabulary';
import { data, get } from '../support/api';
import { postChunked } from '../support/chunked';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { authFetch } from '../support/credentials';

let server: InProcessServer;

beforeAll(async () => {
	server = await startInProcess();
});
afterAll(async () => {
	await server?.stop();
});

async function send(
	method: string,
	path: string,
	body?: string | Buffer,
	type = 'application/json'
) {
	const res = await authFetch(server.url + path, {
		method,
		headers: body === undefined ? {} : { 'content-type': type },
		body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body)
	});
	const text = await res.text();
	let json: { error?: { code: string; message: string } } | null = null;
	try {
		json = JSON.parse(text);
	} catch {
		/* not JSON */
	}
	return { status: res.status, json, text };
}

async function state() {
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	const counts = await authFetch(server.url + '/api/locations/1/board').then((r) => r.json());
	return JSON.stringify({ ...staff, at: 0 }) + JSON.stringify({ ...counts.data, at: 0 });
}

const HOSTILE_STRINGS = [
	"'; DROP TABLE tickets; --",
	'<script>alert(1)</script>',
	'" OR 1=1 --',
	'\u0000\u0001',
	'🙂'.repeat(300),
	'x'.repeat(100_000)
];

describe('bad input', () => {
	it('is refused with a 4xx JSON error and changes nothing', async () => {
		const before = await state();
		const cases: [string, string, string | Buffer | undefined][] = [
			['POST', '/api/tickets', '{'],
			['POST', '/api/tickets', '[]'],
			['POST', '/api/tickets', 'null'],
			['POST', '/api/tickets', '{"locationId":1}'],
			['POST', '/api/tickets', '{"locationId":1,"serviceId":1,"priority":"vip"}'],
			['POST', '/api/tickets', '{"locationId":1,"serviceId":1,"extra":true}'],
			['POST', '/api/tickets', '{"locationId":1.5,"serviceId":1}'],
			['POST', '/api/tickets', '{"locationId":-1,"serviceId":1}'],
			['POST', '/api/tickets', '{"locationId":1e300,"serviceId":1}'],
			['POST', '/api/tickets', '{"locationId":1,"serviceId":999999}'],
			['POST', '/api/tickets', '{"locationId":424242,"serviceId":1}'],
			[
				'POST',
				'/api/tickets',
				JSON.stringify({ locationId: 1, serviceId: 1, pad: 'x'.repeat(20_000) })
			],
			['POST', '/api/tickets', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])], // invalid UTF-8
			['POST', '/api/windows/1/call', '"call"'],
			['POST', '/api/windows/abc/call', '{}'],
			['POST', '/api/windows/0/call', '{}'],
			['POST', '/api/windows/999999/call', '{}'],
			['POST', '/api/windows/99999999999999999999/call', '{}'],
			['POST', '/api/windows/1/launch', '{}'],
			['POST', '/api/windows/1/finish', '{}'], // nothing called: impossible transition
			['POST', '/api/windows/1/recall', '{}'],
			['POST', '/api/windows/1/start', '{"ticketId":12345}'],
			['POST', '/api/windows/1/resume', '{}'], // already open
			['POST', '/api/windows/1/pause', '{"reason":""}'],
			['POST', '/api/windows/1/pause', JSON.stringify({ reason: 'r'.repeat(201) })],
			['POST', '/api/windows/1/transfer', '{"serviceId":1,"note":"x"}'], // no client
			['GET', '/api/tickets/AAAA', undefined],
			['GET', '/api/tickets/' + 'a'.repeat(26), undefined],
			['GET', '/api/locations/999/menu', undefined],
			['GET', '/api/locations/x/board', undefined],
			['GET', '/api/windows/999', undefined],
			['DELETE', '/api/tickets', undefined],
			['GET', '/api/no/such/route', undefined],
			...HOSTILE_STRINGS.map(
				(s) =>
					['POST', '/api/windows/1/pause', JSON.stringify({ reason: s, x: 1 })] as [
						string,
						string,
						string
					]
			),
			...HOSTILE_STRINGS.map(
				(s) =>
					['GET', `/api/tickets/${encodeURIComponent(s.slice(0, 200))}`, undefined] as [
						string,
						string,
						undefined
					]
			)
		];
		for (const [method, path, body] of cases) {
			const answer = await send(method, path, body);
			const label = `${method} ${path} ${String(body).slice(0, 60)}`;
			expect(answer.status, label).toBeGreaterThanOrEqual(400);
			expect(answer.status, label).toBeLessThan(500);
			if (method !== 'DELETE') {
				expect(answer.json?.error?.code, label).toMatch(/^[a-z_]+$/);
				expect(answer.json?.error?.message.length, label).toBeGreaterThan(5);
			}
		}
		expect(await state()).toBe(before);
		// The server is still healthy and logged no server error.
		expect((await send('GET', '/api/health')).status).toBe(200);
		expect(server.output()).not.toMatch(/unexpected error|Error:/);
	});

	it('answers in English when the visitor chose English', async () => {
		const res = await authFetch(server.url + '/api/windows/1/finish', {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: `lang=en; ${server.adminCookie}` },
			body: '{}'
		});
		expect(res.status).toBe(409);
		expect((await res.json()).error.message).toBe('No client has been called at this window.');
	});
});

/** Every route that takes a JSON body (window actions by their URL names). */
const JSON_ROUTES = [
	'/api/tickets',
	...WINDOW_ACTIONS.map((a) => `/api/windows/1/${a.replace(/_/g, '-')}`),
	'/api/windows/1/reprint',
	'/api/survey',
	'/api/survey/paper',
	'/api/printers/default/check'
];

/**
 * Every form action, with what an oversized body gets (setup is closed: 403 before reading). The
 * page says why, except the office forms (?location=, but for the location's own form): they show
 * errors next to the row being edited, which an unreadable body does not name.
 */
const FORM_ROUTES: [string, number][] = [
	['/login', 413],
	['/pair', 413],
	['/setup', 403],
	['/account?/password', 413],
	['/admin/staff?/create', 413],
	['/admin/staff/1?/save', 413],
	['/admin/staff/1?/password', 413],
	['/admin/devices?/create', 413],
	['/admin/devices?/code', 413],
	['/admin/devices?/revoke', 413],
	['/admin/locations?/location&location=1', 413],
	['/admin/locations?/floor&location=1', 413],
	['/admin/locations?/board&location=1', 413],
	['/admin/departments?/save&location=1', 413],
	['/admin/services?/save&location=1', 413],
	['/admin/services?/delete&location=1', 413],
	['/admin/windows?/save&location=1', 413],
	['/admin/windows?/delete&location=1', 413]
];

describe('bodies without Content-Length (chunked)', () => {
	it("over the limit get 413 on every JSON route, also past SvelteKit's 512 KiB", async () => {
		const before = await state();
		for (const path of JSON_ROUTES) {
			for (const size of [20 * 1024, 600 * 1024, 2 * 1024 * 1024]) {
				const res = await postChunked(server.url, path, {
					size,
					headers: { cookie: server.adminCookie, origin: server.url }
				});
				const label = `${path} ${size}`;
				expect(res.status, label).toBe(413);
				expect(JSON.parse(res.text).error, label).toEqual({
					code: 'too_large',
					message: 'Treść żądania jest za duża.'
				});
			}
		}
		const en = await postChunked(server.url, '/api/windows/1/pause', {
			size: 600 * 1024,
			headers: { cookie: `lang=en; ${server.adminCookie}`, origin: server.url }
		});
		expect(JSON.parse(en.text).error.message).toBe('The request body is too large.');
		expect(await state()).toBe(before);
		expect(server.output()).not.toMatch(/unexpected error|Error:/);
	});

	it('over the limit get 413 on every form action, never a 500', async () => {
		const before = await state();
		const failures: string[] = [];
		for (const [path, status] of FORM_ROUTES) {
			for (const size of [20 * 1024, 600 * 1024]) {
				// The office forms take up to 64 KiB; the others 16 KiB.
				const res = await postChunked(server.url, path, {
					size: path.includes('location=') ? size * 4 : size,
					type: 'application/x-www-form-urlencoded',
					// Signing in, pairing and setup as a visitor who has not signed in yet.
					headers: {
						...(/^\/(login|pair|setup)$/.test(path) ? {} : { cookie: server.adminCookie }),
						origin: server.url,
						accept: 'text/html'
					}
				});
				if (res.status !== status) failures.push(`${path} ${size}: ${res.status}`);
				const shown = !path.includes('location=') || path.includes('?/location');
				if (status === 413 && shown && !res.text.includes('Treść żądania jest za duża.')) {
					failures.push(`${path} ${size}: no message`);
				}
			}
		}
		expect(failures).toEqual([]);
		expect(await state()).toBe(before);
		expect(server.output()).not.toMatch(/unexpected error|Error:/);
		expect((await send('GET', '/api/health')).status).toBe(200);
	});
});

/** Dates that do not exist, or are not dates. */
const IMPOSSIBLE_DAYS = [
	'2020-13-45',
	'2021-02-30',
	'2021-02-29',
	'2020-00-10',
	'2020-04-31',
	'0000-00-00',
	'99999-01-01',
	'+002020-01-01',
	'2020-1-1',
	'20200101',
	'2020-01-01T00:00',
	' 2020-01-01',
	'garbage',
	'NaN',
	'Infinity',
	'-1',
	'null',
	'2020-01-01%00',
	'２０２０-０１-０１'
];

describe('impossible dates', () => {
	it("get 400 (on /manage: a message on its form) with the reason in the caller's language", async () => {
		const failures: string[] = [];
		const check = async (path: string, lang: 'pl' | 'en', want: string) => {
			const res = await authFetch(server.url + path, {
				redirect: 'manual',
				headers: { cookie: `lang=${lang}; ${server.adminCookie}`, accept: 'text/html' }
			});
			const text = await res.text();
			const status = path.startsWith('/manage?') ? 200 : 400;
			if (res.status !== status || !text.includes(want)) {
				failures.push(`${path} (${lang}): ${res.status}`);
			}
		};
		for (const day of IMPOSSIBLE_DAYS) {
			const d = encodeURIComponent(day);
			// The field in words, not the parameter's name (issue 12, item 18).
			for (const [name, pl, en] of [
				['from', 'Nieprawidłowe dane: początek okresu.', 'Invalid data: start of the period.'],
				['to', 'Nieprawidłowe dane: koniec okresu.', 'Invalid data: end of the period.']
			] as const) {
				for (const path of [
					`/admin/audit?${name}=${d}`,
					`/admin/audit?kind=&who=&${name === 'from' ? 'to' : 'from'}=&${name}=${d}`,
					`/api/manage/survey.csv?${name}=${d}`,
					`/api/manage/report.csv?table=heatmap&${name}=${d}`
				]) {
					await check(path, 'pl', pl);
					await check(path, 'en', en);
				}
				// /manage says it on its form, beside the dates (issue 12, item 19).
				await check(`/manage?${name}=${d}`, 'pl', 'Podaj prawidłowe daty początku i końca okresu');
				await check(`/manage?${name}=${d}`, 'en', 'Enter valid start and end dates of the period');
			}
			const paper = await authFetch(server.url + '/api/survey/paper', {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify({ locationId: 1, day, answers: {}, departmentIds: [] })
			});
			if (paper.status !== 400) failures.push(`paper survey day ${day}: ${paper.status}`);
		}
		expect(failures).toEqual([]);
		expect(server.output()).not.toMatch(/unexpected error|Error:/);
	});

	it('an empty audit filter is no filter; a real day is a filter', async () => {
		for (const path of [
			'/admin/audit?kind=&who=&from=&to=',
			'/admin/audit?from=2020-02-29&to=2030-12-31',
			'/admin/audit?kind=constructor',
			'/admin/audit?kind=__proto__&before=abc'
		]) {
			const res = await authFetch(server.url + path, { headers: { accept: 'text/html' } });
			expect(res.status, path).toBe(200);
		}
	});
});

describe('CR, LF and tab in redirect parameters', () => {
	const VALUES = ['/%0d/evil.example', '/%0a/evil.example', '/%09/evil.example', '/%0d%0aX:1'];

	it('never answer 500 nor leave the site', async () => {
		for (const v of VALUES) {
			for (const [path, status] of [
				[`/login?next=${v}`, 303],
				[`/pair?next=${v}`, 200],
				[`/setup?next=${v}`, 200]
			] as const) {
				const res = await authFetch(server.url + path, {
					redirect: 'manual',
					headers: { accept: 'text/html' }
				});
				expect(res.status, path).toBe(status);
				if (status === 303) expect(res.headers.get('location'), path).toBe('/admin');
			}
			// Posted: a wrong pairing code and a closed setup are refused, nothing is followed.
			for (const [path, status] of [
				[`/pair?next=${v}`, 400],
				[`/setup?next=${v}`, 403]
			] as const) {
				const res = await fetch(server.url + path, {
					method: 'POST',
					redirect: 'manual',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'text/html',
						origin: server.url
					},
					body: 'code=AAAAA-AAAAA'
				});
				expect(res.status, path).toBe(status);
			}
			// A page refused to an unknown browser sends it to sign in with a safe `next`.
			const anonymous = await fetch(`${server.url}/manage?x=${v}`, { redirect: 'manual' });
			expect(anonymous.status).toBe(303);
			expect(anonymous.headers.get('location')).toMatch(/^\/login\?next=[\x21-\x7e]+$/);
		}
		expect(server.output()).not.toMatch(/Error/);
	});
});
