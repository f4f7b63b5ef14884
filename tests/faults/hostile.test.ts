/**
 * 10 000 malformed or hostile requests and socket events against every endpoint, page and event:
 * wrong types, huge bodies (also chunked, without Content-Length, on every JSON route and form),
 * unknown ids, impossible state transitions, invalid UTF-8, SQL and HTML injection strings,
 * impossible dates on every date parameter, and CR/LF/tab in every redirect parameter. The answer
 * is always a 4xx (a redirect parameter: a redirect to the home page; or, on a socket, an error acknowledgement or a
 * closed connection for an oversized frame), the server never crashes or logs an internal error,
 * nothing changes, and no page reflects hostile markup unescaped. The hand-picked cases with their
 * exact codes are in tests/integration/bad-input.test.ts; this is the bulk version.
 */
import Database from 'better-sqlite3';
import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IssuedTicketDto, KioskMenuDto, StaffSnapshotDto } from '../../src/lib/shared/dto';
import { WINDOW_ACTIONS } from '../../src/lib/shared/vocabulary';
import { data, get, post } from '../support/api';
import { postChunked } from '../support/chunked';
import { REFUSED_NEXT } from '../support/next-values';
import { startServer, type RunningServer } from '../support/server';
import { connect, type TestSocket } from '../support/sockets';
import { authFetch } from '../support/credentials';

const HTTP_CASES = 6000;
const SOCKET_CASES = 4000;

const HOSTILE = [
	"'; DROP TABLE tickets; --",
	"1; UPDATE windows SET status='closed'",
	'" OR 1=1 --',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	'javascript:alert(1)',
	'{{7*7}}${7*7}',
	'../../../etc/passwd',
	'\u0000\u0001\u001f',
	'\ud800 lone surrogate',
	'🙂'.repeat(40),
	'\r\nSet-Cookie: x=1',
	'x'.repeat(501),
	'y'.repeat(20_000),
	'',
	'   ',
	'__proto__',
	'constructor'
];
const MARKUP = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(1)>'
];
const BAD_IDS: unknown[] = [
	0,
	-1,
	1.5,
	1e300,
	2 ** 53 + 2,
	999_999,
	'1',
	'abc',
	null,
	true,
	[],
	{},
	[1],
	{ id: 1 }
];
const ACTIONS = [
	'call',
	'recall',
	'start',
	'finish',
	'no-show',
	'return',
	'cancel',
	'transfer',
	'pause',
	'resume'
];

let server: RunningServer;
let services: number[];
let windows: number[];
/** The window with a called ticket, that ticket, and a waiting one. */
let busy: { window: number; called: number; waiting: number };

