/**
 * The authorization matrix (issue: accounts and roles): every HTTP route and every socket event
 * against every kind of caller: anonymous, a paired kiosk, a paired board, a clerk, a manager
 * and an admin (the demo accounts; the clerk and manager work in the department window 4
 * serves). The table below is the specification, written by hand: only these combinations
 * succeed; the others get 401 (unknown caller) or 403, and change nothing in the database.
 * A page refused to an anonymous browser redirects to sign-in (or pairing, for device screens).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicketDto, KioskMenuDto, StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { identities, pairDevice, signIn, type Identities } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { testDatabase } from '../support/test-app';
import { connect, request } from '../support/sockets';
import { seedOffice } from '../../src/lib/server/office/seed';

type Who = 'anonymous' | keyof Identities;
const WHO: Who[] = ['anonymous', 'kiosk', 'board', 'clerk', 'manager', 'admin'];
const ALL = WHO;
const STAFF: Who[] = ['clerk', 'manager', 'admin'];
const MANAGERS: Who[] = ['manager', 'admin'];
const ADMIN: Who[] = ['admin'];

interface Route {
	method: 'GET' | 'POST';
	/** {w} = window 4, {code} = a ticket's code, {staff} = a staff member's id. */
	path: string;
	allow: Who[];
	/** JSON body, or form fields for a page's action. */
	json?: unknown;
	form?: Record<string, string>;
	/** A page (anonymous is redirected) rather than an API endpoint. */
	page?: boolean;
	/** Sign the staff roles in afresh for this request (it ends their session). */
	fresh?: boolean;
}

