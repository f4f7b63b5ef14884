/**
 * The kiosk's issuing fast path (src/lib/server/http/issue-fast-path.ts) answers exactly as the
 * SvelteKit route: every request here is sent both ways, to /api/tickets (the fast path takes
 * it, which its trace line proves) and to /api/tickets?via=kit (a query string: the fast path
 * leaves it to SvelteKit), and the answers are compared, status, headers and body. Requests come
 * from a paired kiosk (its device cookie), the caller the fast path is for.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicketDto, KioskMenuDto } from '../../src/lib/shared/dto';
import { adminClient, serviceId, windowForm } from '../support/admin';
import { data, get } from '../support/api';
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

const TRACE = /fast path: POST \/api\/tickets/g;
const traced = () => server.output().match(TRACE)?.length ?? 0;

interface Seen {
	status: number;
	type: string | null;
	body: unknown;
}

async function send(path: string, body: string, headers: Record<string, string>): Promise<Seen> {
	const cookie = [headers.cookie, kiosk].filter(Boolean).join('; ');
	// A kiosk's browser names its page's origin; tests of the origin check name another, or
	// none ('' leaves a header out).
	const sent = Object.entries({
		'content-type': 'application/json',
		origin: server.url,
		...headers
	});
	const res = await fetch(server.url + path, {
		method: 'POST',
		headers: { ...Object.fromEntries(sent.filter(([, v]) => v !== '')), cookie },
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
			/"(code|number|issuedAt|url|path|ahead|size|from|to)":("[^"]*"|\d+)/g,
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
		headers: { 'content-type': 'text/plain', cookie: kiosk, origin: server.url },
		body: JSON.stringify(ticket)
	});
	expect(traced()).toBe(before);
	// Not declared as JSON: what a page of another site could send without asking (415).
	expect(form.status).toBe(415);
});

it('refuses alike a request from another origin, or naming none, and changes nothing', async () => {
	const count = () => {
		const db = new Database(server.dbPath, { readonly: true });
		const n = db.prepare('SELECT COUNT(*) FROM tickets').pluck().get();
		db.close();
		return n;
	};
	const before = count();
	const body = JSON.stringify(ticket);
	const sources: Record<string, string>[] = [
		{ origin: 'http://evil.example' },
		{ origin: server.url.replace(/:(\d+)$/, (_, p) => `:${Number(p) + 1}`) },
		{ origin: 'null' },
		{ origin: '' },
		{ origin: '', referer: 'http://evil.example/page' }
	];
	for (const from of sources) {
		const refused = await bothWays(body, from);
		expect(refused.status, JSON.stringify(from)).toBe(403);
		expect(refused.body).toMatchObject({ error: { code: 'cross_origin' } });
	}
	expect(count()).toBe(before);
	// A browser that names no Origin names the page in Referer: our own page is let through.
	const fromOwnPage = await bothWays(body, { origin: '', referer: `${server.url}/kiosk/bierun` });
	expect(fromOwnPage.status).toBe(201);
});

it('leaves staff sessions to SvelteKit (a session may slide, answered with a cookie)', async () => {
	const before = traced();
	const res = await fetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie: server.adminCookie, origin: server.url },
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
				headers: { 'content-type': 'application/json', origin: server.url },
				body: JSON.stringify(ticket)
			}).then(async (r) => ({ status: r.status, body: await r.json() }))
		)
	);
	expect(traced() - before).toBe(1);
	expect(answers[0]).toEqual(answers[1]);
	expect(answers[0]!.status).toBe(401);
});

describe('a matter no window serves now (issue 12 item 7)', () => {
	it('is refused alike with 409 while its windows are closed, and issued while they are paused', async () => {
		const db = new Database(server.dbPath, { readonly: true });
		const admin = adminClient(server);
		// The Civic Affairs Office (SO) is served by windows 4 and 5 only, both in room 105.
		const so = serviceId(db, 'SO');
		const tickets = () => db.prepare('SELECT COUNT(*) FROM tickets').pluck().get();
		for (const label of ['4', '5']) {
			const closed = await admin.submit('/admin/windows', 'save', {
				...windowForm(db, label),
				status: 'closed'
			});
			expect(closed.status).toBe(200);
		}
		const before = tickets();
		const body = JSON.stringify({ ...ticket, serviceId: so });
		const refused = await bothWays(body);
		expect(refused.status).toBe(409);
		expect(refused.body).toMatchObject({
			error: { code: 'no_window', message: expect.stringContaining('Żadne stanowisko') }
		});
		const english = await bothWays(body, { cookie: 'lang=en' });
		expect(english.body).toMatchObject({
			error: { code: 'no_window', message: expect.stringContaining('No window') }
		});
		expect(tickets()).toBe(before);
		const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
		const entry = menu.departments.flatMap((d) => d.services).find((s) => s.id === so);
		expect(entry).toMatchObject({ available: false, refusal: 'no_window', estimate: null });

		// Window 4 on a break: the ticket is issued (the break ends), its wait honestly unknown.
		const paused = await admin.submit('/admin/windows', 'save', {
			...windowForm(db, '4'),
			status: 'paused',
			pauseReason: 'Przerwa'
		});
		expect(paused.status).toBe(200);
		const issued = await bothWays(body);
		expect(issued.status).toBe(201);
		const dto = (issued.body as { data: IssuedTicketDto }).data;
		expect(dto.ticket.estimate).toEqual({ known: false, reason: 'windows_paused' });
		expect(dto.ticket.places.map((p) => p.room)).toEqual(['105']);
		db.close();
	});

	it('lists every room that serves a matter now, the nearest first', async () => {
		const db = new Database(server.dbPath, { readonly: true });
		// M01 is served at windows 1–3 (room 010, ground floor) and 9 (room 302, 3rd floor).
		const issued = await bothWays(JSON.stringify({ ...ticket, serviceId: serviceId(db, 'M01') }));
		const dto = (issued.body as { data: IssuedTicketDto }).data;
		expect(dto.ticket.places.map((p) => [p.room, p.floor])).toEqual([
			['010', 0],
			['302', 3]
		]);
		// Once: the answer does not repeat the rooms beside the ticket.
		expect(Object.keys(dto).sort()).toEqual(['link', 'print', 'ticket']);
		db.close();
	});
});

it('sees the office closed by another connection, both ways', async () => {
	const db = new Database(server.dbPath);
	db.prepare("UPDATE locations SET mode = 'closed'").run();
	db.close();
	const closed = await bothWays(JSON.stringify(ticket));
	expect(closed.status).toBe(409);
	expect((closed.body as { error: { code: string } }).error.code).toBe('office_closed');
});