/** A small deterministic PRNG, so a failure can be reproduced. */
let seed = 20261124;
const random = () => {
	seed = (seed * 1103515245 + 12345) % 2 ** 31;
	return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

beforeAll(async () => {
	server = await startServer();
	const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
	services = menu.departments.flatMap((d) => d.services).map((s) => s.id);
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	windows = staff.windows.map((w) => w.id);
	// Some state for impossible transitions to bump into: window 4 has a called ticket, and a
	// ticket of the same matter waits.
	const so = menu.departments
		.flatMap((d) => d.services)
		.find((s) => s.name.pl.startsWith('Sprawy obywatelskie'))!.id;
	const issue = async () =>
		data(
			await post<IssuedTicketDto>(server.url, '/api/tickets', {
				locationId: 1,
				serviceId: so,
				priority: null
			})
		).ticket;
	const first = await issue();
	const second = await issue();
	const w4 = staff.windows.find((w) => w.label === '4')!.id;
	data(await post(server.url, `/api/windows/${w4}/call`));
	const firstId = new Database(server.dbPath, { readonly: true });
	const idOf = (code: string) =>
		firstId.prepare('SELECT id FROM tickets WHERE code = ?').pluck().get(code) as number;
	busy = { window: w4, called: idOf(first.code), waiting: idOf(second.code) };
	firstId.close();
});

afterAll(async () => {
	await server?.stop();
});

/** Everything that could change, as one string. */
function state(): string {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		const dump = (sql: string) => JSON.stringify(db.prepare(sql).raw().all());
		return [
			dump('SELECT * FROM tickets ORDER BY id'),
			dump('SELECT count(*), max(id) FROM events'),
			dump('SELECT * FROM windows ORDER BY id'),
			dump('SELECT * FROM ticket_sequences ORDER BY 1, 2, 3'),
			dump('SELECT * FROM locations'),
			dump('SELECT count(*) FROM services'),
			dump("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
		].join('\n');
	} finally {
		db.close();
	}
}

/** A body for a window action that the server must refuse, for a window that exists. */
function refusedAction(windowId: number, action: string): Record<string, unknown> | unknown {
	const variant = Math.floor(random() * 6);
	const text = pick(HOSTILE);
	switch (variant) {
		case 0: // an unknown field
			return { [pick(['extra', '__proto__', 'constructor', 'windowId2', text.slice(0, 30)])]: 1 };
		case 1: // a stale ticket id (never valid for pause and resume, which take none)
			return { ticketId: pick([busy.waiting, 999_999, busy.called + 1000]) };
		case 2: // wrong types in the action's own fields
			return action === 'pause'
				? { reason: pick([null, 42, ['x'], { a: 1 }, '', '   ', 'r'.repeat(201)]) }
				: action === 'transfer'
					? { serviceId: pick(BAD_IDS), note: text }
					: { ticketId: pick(BAD_IDS.filter((x) => typeof x !== 'number' || x <= 0)) };
		case 3: // not an object at all
			return pick([null, [], 'call', 42, true]);
		case 4: // a transfer or pause whose text breaks the limits
			return action === 'pause'
				? { reason: pick(['', ' ', 'r'.repeat(201), 'y'.repeat(20_000)]) }
				: { ticketId: busy.waiting, serviceId: pick(services), note: pick(['', 'n'.repeat(501)]) };
		default: // the impossible transitions: nothing at the window, a busy window, already open
			if (windowId === busy.window) {
				return action === 'pause' || action === 'resume' || action === 'call'
					? action === 'pause'
						? { reason: '' }
						: {}
					: { ticketId: busy.waiting };
			}
			return action === 'pause' ? { reason: 'r'.repeat(300) } : {};
	}
}

/** Which (window, action) with `refusedAction` may still succeed: none but these, excluded. */
function mayChangeState(windowId: number, action: string, body: unknown): boolean {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
	const keys = Object.keys(body);
	const b = body as Record<string, unknown>;
	if (keys.some((k) => !['ticketId', 'serviceId', 'note', 'reason'].includes(k))) return false;
	if (action === 'resume') return false; // every window is open
	if (action === 'pause') {
		return typeof b.reason === 'string' && b.reason.trim().length > 0 && b.reason.length <= 200;
	}
	// A call ignores ticketId, so it calls whoever waits at any window but the busy one.
	if (action === 'call') return windowId !== busy.window && keys.every((k) => k === 'ticketId');
	if (windowId !== busy.window) return false; // nothing at the window
	return b.ticketId === undefined || b.ticketId === busy.called;
}

/**
 * One request on a connection of its own (no keep-alive): a server that cuts off an oversized
 * body closes that connection, and no other request may be caught by it.
 */
function send(c: HttpCase): Promise<Answer> {
	if (c.chunked) {
		return postChunked(server.url, c.path, {
			size: c.chunked.size,
			type: c.type,
			headers: c.headers ?? {}
		}).then((res) => ({
			status: res.status,
			type: String(res.headers['content-type'] ?? ''),
			text: res.text,
			location: res.headers.location
		}));
	}
	return new Promise((resolve, reject) => {
		const req = http.request(
			`${server.url}${c.path}`,
			{
				method: c.method,
				agent: false,
				// As the demo admin, who may use every endpoint: the refusals are the input's fault.
				headers: c.headers ?? {
					cookie: server.adminCookie,
					origin: server.url,
					...(c.body === undefined ? {} : { 'content-type': c.type ?? 'application/json' })
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (text += d));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						type: res.headers['content-type'] ?? '',
						text,
						location: res.headers.location
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(c.body);
	});
}

interface HttpCase {
	method: string;
	path: string;
	body?: string | Uint8Array;
	type?: string;
	/** Sent instead of the admin cookie and content type (the cases added for issue 11). */
	headers?: Record<string, string>;
	/** A body of this many bytes without Content-Length (Transfer-Encoding: chunked). */
	chunked?: { size: number };
	/** The answer expected, if not a 4xx: a redirect parameter's redirect, a page. */
	accept?: (res: Answer) => boolean;
}

interface Answer {
	status: number;
	type: string;
	text: string;
	location?: string;
}

/** Dates that do not exist, or are not dates. */
const IMPOSSIBLE_DAYS = [
	'2020-13-45',
	'2021-02-30',
	'2021-02-29',
	'2020-04-31',
	'0000-00-00',
	'99999-01-01',
	'+002020-01-01',
	'2020-1-1',
	'garbage',
	'NaN',
	'Infinity',
	'-1',
	'２０２０-０１-０１',
	...HOSTILE.filter((h) => h.trim() !== '').map((h) => h.slice(0, 200))
];

/** `next` values with tabs and line breaks (as typed in a URL: encoded once). */
const BROKEN_NEXT = [
	'/%09/evil.example',
	'/%0a/evil.example',
	'/%0d/evil.example',
	'/%0d%0aSet-Cookie:%20x=1',
	'%09//evil.example',
	'/%5C%09evil.example',
	'/admin%0d%0a',
	'/%09%0a%0d/%09/evil.example',
	...REFUSED_NEXT.map((v) => encodeURIComponent(v))
];

/** Every form action (the office forms take up to 64 KiB, the others 16 KiB). */
const FORM_ACTIONS = [
	'/login',
	'/pair',
	'/setup',
	'/account?/password',
	'/admin/staff?/create',
	'/admin/staff/1?/save',
	'/admin/staff/1?/password',
	'/admin/devices?/create',
	'/admin/devices?/code',
	'/admin/devices?/revoke',
	'/admin/locations?/location&location=1',
	'/admin/locations?/floor&location=1',
	'/admin/departments?/save&location=1',
	'/admin/services?/save&location=1',
	'/admin/services?/delete&location=1',
	'/admin/windows?/save&location=1',
	'/admin/windows?/delete&location=1',
	'/admin/appointments?/stretch&location=1',
	'/admin/appointments?/interpreter&location=1',
	'/admin/appointments?/policy&location=1',
	'/bookings?/book&location=1',
	'/bookings/1?/move',
	'/bookings/1?/cancel'
];

function httpCase(): HttpCase {
	const kind = Math.floor(random() * 13);
	// A lone surrogate cannot be percent-encoded as UTF-8: send invalid UTF-8 bytes instead.
	const enc = (v: unknown) => {
		try {
			return encodeURIComponent(String(v));
		} catch {
			return '%ED%A0%80%FF%FE';
		}
	};
	switch (kind) {
		case 0:
		case 1: {
			if (random() < 0.2) {
				// Check-in (issue 14) with a code or link no booking has: a 4xx, nothing issued.
				const code = random() < 0.5 ? pick(HOSTILE) : String(Math.floor(random() * 1e6));
				return {
					method: 'POST',
					path: '/api/bookings/check-in',
					body: JSON.stringify({ locationId: random() < 0.8 ? 1 : pick(BAD_IDS), code })
				};
			}
			// Issuing with a broken body.
			const base: Record<string, unknown> = {
				locationId: 1,
				serviceId: pick(services),
				priority: null
			};
			const m = Math.floor(random() * 5);
			if (m === 0) base.serviceId = pick(BAD_IDS);
			else if (m === 1) base.locationId = pick(BAD_IDS);
			else if (m === 2) base.priority = pick(HOSTILE);
			else if (m === 3) base[pick(['extra', 'state', 'number', 'constructor'])] = pick(HOSTILE);
			else delete base[pick(['locationId', 'serviceId'])];
			// An own "__proto__" key can only be written as JSON text.
			const body = JSON.stringify(base);
			return {
				method: 'POST',
				path: '/api/tickets',
				body: random() < 0.1 ? body.replace('{', '{"__proto__":{"state":"done"},') : body
			};
		}
		case 2:
		case 3:
		case 4: {
			// A clerk action: a known window with a body it must refuse, or a bad window id.
			const action = random() < 0.9 ? pick(ACTIONS) : pick(HOSTILE).slice(0, 40) || 'x';
			if (random() < 0.6) {
				const windowId = pick(windows);
				let body = refusedAction(windowId, action.replace('-', '_'));
				if (mayChangeState(windowId, action.replace('-', '_'), body)) body = { extra: true };
				return {
					method: 'POST',
					path: `/api/windows/${windowId}/${enc(action)}`,
					body: JSON.stringify(body)
				};
			}
			return {
				method: 'POST',
				path: `/api/windows/${enc(pick([...BAD_IDS, ...HOSTILE]))}/${enc(action)}`,
				body: JSON.stringify({ reason: pick(HOSTILE), note: pick(HOSTILE) })
			};
		}
		case 5: {
			// Reads and pages with hostile or unknown parameters.
			const h =
				enc(
					pick([
						...HOSTILE.map((s) => s.slice(0, 300)),
						...['0', '-1', '1.5', 'abc', '999999', '1e300', 'null', '[object Object]']
					])
				).trim() || '%00';
			return {
				method: 'GET',
				path: pick([
					`/api/tickets/${h}`,
					`/api/tickets/${'a'.repeat(26)}`,
					`/api/locations/${h}/menu`,
					`/api/locations/${h}/board`,
					`/api/locations/${h}/queue`,
					`/api/windows/${h}`,
					`/api/${h}`,
					`/display/${h}`,
					`/kiosk/${h}`,
					`/clerk/${h}`,
					`/t/${h}/x`,
					'/api/tickets/%FF%FE%C3%28',
					'/display/%C0%AF'
				])
			};
		}
		case 6: {
			// Methods no route takes.
			return {
				method: pick(['PUT', 'PATCH', 'DELETE']),
				path: pick(['/api/tickets', '/api/windows/1', '/api/locations/1/menu', '/api/health']),
				body: '{}'
			};
		}
		case 7: {
			// Bodies that are not JSON: broken, invalid UTF-8, binary, huge.
			const raw = pick<string | Uint8Array>([
				'{',
				'{"locationId":1,',
				'\u0000',
				'NaN',
				new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
				new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]),
				new Uint8Array(64).fill(0x80),
				'{"serviceId":"' + '\\ud800'.repeat(10) + '"}'
			]);
			return {
				method: 'POST',
				path: pick(['/api/tickets', `/api/windows/${pick(windows)}/pause`]),
				body: raw
			};
		}
		case 8: {
			// Too large: over the 16 KiB limit, up to 1 MiB.
			const size = pick([17 * 1024, 100 * 1024, 1024 * 1024]);
			return {
				method: 'POST',
				path: pick(['/api/tickets', `/api/windows/${pick(windows)}/transfer`]),
				body: JSON.stringify({ locationId: 1, serviceId: 1, note: 'z'.repeat(size) })
			};
		}
		case 10: {
			// Too large without saying so: a chunked body, on every JSON route and form action.
			const size = pick([20 * 1024, 100 * 1024, 600 * 1024, 2 * 1024 * 1024]);
			const origin = { origin: server.url };
			if (random() < 0.6) {
				return {
					method: 'POST',
					path: pick([
						'/api/tickets',
						...WINDOW_ACTIONS.map((a) => `/api/windows/${pick(windows)}/${a.replace(/_/g, '-')}`),
						`/api/windows/${pick(windows)}/reprint`,
						'/api/survey',
						'/api/survey/paper',
						'/api/printers/default/check'
					]),
					chunked: { size },
					headers: { cookie: server.adminCookie, ...origin }
				};
			}
			const path = pick(FORM_ACTIONS);
			// Signing in, pairing and setup as someone not signed in (a signed-in one is sent home).
			const anonymous = /^\/(login|pair|setup)$/.test(path);
			return {
				method: 'POST',
				path,
				chunked: { size: path.includes('location=') ? size * 4 : size },
				type: 'application/x-www-form-urlencoded',
				headers: {
					...(anonymous ? {} : { cookie: server.adminCookie }),
					...origin,
					accept: 'text/html'
				}
			};
		}
		case 11: {
			// An impossible date on every date parameter.
			const day = enc(pick(IMPOSSIBLE_DAYS));
			const name = pick(['from', 'to']);
			const path = pick([
				`/admin/audit?${name}=${day}`,
				`/admin/audit?kind=${enc(pick(HOSTILE))}&${name}=${day}`,
				`/manage?${name}=${day}`,
				`/manage?location=1&${name === 'from' ? 'to=2026-01-31' : 'from=2026-01-01'}&${name}=${day}`,
				`/api/manage/survey.csv?${name}=${day}`,
				`/api/manage/report.csv?table=heatmap&${name}=${day}`
			]);
			// /manage says a wrong period on its form (issue 12, item 19), with the default period.
			const onForm = (res: Answer) =>
				res.status === 200 && res.text.includes('Podaj prawidłowe daty początku i końca okresu');
			return {
				method: 'GET',
				path,
				headers: { cookie: server.adminCookie, accept: 'text/html' },
				...(path.startsWith('/manage?') ? { accept: onForm } : {})
			};
		}
		case 12: {
			// CR, LF and tab in every redirect parameter: the person lands on their home page.
			const next = pick(BROKEN_NEXT);
			const home = (res: Answer) => res.status === 303 && res.location === '/admin';
			const page = (res: Answer) => res.status === 200;
			const variant = random();
			if (variant < 0.1) {
				// Signing in (argon2 takes its time: a few of these).
				return {
					method: 'POST',
					path: `/login?next=${next}`,
					body: 'login=admin&password=demo-admin-okienko',
					type: 'application/x-www-form-urlencoded',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						origin: server.url,
						accept: 'text/html'
					},
					accept: home
				};
			}
			if (variant < 0.7) {
				return {
					method: 'GET',
					path: `/login?next=${next}`,
					headers: { cookie: server.adminCookie, accept: 'text/html' },
					accept: home
				};
			}
			return {
				method: 'GET',
				path: `${pick(['/pair', '/setup', '/login'])}?next=${next}`,
				headers: { accept: 'text/html' },
				accept: page
			};
		}
		default: {
			// The wrong content type.
			return {
				method: 'POST',
				path: pick(['/api/tickets', `/api/windows/${pick(windows)}/resume`]),
				body: 'locationId=1&serviceId=1',
				type: pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])
			};
		}
	}
}