const ROUTES: Route[] = [
	{ method: 'GET', path: '/', allow: ALL, page: true },
	{ method: 'GET', path: '/login', allow: ALL, page: true },
	{ method: 'GET', path: '/setup', allow: ALL, page: true },
	{ method: 'GET', path: '/pair', allow: ALL, page: true },
	{ method: 'POST', path: '/pair', allow: ALL, form: { code: 'AAAAA-AAAAA' } },
	{ method: 'POST', path: '/logout', allow: ALL, form: {}, fresh: true },
	{ method: 'GET', path: '/t/{code}', allow: ALL, page: true },
	{ method: 'GET', path: '/survey/abcdefghijklmnopqrstuvwxyz234567', allow: ALL, page: true },
	{ method: 'GET', path: '/kiosk', allow: ['kiosk', ...STAFF], page: true },
	{ method: 'GET', path: '/kiosk/bierun', allow: ['kiosk', ...STAFF], page: true },
	{ method: 'GET', path: '/survey/window/{w}', allow: ['kiosk', ...STAFF], page: true },
	{ method: 'GET', path: '/display', allow: ['board', ...STAFF], page: true },
	{ method: 'GET', path: '/display/bierun', allow: ['board', ...STAFF], page: true },
	{ method: 'GET', path: '/clerk', allow: STAFF, page: true },
	{ method: 'GET', path: '/clerk/{w}', allow: STAFF, page: true },
	{ method: 'GET', path: '/survey/paper', allow: STAFF, page: true },
	{ method: 'GET', path: '/printers', allow: STAFF, page: true },
	{ method: 'GET', path: '/account', allow: STAFF, page: true },
	{ method: 'GET', path: '/inquiries', allow: STAFF, page: true },
	// Without a question and phone: refused as a form (400), so nothing is recorded.
	{ method: 'POST', path: '/inquiries?/record', allow: STAFF, form: { question: '' } },
	// An inquiry no one may read answers 404 to staff, whoever they are.
	{ method: 'GET', path: '/inquiries/999999', allow: STAFF, page: true },
	{ method: 'GET', path: '/directory', allow: STAFF, page: true },
	{ method: 'GET', path: '/directory?q=Kowalczyk', allow: STAFF, page: true },
	// Without a status: refused as a form (400), so no one's presence changes.
	{ method: 'POST', path: '/directory?/presence', allow: STAFF, form: { staffId: '1' } },
	{ method: 'POST', path: '/directory?/absence', allow: STAFF, form: { from: 'x' } },
	{ method: 'POST', path: '/directory?/cancel', allow: STAFF, form: {} },
	{ method: 'GET', path: '/manage', allow: MANAGERS, page: true },
	{ method: 'GET', path: '/manage/day', allow: MANAGERS, page: true },
	// Without the confirmation: refused as a form (400), so the allowed callers change nothing.
	{ method: 'POST', path: '/manage/day?/close', allow: MANAGERS, form: {} },
	{ method: 'GET', path: '/admin', allow: MANAGERS, page: true },
	{ method: 'GET', path: '/admin/locations', allow: ADMIN, page: true },
	{ method: 'GET', path: '/admin/departments', allow: MANAGERS, page: true },
	{ method: 'GET', path: '/admin/services', allow: MANAGERS, page: true },
	{ method: 'GET', path: '/admin/windows', allow: MANAGERS, page: true },
	{ method: 'GET', path: '/admin/calendar', allow: MANAGERS, page: true },
	{ method: 'POST', path: '/admin/locations?/location', allow: ADMIN, form: { name: '' } },
	{ method: 'POST', path: '/admin/locations?/floor', allow: ADMIN, form: { hex: 'x' } },
	{
		method: 'POST',
		path: '/admin/locations?/board',
		allow: ADMIN,
		form: { callHighlightMinutes: '0' }
	},
	{ method: 'POST', path: '/admin/departments?/save', allow: MANAGERS, form: { prefix: '' } },
	{ method: 'POST', path: '/admin/services?/save', allow: MANAGERS, form: { id: '999999' } },
	{ method: 'POST', path: '/admin/services?/delete', allow: MANAGERS, form: { id: '999999' } },
	{ method: 'POST', path: '/admin/windows?/save', allow: MANAGERS, form: { room: 'x' } },
	{ method: 'POST', path: '/admin/windows?/delete', allow: MANAGERS, form: { id: '999999' } },
	{ method: 'POST', path: '/admin/calendar?/save', allow: MANAGERS, form: { day: 'x' } },
	{ method: 'POST', path: '/admin/calendar?/delete', allow: MANAGERS, form: { id: '999999' } },
	{ method: 'GET', path: '/admin/outbox', allow: MANAGERS, page: true },
	{ method: 'POST', path: '/admin/outbox?/retry', allow: MANAGERS, form: { id: '999999' } },
	// Appointments at /admin and booking for a client (issue 14): refused as forms, nothing written.
	{ method: 'GET', path: '/admin/appointments', allow: MANAGERS, page: true },
	{ method: 'POST', path: '/admin/appointments?/stretch', allow: MANAGERS, form: { to: 'x' } },
	{
		method: 'POST',
		path: '/admin/appointments?/deleteStretch',
		allow: MANAGERS,
		form: { id: '999999' }
	},
	{ method: 'POST', path: '/admin/appointments?/interpreter', allow: MANAGERS, form: { to: 'x' } },
	{
		method: 'POST',
		path: '/admin/appointments?/deleteInterpreter',
		allow: MANAGERS,
		form: { id: '999999' }
	},
	{
		method: 'POST',
		path: '/admin/appointments?/policy',
		allow: MANAGERS,
		form: { aheadDays: '0' }
	},
	{ method: 'GET', path: '/bookings', allow: STAFF, page: true },
	{ method: 'GET', path: '/bookings/interpreter', allow: STAFF, page: true },
	{ method: 'GET', path: '/bookings/999999', allow: STAFF, page: true },
	{ method: 'POST', path: '/bookings?/book', allow: STAFF, form: { serviceId: 'x' } },
	{ method: 'POST', path: '/bookings/999999?/move', allow: STAFF, form: { day: 'x' } },
	{ method: 'POST', path: '/bookings/999999?/cancel', allow: STAFF, form: {} },
	{ method: 'GET', path: '/admin/staff', allow: ADMIN, page: true },
	{ method: 'GET', path: '/admin/staff/{staff}', allow: ADMIN, page: true },
	{ method: 'GET', path: '/admin/devices', allow: ADMIN, page: true },
	{ method: 'GET', path: '/admin/audit', allow: ADMIN, page: true },
	{ method: 'POST', path: '/admin/staff?/create', allow: ADMIN, form: { login: '' } },
	{ method: 'POST', path: '/admin/staff/{staff}?/save', allow: ADMIN, form: { login: '' } },
	{ method: 'POST', path: '/admin/staff/{staff}?/password', allow: ADMIN, form: { password: 'x' } },
	{ method: 'POST', path: '/admin/devices?/create', allow: ADMIN, form: { kind: '' } },
	{ method: 'POST', path: '/admin/devices?/revoke', allow: ADMIN, form: { device: '999' } },
	{ method: 'POST', path: '/admin/devices?/code', allow: ADMIN, form: { device: '999' } },
	// Spoken calls (issue 16): the board's voice is the administrator's; its sounds the screens'.
	{ method: 'GET', path: '/admin/voice', allow: ADMIN, page: true },
	{ method: 'POST', path: '/admin/voice?/settings', allow: ADMIN, form: { volume: 'x' } },
	{ method: 'POST', path: '/admin/voice?/delete', allow: ADMIN, form: { word: 'nic' } },
	{
		method: 'GET',
		path: '/voice/say/pl?say=numer%20a%20jeden',
		allow: ['kiosk', 'board', ...STAFF]
	},
	{ method: 'GET', path: '/voice/clip/pl/jeden', allow: ['kiosk', 'board', ...STAFF] },
	// Audio at the kiosk (issue 16): a step said aloud for the kiosk's location; set per kiosk.
	{ method: 'GET', path: '/kiosk-voice/1/pl/departments', allow: ['kiosk', ...STAFF] },
	{ method: 'POST', path: '/admin/devices?/audio', allow: ADMIN, form: { device: '999' } },
	{ method: 'POST', path: '/account?/password', allow: STAFF, form: { current: 'wrong' } },
	{ method: 'GET', path: '/api/health', allow: ALL },
	// Every caller here asks from this machine (loopback), which may read the metrics; from
	// another address only with the token (tests/integration/metrics.test.ts).
	{ method: 'GET', path: '/metrics', allow: ALL },
	{ method: 'GET', path: '/api/locations', allow: ALL },
	{ method: 'GET', path: '/api/locations/1/menu', allow: ALL },
	{ method: 'GET', path: '/api/locations/1/board', allow: ALL },
	{ method: 'GET', path: '/api/locations/1/queue', allow: STAFF },
	{ method: 'GET', path: '/api/tickets/{code}', allow: ALL },
	{ method: 'POST', path: '/api/tickets', allow: ['kiosk', ...STAFF], json: 'ticket' },
	{ method: 'GET', path: '/api/windows/{w}', allow: STAFF },
	{ method: 'POST', path: '/api/windows/{w}/resume', allow: STAFF, json: {} },
	{ method: 'POST', path: '/api/windows/{w}/reprint', allow: STAFF, json: { ticketId: 999999 } },
	// An unknown window: holding one that exists would change who holds it (one clerk per window).
	{ method: 'POST', path: '/api/windows/999999/hold', allow: STAFF, json: {} },
	{ method: 'GET', path: '/api/printers', allow: STAFF },
	{ method: 'POST', path: '/api/printers/default/check', allow: STAFF, json: {} },
	{ method: 'GET', path: '/api/printers/default/preview.svg', allow: STAFF },
	{ method: 'GET', path: '/api/manage/report.csv', allow: MANAGERS },
	{ method: 'GET', path: '/api/manage/survey.csv', allow: MANAGERS },
	{ method: 'GET', path: '/api/manage/inquiries.csv', allow: MANAGERS },
	{ method: 'GET', path: '/api/manage/summons.csv', allow: MANAGERS },
	{ method: 'GET', path: '/api/manage/appointments.csv', allow: MANAGERS },
	// The back room (issue 15): the question log by matter, idle windows, calls for help.
	{ method: 'GET', path: '/api/manage/backroom.csv', allow: MANAGERS },
	{ method: 'GET', path: '/manage/backroom', allow: MANAGERS, page: true },
	// A note without its fields: refused (400), so nothing is kept.
	{ method: 'POST', path: '/api/notes', allow: STAFF, json: {} },
	{ method: 'POST', path: '/api/survey', allow: ALL, json: {} },
	{ method: 'GET', path: '/api/survey/abcdefghijklmnopqrstuvwxyz234567', allow: ALL },
	{ method: 'POST', path: '/api/survey/paper', allow: STAFF, json: {} },
	{ method: 'GET', path: '/api/i18n/en', allow: ALL },
	{ method: 'GET', path: '/api/locations/1/slots?serviceId=1', allow: ALL },
	{ method: 'GET', path: '/api/locations/1/free-slots?day=2026-12-07', allow: ALL },
	{ method: 'POST', path: '/api/bookings', allow: ALL, json: {} },
	{ method: 'GET', path: '/api/bookings/AAAAAAAAAAAAAAAAAAAAAAAA', allow: ALL },
	{ method: 'POST', path: '/api/bookings/AAAAAAAAAAAAAAAAAAAAAAAA/cancel', allow: ALL, json: {} },
	{ method: 'GET', path: '/rezerwacja', allow: ALL, page: true },
	{ method: 'GET', path: '/rezerwacja/AAAAAAAAAAAAAAAAAAAAAAAA', allow: ALL, page: true },
	// Without a time: refused as a form (400); an unknown booking: 404. Nothing changes.
	{ method: 'POST', path: '/rezerwacja?/book', allow: ALL, form: { slot: '' } },
	{ method: 'POST', path: '/rezerwacja/AAAAAAAAAAAAAAAAAAAAAAAA?/cancel', allow: ALL, form: {} },
	{ method: 'POST', path: '/api/bookings/check-in', allow: ['kiosk', ...STAFF], json: {} }
];

