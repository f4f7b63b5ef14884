/**
 * Anything a user or device can send gets a clear 4xx and changes nothing: never a 5xx.
 * Runs against the real production server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get } from '../support/api';
import { startServer, type RunningServer } from '../support/server';
import { authFetch } from '../support/credentials';

let server: RunningServer;

beforeAll(async () => {
	server = await startServer();
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
