/**
 * The kiosk's issuing fast path (src/lib/server/http/issue-fast-path.ts) answers exactly as the
 * SvelteKit route: every request here is sent both ways, to /api/tickets (the fast path takes
 * it, which its trace line proves) and to /api/tickets?via=kit (a query string: the fast path
 * leaves it to SvelteKit), and the answers are compared, status, headers and body. Requests come
 * from a paired kiosk (its device cookie), the caller the fast path is for.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pairDevice } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let kiosk: string;
beforeAll(async () => {
	server = await startServer({ env: { OKIENKO_TRACE_FAST_PATH: '1' } });
	kiosk = await pairDevice(server.url, server.adminCookie, 'kiosk');
});
afterAll(async () => {
	await server?.stop();
});

const TRACE = /\[okienko\] fast path: POST \/api\/tickets/g;
const traced = () => server.output().match(TRACE)?.length ?? 0;

interface Seen {
	status: number;
	type: string | null;
	body: unknown;
}

async function send(path: string, body: string, headers: Record<string, string>): Promise<Seen> {
	const cookie = [headers.cookie, kiosk].filter(Boolean).join('; ');
	const res = await fetch(server.url + path, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers, cookie },
		body
	});
	const text = await res.text();
	expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
	return { status: res.status, type: res.headers.get('content-type'), body: JSON.parse(text) };
}

/** What differs between two tickets by nature: their code, number, time and the link to them. */
function sameShape(answer: Seen): unknown {
	return JSON.parse(
		JSON.stringify(answer).replace(
			/"(code|number|issuedAt|url|path|ahead|size|estimatedMinutes)":("[^"]*"|\d+)/g,
			'"$1":"…"'
		)
	);
}

/** Sends the request both ways and expects the same answer; returns the fast path's. */
async function bothWays(body: string, headers: Record<string, string> = {}, fast = true) {
	const before = traced();
	const viaFastPath = await send('/api/tickets', body, headers);
	expect(traced() - before).toBe(fast ? 1 : 0);
	const viaKit = await send('/api/tickets?via=kit', body, headers);
	expect(traced() - before).toBe(fast ? 1 : 0);
	expect(sameShape(viaFastPath)).toEqual(sameShape(viaKit));
	return viaFastPath;
}

const ticket = { locationId: 1, serviceId: 1, priority: null };

it('issues the same ticket both ways', async () => {
	const a = await bothWays(JSON.stringify(ticket));
	expect(a.status).toBe(201);
	expect(a.type).toBe('application/json');
	const link = (a.body as { data: { link: { url: string } } }).data.link.url;
	expect(link).toMatch(new RegExp(`^${server.url}/t/[a-z2-7]{26}$`));
});

it('refuses alike: unknown matter, wrong fields, bad JSON, an empty body', async () => {
	expect((await bothWays(JSON.stringify({ ...ticket, serviceId: 99_999 }))).status).toBe(404);
	expect((await bothWays(JSON.stringify({ ...ticket, extra: 1 }))).status).toBe(400);
	expect((await bothWays(JSON.stringify({ ...ticket, priority: 'vip' }))).status).toBe(400);
	expect((await bothWays('{"locationId":1,')).status).toBe(400);
	expect((await bothWays('')).status).toBe(400);
	expect((await bothWays('[]')).status).toBe(400);
});

it('answers in the language of the cookie, and reads the body as UTF-8 without its BOM', async () => {
	const refused = await bothWays(JSON.stringify({ ...ticket, serviceId: 99_999 }), {
		cookie: 'theme=dark; lang=en'
	});
	expect(refused.body).toEqual({ error: { code: 'not_found', message: 'Not found: matter.' } });
	const withBom = await bothWays('\uFEFF' + JSON.stringify(ticket), {
		'content-type': 'application/json; charset=utf-8'
	});
	expect(withBom.status).toBe(201);
});

it('links to https behind a proxy that says so', async () => {
	const a = await bothWays(JSON.stringify(ticket), { 'x-forwarded-proto': 'https' });
	expect((a.body as { data: { link: { url: string } } }).data.link.url).toMatch(/^https:\/\//);
});

it('leaves other content types and oversized bodies to SvelteKit', async () => {
	const big = JSON.stringify({ ...ticket, pad: 'x'.repeat(17 * 1024) });
	expect((await bothWays(big, {}, false)).status).toBe(413);
	const before = traced();
	const form = await fetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'text/plain', cookie: kiosk },
		body: JSON.stringify(ticket)
	});
	expect(traced()).toBe(before);
	// A form content type without a matching Origin: SvelteKit's CSRF check refuses it.
	expect(form.status).toBe(403);
});

it('leaves staff sessions to SvelteKit (a session may slide, answered with a cookie)', async () => {
	const before = traced();
	const res = await fetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie: server.adminCookie },
		body: JSON.stringify(ticket)
	});
	expect(res.status).toBe(201);
	expect(traced()).toBe(before);
});

it('refuses an unknown caller alike, with a 401', async () => {
	const before = traced();
	const answers = await Promise.all(
		['/api/tickets', '/api/tickets?via=kit'].map((path) =>
			fetch(server.url + path, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(ticket)
			}).then(async (r) => ({ status: r.status, body: await r.json() }))
		)
	);
	expect(traced() - before).toBe(1);
	expect(answers[0]).toEqual(answers[1]);
	expect(answers[0]!.status).toBe(401);
});

it('sees the office closed by another connection, both ways', async () => {
	const db = new Database(server.dbPath);
	db.prepare("UPDATE locations SET mode = 'closed'").run();
	db.close();
	const closed = await bothWays(JSON.stringify(ticket));
	expect(closed.status).toBe(409);
	expect((closed.body as { error: { code: string } }).error.code).toBe('office_closed');
});