const EVENTS: { event: string; allow: Who[]; payload: string }[] = [
	{ event: 'board:join', allow: ['kiosk', 'board', ...STAFF], payload: 'location' },
	{ event: 'survey:join', allow: ['kiosk', ...STAFF], payload: 'window' },
	{ event: 'window:join', allow: STAFF, payload: 'window' },
	{ event: 'window:action', allow: STAFF, payload: 'resume' },
	{ event: 'window:reprint', allow: STAFF, payload: 'reprint' },
	{ event: 'window:hold', allow: STAFF, payload: 'unknownWindow' },
	{ event: 'printer:join', allow: STAFF, payload: 'location' },
	{ event: 'ticket:join', allow: ALL, payload: 'ticket' },
	// Summons (issue 15): staff only; an unknown summons or window answers 404 and changes nothing.
	{ event: 'summons:join', allow: STAFF, payload: 'empty' },
	{ event: 'summons:send', allow: STAFF, payload: 'summonsToUnknownWindow' },
	{ event: 'summons:accept', allow: STAFF, payload: 'unknownSummons' },
	{ event: 'summons:decline', allow: STAFF, payload: 'declineUnknown' },
	{ event: 'summons:arrived', allow: STAFF, payload: 'unknownSummons' },
	{ event: 'summons:cancel', allow: STAFF, payload: 'unknownSummons' },
	// Help and idle alerts (issue 15): a refused press and an unknown request change nothing.
	{ event: 'help:request', allow: ['kiosk', ...STAFF], payload: 'badHelp' },
	{ event: 'alerts:join', allow: STAFF, payload: 'window' },
	{ event: 'help:acknowledge', allow: STAFF, payload: 'unknownHelp' }
];