it(
	`answers ${HTTP_CASES} hostile requests and ${SOCKET_CASES} hostile socket events with refusals, and changes nothing`,
	{ timeout: 120_000 },
	async () => {
		const before = state();
		const failures: string[] = [];
		const statuses = new Set<number>();

		// HTTP, 16 at a time.
		const cases = Array.from({ length: HTTP_CASES }, httpCase);
		let next = 0;
		await Promise.all(
			Array.from({ length: 16 }, async () => {
				while (next < cases.length) {
					const c = cases[next++]!;
					const label = `${c.method} ${c.path.slice(0, 80)} ${String(c.body).slice(0, 60)}`;
					let res: Answer;
					try {
						res = await send(c);
					} catch (err) {
						// A body far over the limit may be cut off: the server answers 413 and closes
						// the connection before the client has finished sending.
						if ((c.body?.length ?? 0) > 512 * 1024) continue;
						failures.push(`${String(err)} ${String((err as Error).cause)} ${label}`);
						continue;
					}
					statuses.add(res.status);
					if (c.accept ? !c.accept(res) : res.status < 400 || res.status >= 500) {
						failures.push(`${res.status} ${res.location ?? ''} ${label}`);
					}
					if (res.type.includes('text/html')) {
						for (const m of MARKUP) if (res.text.includes(m)) failures.push(`unescaped ${label}`);
					}
				}
			})
		);

		// socket.io: every event, 8 sockets at a time.
		const socketFailures = await hostileSocketEvents(SOCKET_CASES);
		failures.push(...socketFailures);

		expect(failures.slice(0, 20)).toEqual([]);
		// Every kind of refusal was met: invalid, unknown, impossible now, too large, not JSON.
		expect([...statuses].sort()).toEqual(expect.arrayContaining([400, 404, 409, 413, 415]));
		expect([...socketCodes]).toEqual(
			expect.arrayContaining([
				'bad_request',
				'not_found',
				'stale',
				'invalid_input',
				'no_current_ticket'
			])
		);
		expect(server.process.exitCode).toBeNull();
		expect((await authFetch(`${server.url}/api/health`)).status).toBe(200);
		expect(server.output()).not.toMatch(/unexpected error|Error:|snapshot broadcast failed/);
		expect(state()).toBe(before);
	}
);