let server: InProcessServer;
let who: Identities;
let windowId: number;
let serviceId: number;
let code: string;
let staffId: number;

const cookieOf = (w: Who) => (w === 'anonymous' ? '' : who[w]);
const fill = (p: string) =>
	p.replace('{w}', String(windowId)).replace('{code}', code).replace('{staff}', String(staffId));

const LOGINS: Partial<Record<Who, string>> = {
	admin: 'admin',
	manager: 'kierownik',
	clerk: 'urzednik'
};

/** `from`: the headers that say where the request comes from (default: our own page). */
async function send(
	route: Route,
	as: Who,
	from: Record<string, string> = { origin: server.url }
): Promise<Response> {
	const headers: Record<string, string> = { ...from, accept: 'text/html' };
	const login = LOGINS[as];
	const cookie = route.fresh && login ? await signIn(server.url, login) : cookieOf(as);
	if (cookie) headers.cookie = cookie;
	let body: string | undefined;
	if (route.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
		body = new URLSearchParams(route.form).toString();
	} else if (route.json !== undefined) {
		headers['content-type'] = 'application/json';
		const json =
			route.json === 'ticket' ? { locationId: 1, serviceId, priority: null } : route.json;
		body = JSON.stringify(json);
	}
	return fetch(server.url + fill(route.path), {
		method: route.method,
		headers,
		body,
		redirect: 'manual'
	});
}