const socketCodes = new Set<string>();

async function hostileSocketEvents(total: number): Promise<string[]> {
	const failures: string[] = [];
	let sent = 0;
	let closedByServer = 0;
	const worker = async () => {
		let socket: TestSocket = await connect(server.url);
		socket.io.opts.reconnection = false;
		/** An oversized frame sent without acknowledgement: the server closes the connection. */
		let sentOversized = false;
		try {
			while (sent < total) {
				sent++;
				const kind = Math.floor(random() * 10);
				let event: string;
				let payload: unknown;
				if (kind < 5) {
					event = 'window:action';
					const windowId = random() < 0.6 ? pick(windows) : pick(BAD_IDS);
					const action = random() < 0.9 ? pick(ACTIONS).replace('-', '_') : pick(HOSTILE);
					let body =
						typeof windowId === 'number' && windows.includes(windowId)
							? refusedAction(windowId, action)
							: { reason: pick(HOSTILE), note: pick(HOSTILE) };
					if (typeof windowId === 'number' && mayChangeState(windowId, action, body)) {
						body = { extra: 1 };
					}
					payload =
						typeof body === 'object' && body !== null && !Array.isArray(body)
							? { ...body, windowId, action }
							: random() < 0.5
								? body
								: { windowId, action, payload: body, extra: true };
				} else if (kind < 7) {
					event = 'board:join';
					payload = pick<unknown>([
						{ locationId: pick(BAD_IDS) },
						{ locationId: 1, extra: pick(HOSTILE) },
						pick(HOSTILE),
						null,
						[1],
						{ locationId: 424242 }
					]);
				} else if (kind < 9) {
					event = 'window:join';
					payload = pick<unknown>([
						{ windowId: pick(BAD_IDS) },
						{ windowId: pick(windows), extra: 1 },
						{ windowId: 424242 },
						pick(HOSTILE),
						undefined
					]);
				} else {
					event = pick([
						'admin:drop',
						'window:actions',
						'__proto__',
						'constructor',
						'x'.repeat(500)
					]);
					payload = { windowId: 1, action: 'call' };
				}
				const oversized = JSON.stringify(payload ?? null).length > 16 * 1024;
				const unknownEvent = kind === 9;
				if (random() < 0.05 || unknownEvent) {
					// No acknowledgement asked for: the server must simply not crash.
					(socket.emit as (e: string, p: unknown) => void)(event, payload);
					sentOversized ||= oversized;
					continue;
				}
				const answer = await new Promise<unknown>((resolve) => {
					// A cap for a server that never answers; a busy machine may take seconds.
					const timer = setTimeout(() => resolve('timeout'), 20_000);
					socket.once('disconnect', (reason) => resolve(`disconnected (${reason})`));
					(socket.emit as (e: string, p: unknown, a: (r: unknown) => void) => void)(
						event,
						payload,
						(r) => {
							clearTimeout(timer);
							resolve(r);
						}
					);
				});
				socket.removeAllListeners('disconnect');
				if (typeof answer === 'string' && /^(disconnected|timeout)/.test(answer)) {
					// socket.io closes a connection whose frame is over the 16 KiB limit.
					if (!oversized && !sentOversized)
						failures.push(`${answer} on ${event} ${String(JSON.stringify(payload)).slice(0, 80)}`);
					else closedByServer++;
					socket.close();
					socket = await connect(server.url);
					socket.io.opts.reconnection = false;
					sentOversized = false;
					continue;
				}
				const a = answer as { data?: unknown; error?: { code: string; message: string } };
				if (a.error) socketCodes.add(a.error.code);
				if (!a.error || !/^[a-z_]+$/.test(a.error.code) || 'data' in a) {
					failures.push(`accepted ${event} ${String(JSON.stringify(payload)).slice(0, 120)}`);
				}
			}
		} finally {
			socket.close();
		}
	};
	await Promise.all(Array.from({ length: 8 }, worker));
	expect(closedByServer).toBeGreaterThan(0);
	return failures;
}