/** Every table's rows, except what reading itself may touch (a device's last-seen time). */
function databaseState(): string {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		const tables = db
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
			.pluck()
			.all() as string[];
		const parts = tables
			.filter((t) => t !== 'audit_log')
			.map((t) => {
				// Some tables have no rowid (the statistics roll-up): compare the rows as a sorted set.
				const rows = db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[];
				const lines = rows.map((r) => {
					delete r.last_seen_at;
					return JSON.stringify(r);
				});
				return `${t}:${lines.sort().join(',')}`;
			});
		return parts.join('\n');
	} finally {
		db.close();
	}
}

/** A second location with a department of its own, which no demo clerk works in. */
function addSecondLocation(dbPath: string): void {
	const db = new Database(dbPath);
	try {
		seedOffice(db, {
			location: { slug: 'druga', name: 'Druga lokalizacja', week: {}, hoursEnforced: false },
			floors: [{ floor: 0, pl: 'zielony', en: 'green', hex: '#1b7f3b' }],
			departments: [
				{
					key: 'druga',
					kind: 'wydzial',
					pl: 'Wydział Drugi',
					en: 'Second Department',
					prefix: 'Z',
					services: [{ code: 'Z1', pl: 'Sprawa Z', en: 'Matter Z' }]
				}
			],
			windows: [{ label: 'Z1', room: '001', services: ['Z1'] }]
		});
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	const { databasePath } = testDatabase('demo');
	addSecondLocation(databasePath);
	server = await startInProcess({ dbPath: databasePath });
	who = await identities(server.url);
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	windowId = staff.windows.find((w) => w.label === '4')!.id;
	const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
	serviceId = menu.departments
		.flatMap((d) => d.services)
		.find((s) => s.name.pl.startsWith('Sprawy obywatelskie'))!.id;
	code = data(await post<IssuedTicketDto>(server.url, '/api/tickets', { locationId: 1, serviceId }))
		.ticket.code;
	const db = new Database(server.dbPath, { readonly: true });
	staffId = db.prepare("SELECT id FROM staff WHERE login = 'urzednik2'").pluck().get() as number;
	db.close();
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

describe('the authorization matrix', () => {
	it('covers every route file of the app', () => {
		const covered = ROUTES.map((r) =>
			r.path.split('?')[0]!.replace(/\{\w+\}|bierun|default|abcdefghijklmnopqrstuvwxyz234567/g, '*')
		);
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				const full = path.join(dir, e.name);
				if (e.isDirectory()) walk(full);
				else if (e.name === '+server.ts' || e.name === '+page.svelte') {
					const rel = path.relative('src/routes', dir).split(path.sep).filter(Boolean);
					files.push(
						'/' + rel.map((s) => (/^\[.+\]$/.test(s) && s !== '[action]' ? '*' : s)).join('/')
					);
				}
			}
		};
		walk('src/routes');
		for (const f of files) {
			const pattern = new RegExp(
				'^' + f.replace(/\*/g, '[^/]+').replace('[action]', '[^/]+') + '$'
			);
			expect(
				covered.some((c) => pattern.test(c.replace(/\*/g, 'x')) || c === f),
				`${f} is in the matrix`
			).toBe(true);
		}
	});

	it('refuses every combination the table does not allow, with 401/403, and changes nothing', async () => {
		const before = databaseState();
		const wrong: string[] = [];
		let refused = 0;
		for (const route of ROUTES) {
			for (const as of WHO.filter((w) => !route.allow.includes(w))) {
				const res = await send(route, as);
				refused++;
				const toSignIn =
					as === 'anonymous' &&
					route.page &&
					res.status === 303 &&
					/^\/(login|pair)\?next=/.test(res.headers.get('location') ?? '');
				const expected = as === 'anonymous' ? 401 : 403;
				if (!toSignIn && res.status !== expected) {
					wrong.push(`${route.method} ${route.path} as ${as}: ${res.status}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(refused).toBeGreaterThan(100);
		expect(databaseState()).toBe(before);
	});

	it('lets every allowed combination through (no 401, 403 or 5xx)', async () => {
		const wrong: string[] = [];
		for (const route of ROUTES) {
			for (const as of route.allow) {
				const res = await send(route, as);
				if (res.status === 401 || res.status === 403 || res.status >= 500) {
					wrong.push(`${route.method} ${route.path} as ${as}: ${res.status}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('checks every socket event against every caller', async () => {
		const payloads: Record<string, unknown> = {
			location: { locationId: 1 },
			window: { windowId },
			resume: { windowId, action: 'resume' },
			reprint: { windowId, ticketId: 999999 },
			unknownWindow: { windowId: 999999 },
			ticket: { code },
			empty: {},
			summonsToUnknownWindow: {
				windowId: 999999,
				staffId: staffId,
				departmentId: null,
				serviceId: null,
				note: ''
			},
			unknownSummons: { summonsId: 999999 },
			declineUnknown: { summonsId: 999999, reason: 'nie mogę' },
			badHelp: { locationId: 1, kiosk: 'not a kiosk key' },
			unknownHelp: { windowId, requestId: 999999 }
		};
		const before = databaseState();
		const wrong: string[] = [];
		for (const as of WHO) {
			const socket = await connect(server.url, cookieOf(as));
			for (const e of EVENTS) {
				const answer = await request<unknown>(
					socket,
					e.event as Parameters<typeof request>[1],
					payloads[e.payload]
				);
				const code = 'error' in answer ? answer.error.code : 'ok';
				const allowed = e.allow.includes(as);
				const refusedAs = as === 'anonymous' ? 'unauthenticated' : 'forbidden';
				if (allowed && (code === 'unauthenticated' || code === 'forbidden')) {
					wrong.push(`${e.event} as ${as} refused (${code})`);
				}
				if (!allowed && code !== refusedAs) wrong.push(`${e.event} as ${as}: ${code}`);
			}
			socket.close();
		}
		expect(wrong).toEqual([]);
		// The allowed 'resume' of an open window was refused by the queue rules, not applied.
		expect(databaseState()).toBe(before);
	});
});

describe('requests from another site (forgery)', () => {
	const CHANGES = ROUTES.filter((r) => r.method !== 'GET');
	const FOREIGN: Record<string, string>[] = [
		{ origin: 'http://evil.example' },
		// Another service on the same host, at another port: the same site for SameSite cookies.
		{ origin: 'http://127.0.0.1:1' },
		{ origin: 'null' },
		{ referer: 'http://evil.example/page' },
		// A request naming neither: no browser sends one, so it is a script's, which can name us.
		{}
	];

	it('refuses every state-changing route from another origin or none, with 403, changing nothing', async () => {
		expect(CHANGES.length).toBeGreaterThan(20);
		const before = databaseState();
		const wrong: string[] = [];
		for (const route of CHANGES) {
			// As a caller the route allows: only where the request comes from is wrong.
			const as = route.allow.includes('admin') ? 'admin' : route.allow.at(-1)!;
			for (const from of FOREIGN) {
				const res = await send({ ...route, fresh: false }, as, from);
				if (res.status !== 403) {
					wrong.push(`${route.method} ${route.path} from ${JSON.stringify(from)}: ${res.status}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(databaseState()).toBe(before);
	});

	it('refuses a body-less clerk action (what sendBeacon or a no-cors fetch sends)', async () => {
		const before = databaseState();
		const beacon = (origin: string) =>
			fetch(`${server.url}/api/windows/${windowId}/call`, {
				method: 'POST',
				headers: { origin, cookie: who.clerk }
			});
		// The outside test's exact request: no body, no Content-Type, another site's Origin.
		const foreign = await beacon('http://evil.example');
		expect(foreign.status).toBe(403);
		expect((await foreign.json()).error.code).toBe('cross_origin');
		// From our own origin it must still declare JSON.
		const own = await beacon(server.url);
		expect(own.status).toBe(415);
		expect((await own.json()).error.code).toBe('not_json');
		const plain = await fetch(`${server.url}/api/windows/${windowId}/call`, {
			method: 'POST',
			headers: { origin: server.url, cookie: who.clerk, 'content-type': 'text/plain' },
			body: '{}'
		});
		expect(plain.status).toBe(415);
		// A waiting ticket was there to call: nothing was called.
		expect(databaseState()).toBe(before);
	});

	it('lets our own page through when the browser names it only in Referer', async () => {
		const res = await fetch(`${server.url}/api/windows/${windowId}/resume`, {
			method: 'POST',
			headers: {
				referer: `${server.url}/clerk/${windowId}`,
				cookie: who.clerk,
				'content-type': 'application/json'
			},
			body: '{}'
		});
		// The queue's own answer (an open window cannot resume), not the guard's.
		expect(res.status).toBe(400);
		expect((await res.json()).error.code).toBe('invalid_input');
	});
});

describe('scopes within a role', () => {
	it('a clerk operates only the windows of their departments', async () => {
		// urzednik2 works in the tax and debt-collection departments; window 4 serves civic affairs.
		const other = await signIn(server.url, 'urzednik2');
		const res = await post(server.url, `/api/windows/${windowId}/pause`, { reason: 'x' }, other);
		expect(res.status).toBe(403);
		const socket = await connect(server.url, other);
		const answer = await request(socket, 'window:join', { windowId });
		expect('error' in answer && answer.error.code).toBe('forbidden');
		socket.close();
		const page = await fetch(`${server.url}/clerk/${windowId}`, { headers: { cookie: other } });
		expect(page.status).toBe(403);
	});

	it('a board and a kiosk read and issue only for their own location', async () => {
		const board = await get(server.url, '/api/locations/2/board', who.board);
		expect(board.status).toBe(403);
		const issue = await post(
			server.url,
			'/api/tickets',
			{ locationId: 2, serviceId, priority: null },
			who.kiosk
		);
		expect(issue.status).toBe(403);
		// Audio at the kiosk: another location's steps are not said to this kiosk.
		const voice = await fetch(`${server.url}/kiosk-voice/2/pl/departments`, {
			headers: { cookie: who.kiosk }
		});
		expect(voice.status).toBe(403);
		// A ticket of location 1 is unknown when asked for as location 2's.
		const elsewhere = await fetch(`${server.url}/kiosk-voice/2/pl/issued-${code}`, {
			headers: { cookie: who.admin }
		});
		expect(elsewhere.status).toBe(404);
		const socket = await connect(server.url, who.board);
		const answer = await request(socket, 'board:join', { locationId: 2 });
		expect('error' in answer && answer.error.code).toBe('forbidden');
		socket.close();
	});

	it('reads a window only as it operates it: its departments, its location', async () => {
		const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		const taxes = staff.windows.find((w) => w.label === '9')!.id;
		const second = data(await get<StaffSnapshotDto>(server.url, '/api/locations/2/queue'));
		const elsewhere = second.windows[0]!.id;
		const clerk2 = await signIn(server.url, 'urzednik2');
		const status = async (id: number, cookie: string) =>
			(await get(server.url, `/api/windows/${id}`, cookie)).status;
		// urzednik (civic affairs, front office) and kierownik (civic affairs) do not work in taxes.
		expect(await status(taxes, who.clerk)).toBe(403);
		expect(await status(taxes, who.manager)).toBe(403);
		expect(await status(taxes, clerk2)).toBe(200);
		expect(await status(elsewhere, who.clerk)).toBe(403);
		expect(await status(elsewhere, clerk2)).toBe(403);
		expect(await status(elsewhere, who.admin)).toBe(200);
		// The location's staff view lists only the windows a clerk may operate: window 9 and the
		// front office's 1–3, which take every matter of the list.
		const seen = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue', clerk2));
		expect(seen.windows.map((w) => w.label).sort()).toEqual(['1', '2', '3', '9']);
		const none = data(await get<StaffSnapshotDto>(server.url, '/api/locations/2/queue', clerk2));
		expect(none.windows).toEqual([]);
	});

	it('shows a transfer note only to staff of the department it was transferred to', async () => {
		const note = 'Klient: Jan Kowalski, PESEL 44051401359';
		const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
		const taxMatter = menu.departments.find((d) => d.prefix === 'P')!.services[0]!.id;
		// The admin calls the civic-affairs ticket at window 4 and transfers it to the tax section.
		const called = data(await post<{ id: number }>(server.url, `/api/windows/${windowId}/call`));
		expect(called).toBeTruthy();
		data(
			await post(server.url, `/api/windows/${windowId}/transfer`, { serviceId: taxMatter, note })
		);
		const viewAs = async (cookie: string) =>
			JSON.stringify(data(await get(server.url, '/api/locations/1/queue', cookie)));
		const clerk2 = await signIn(server.url, 'urzednik2');
		expect(await viewAs(clerk2)).toContain(note);
		expect(await viewAs(who.admin)).toContain(note);
		expect(await viewAs(who.clerk)).not.toContain(note);
		expect(await viewAs(who.manager)).not.toContain(note);
	});

	it('lets a device read only its own location: the kiosk menu as the board', async () => {
		const kiosk2 = await pairDevice(server.url, who.admin, 'kiosk', { locationId: 2 });
		expect((await get(server.url, '/api/locations/1/menu', kiosk2)).status).toBe(403);
		expect((await get(server.url, '/api/locations/1/board', kiosk2)).status).toBe(403);
		expect((await get(server.url, '/api/locations/2/menu', kiosk2)).status).toBe(200);
		expect((await get(server.url, '/api/locations/2/menu', who.kiosk)).status).toBe(403);
		expect((await get(server.url, '/api/locations/1/menu', who.kiosk)).status).toBe(200);
	});
});
