/**
 * Office administration through its pages' form actions on the built app in the test process: a
 * valid change applies, is audited, and reaches the live screens (socket.io) at once; invalid input
 * gets a 4xx with the field's error in Polish or English and changes nothing; changes that would
 * leave the queue inconsistent are refused.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardSnapshotDto, KioskMenuDto, StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import {
	adminClient,
	departmentForm,
	fieldErrors,
	officeTables,
	serviceForm,
	serviceId,
	summaryErrors,
	windowForm,
	type AdminClient
} from '../support/admin';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { connect, next, request, type TestSocket } from '../support/sockets';

let server: InProcessServer;
let admin: AdminClient;
let db: Database.Database;
const sockets: TestSocket[] = [];

beforeAll(async () => {
	server = await startInProcess();
	admin = adminClient(server);
	// A second, read-only connection: the tests look at what the server committed.
	db = new Database(server.dbPath, { readonly: true, fileMustExist: true });
});
afterAll(async () => {
	for (const s of sockets) s.close();
	db?.close();
	await server?.stop();
});

async function socket(): Promise<TestSocket> {
	const s = await connect(server.url);
	sockets.push(s);
	return s;
}

const LOCATION = {
	name: 'Urząd Miejski w Bieruniu',
	address: 'Bieruń',
	day1_opens: '07:30',
	day1_closes: '17:00',
	day2_opens: '07:30',
	day2_closes: '15:30',
	cutoffMinutes: '15',
	restoreGraceMinutes: '30',
	mode: 'normal',
	contactEmail: 'urzad@um.bierun.pl',
	eServicesUrl: 'https://eurzad.bierun.pl/'
};

describe('office administration', () => {
	it('every page opens, with its own heading', async () => {
		for (const [path, heading] of [
			['/admin/locations', 'Lokalizacja, godziny otwarcia i piętra'],
			['/admin/departments', 'Wydziały'],
			['/admin/services?edit=1', 'Sprawy'],
			['/admin/windows?edit=4', 'Stanowiska']
		] as const) {
			const page = await admin.get(path);
			expect(page.status, path).toBe(200);
			expect(page.html, path).toContain(`<h1>${heading}</h1>`);
		}
		expect((await admin.get('/admin/windows', 'en')).html).toContain('<h1>Windows</h1>');
	});

	it('applies a valid change at once: audited, and pushed to boards, consoles and kiosks', async () => {
		const board = await socket();
		await request<BoardSnapshotDto>(board, 'board:join', { locationId: 1 });
		const window4 = windowForm(db, '4');
		const console4 = await socket();
		await request<StaffSnapshotDto>(console4, 'window:join', { windowId: Number(window4.id) });

		// The window moves to room 205: its console gets the new room (and floor 2's colour).
		const own = (s: StaffSnapshotDto) => s.windows.find((w) => w.id === Number(window4.id));
		const moved = next(console4, 'window:snapshot', (s) => own(s)?.room === '205');
		const r1 = await admin.submit('/admin/windows', 'save', { ...window4, room: '205' });
		expect(r1.status).toBe(200);
		const snapshot = await moved;
		expect(own(snapshot)).toMatchObject({ floor: 2, colour: { pl: 'żółty' } });

		// A matter is renamed: the board's snapshot (which makes kiosks reload their menu) follows,
		// and the menu has the new name.
		const m15 = serviceId(db, 'M15');
		const renamed = 'Wniosek o dodatek mieszkaniowy (zmienione)';
		const boardAgain = next(board, 'board:snapshot');
		const r2 = await admin.submit('/admin/services', 'save', {
			...serviceForm(db, m15),
			namePl: renamed
		});
		expect(r2.status).toBe(200);
		await boardAgain;
		const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
		const names = menu.departments.flatMap((d) => d.services.map((s) => s.name.pl));
		expect(names).toContain(renamed);

		// The location goes into limited mode: boards say so at once.
		const limited = next(board, 'board:snapshot', (s) => s.location.mode === 'limited');
		const r3 = await admin.submit('/admin/locations', 'location', { ...LOCATION, mode: 'limited' });
		expect(r3.status).toBe(200);
		await limited;

		const audit = db
			.prepare(
				// The office's set-up changes (the log also holds the test's own sign-in).
				"SELECT action, subject, detail_json FROM audit_log WHERE action NOT LIKE 'log%' ORDER BY id"
			)
			.all() as { action: string; subject: string; detail_json: string }[];
		expect(audit.map((a) => [a.action, a.subject])).toEqual([
			['window.update', `window:${window4.id}`],
			['service.update', `service:${m15}`],
			['location.update', 'location:1']
		]);
		expect(JSON.parse(audit[0]!.detail_json)).toEqual({ room: { before: '105', after: '205' } });
		expect(JSON.parse(audit[2]!.detail_json).mode).toEqual({ before: 'normal', after: 'limited' });
		// Back to normal for the tests below.
		await admin.submit('/admin/locations', 'location', LOCATION);
	});

	it('refuses invalid input with a 400 and the field’s error in Polish or English, changing nothing', async () => {
		const before = officeTables(db);
		const cases: [string, string, Record<string, string | string[]>, string, string, string][] = [
			[
				'/admin/locations',
				'location',
				{ ...LOCATION, day1_opens: '25:00' },
				'day1_opens',
				'Podaj godzinę w postaci GG:MM',
				'Enter a time as HH:MM'
			],
			[
				'/admin/locations',
				'location',
				{ ...LOCATION, day2_opens: '16:00' },
				'day2_closes',
				'Godzina zamknięcia musi być późniejsza niż godzina otwarcia.',
				'The closing time must be later than the opening time.'
			],
			[
				'/admin/locations',
				'floor',
				{ floor: '1', colourPl: 'niebieski', colourEn: 'blue', hex: 'blue' },
				'hex',
				'Podaj kolor w postaci #rrggbb',
				'Enter a colour as #rrggbb'
			],
			[
				'/admin/departments',
				'save',
				{ ...departmentForm(db, 1), prefix: 'P1' },
				'prefix',
				'Prefiks to od 1 do 3 wielkich liter',
				'A prefix is 1 to 3 capital letters'
			],
			[
				'/admin/departments',
				'save',
				{ ...departmentForm(db, 1), prefix: 'W' },
				'prefix',
				'Prefiks W ma już: Biuro Windykacji.',
				'Prefix W already belongs to: Debt Collection Office.'
			],
			[
				'/admin/services',
				'save',
				{ ...serviceForm(db, 1), onlineUrl: 'http://eurzad.bierun.pl' },
				'onlineUrl',
				'Podaj pełny adres zaczynający się od https://',
				'Enter a full address starting with https://'
			],
			[
				'/admin/windows',
				'save',
				{ ...windowForm(db, '6'), label: '7' },
				'label',
				'Stanowisko „7” już istnieje w tej lokalizacji.',
				'Window "7" already exists at this location.'
			],
			[
				'/admin/windows',
				'save',
				{ ...windowForm(db, '6'), room: '901' },
				'room',
				'Piętro 9 nie ma jeszcze koloru.',
				'Floor 9 has no colour yet.'
			]
		];
		for (const [path, action, fields, field, pl, en] of cases) {
			const polish = await admin.submit(path, action, fields);
			expect(polish.status, `${path} ${field}`).toBeGreaterThanOrEqual(400);
			expect(polish.status, `${path} ${field}`).toBeLessThan(500);
			expect(fieldErrors(polish.html)[field], `${path} ${field}`).toContain(pl);
			expect(summaryErrors(polish.html).join(' ')).toContain(pl);
			// The field is marked invalid and points at its error.
			expect(polish.html).toMatch(
				new RegExp(`aria-describedby="[^"]*-${field}-error"[^>]*aria-invalid="true"`)
			);
			const english = await admin.submit(path, action, fields, { lang: 'en' });
			expect(fieldErrors(english.html)[field], `${path} ${field} (en)`).toContain(en);
		}
		expect(officeTables(db)).toBe(before);
	});

	it('refuses changes that would strand waiting clients, with a 409, changing nothing', async () => {
		const so = serviceId(db, 'SO');
		const ticket = await post(server.url, '/api/tickets', { locationId: 1, serviceId: so });
		expect(ticket.status).toBe(201);
		// Window 4 closes (window 5 still serves the civic affairs)…
		const closed = await admin.submit('/admin/windows', 'save', {
			...windowForm(db, '4'),
			status: 'closed'
		});
		expect(closed.status).toBe(200);
		const before = officeTables(db);
		// …but window 5 may not drop the matter: someone is waiting for it.
		const last = await admin.submit('/admin/windows', 'save', {
			...windowForm(db, '5'),
			serviceIds: []
		});
		expect(last.status).toBe(409);
		expect(fieldErrors(last.html).serviceIds).toContain(
			'To ostatnie stanowisko, które obsługuje sprawę „Sprawy obywatelskie i stanu cywilnego”, a czeka na nią 1 osoba.'
		);
		// A matter with tickets is not deleted; nor is a window that cannot be left without.
		const removeService = await admin.submit('/admin/services', 'delete', { id: String(so) });
		expect(removeService.status).toBe(409);
		expect(summaryErrors(removeService.html).join(' ')).toContain('Wyłącz ją (pole „Aktywna”)');
		const removeWindow = await admin.submit('/admin/windows', 'delete', windowForm(db, '5'));
		expect(removeWindow.status).toBe(409);
		expect(officeTables(db)).toBe(before);
	});

	it('answers hostile input with a 4xx, never a 5xx, and changes nothing', async () => {
		const before = officeTables(db);
		const form = 'application/x-www-form-urlencoded';
		const w4 = windowForm(db, '4').id;
		const cases: [string, string | Uint8Array<ArrayBuffer>, string][] = [
			['/admin/windows?/save&location=1', '{"label":"x"}', 'application/json'],
			[
				'/admin/windows?/save&location=1',
				`id=${w4}&label=${'x'.repeat(200_000)}&room=105&status=open`,
				form
			],
			[
				'/admin/windows?/save&location=1',
				new Uint8Array([0x6c, 0x61, 0x62, 0x65, 0x6c, 0x3d, 0xff, 0xfe]),
				form
			],
			[
				'/admin/windows?/save&location=1',
				`id=${w4}&label=4&room=105&status=open&serviceIds=1e300`,
				form
			],
			[
				'/admin/windows?/save&location=1',
				`id=${w4}&label=4&room=105&status=open&serviceIds=-1`,
				form
			],
			['/admin/windows?/save&location=1', `id=${w4}&label=<script>&room=105&status=open`, form],
			[
				'/admin/windows?/save&location=1',
				`id=99999999999999999999&label=4&room=105&status=open`,
				form
			],
			['/admin/windows?/save&location=999', `id=${w4}&label=4&room=105&status=open`, form],
			['/admin/windows?/drop&location=1', `id=${w4}`, form],
			['/admin/services?/delete&location=1', '', form],
			['/admin/services?/delete&location=1', 'id=0', form],
			[
				'/admin/departments?/save&location=1',
				"id=1&namePl='; DROP TABLE departments; --&nameEn=x&kind=sekta&prefix=P&sort=0",
				form
			],
			['/admin/locations?/location&location=1', 'name=x&cutoffMinutes=1e9&mode=normal', form],
			['/admin/locations?/floor&location=1', 'floor=-1&colourPl=x&colourEn=x&hex=%23000000', form]
		];
		for (const [url, body, type] of cases) {
			const answer = await admin.raw(url, body, type);
			expect(answer.status, `${url} ${String(body).slice(0, 60)}`).toBeGreaterThanOrEqual(400);
			expect(answer.status, `${url} ${String(body).slice(0, 60)}`).toBeLessThan(500);
		}
		expect(officeTables(db)).toBe(before);
	});

	it('adds a department, then moves on to its edit form', async () => {
		const created = await admin.submit('/admin/departments', 'save', {
			...departmentForm(db, 1),
			id: 'new',
			namePl: 'Biuro Rady Miejskiej',
			nameEn: 'City Council Office',
			kind: 'biuro',
			prefix: 'R'
		});
		expect(created.status).toBe(303);
		const id = db.prepare("SELECT id FROM departments WHERE prefix = 'R'").pluck().get();
		expect(id).toBeTypeOf('number');
		expect(
			db.prepare('SELECT action FROM audit_log WHERE subject = ?').pluck().get(`department:${id}`)
		).toBe('department.create');
	});

	it('pauses, closes and opens a window by the queue’s rules: each writes its event, as a clerk’s pause does', async () => {
		const w7 = windowForm(db, '7');
		const adminId = db.prepare("SELECT id FROM staff WHERE login = 'admin'").pluck().get();
		const windowEvents = (windowId: number) =>
			db
				.prepare(
					'SELECT type, staff_id, data_json FROM events WHERE window_id = ? AND ticket_id IS NULL ORDER BY id'
				)
				.all(windowId);
		for (const [status, pauseReason] of [
			['paused', 'Szkolenie'],
			['closed', ''],
			['open', '']
		] as const) {
			const saved = await admin.submit('/admin/windows', 'save', { ...w7, status, pauseReason });
			expect(saved.status, status).toBe(200);
		}
		expect(windowEvents(Number(w7.id))).toEqual([
			{ type: 'window_paused', staff_id: adminId, data_json: '{"reason":"Szkolenie"}' },
			{ type: 'window_closed', staff_id: adminId, data_json: '{}' },
			{ type: 'window_resumed', staff_id: adminId, data_json: '{}' }
		]);
		// Audited as before: the status and the pause reason, before and after.
		const audited = db
			.prepare("SELECT detail_json FROM audit_log WHERE subject = ? AND action = 'window.update'")
			.pluck()
			.all(`window:${w7.id}`) as string[];
		expect(audited.map((d) => JSON.parse(d))).toEqual([
			{
				status: { before: 'open', after: 'paused' },
				pause_reason: { before: null, after: 'Szkolenie' }
			},
			{
				status: { before: 'paused', after: 'closed' },
				pause_reason: { before: 'Szkolenie', after: null }
			},
			{ status: { before: 'closed', after: 'open' } }
		]);

		// A window with a client called to it is not closed: refused as before, nothing written.
		const w8 = windowForm(db, '8');
		const issued = await post(server.url, '/api/tickets', {
			locationId: 1,
			serviceId: serviceId(db, 'M22')
		});
		expect(issued.status).toBe(201);
		data(await post(server.url, `/api/windows/${w8.id}/call`));
		const before = officeTables(db);
		const busy = await admin.submit('/admin/windows', 'save', { ...w8, status: 'closed' });
		expect(busy.status).toBe(409);
		expect(fieldErrors(busy.html).status).toContain('Przy tym stanowisku jest obsługiwany bilet');
		expect(officeTables(db)).toBe(before);
		expect(windowEvents(Number(w8.id))).toEqual([]);
		data(await post(server.url, `/api/windows/${w8.id}/finish`));
	});

	it('lets a manager configure only their own departments', async () => {
		// kierownik manages the Civic Affairs Office (prefix U); M15 belongs to another department.
		const manager = adminClient(server, await signIn(server.url, 'kierownik'));
		const so = serviceId(db, 'SO');
		const own = await manager.submit('/admin/services', 'save', {
			...serviceForm(db, so),
			namePl: 'Sprawy obywatelskie (zmienione)'
		});
		expect(own.status).toBe(200);
		const before = db.prepare('SELECT * FROM services ORDER BY id').all();
		const other = await manager.submit('/admin/services', 'save', {
			...serviceForm(db, serviceId(db, 'M15')),
			namePl: 'Nie moje'
		});
		expect(other.status).toBe(403);
		expect((await manager.get('/admin/locations')).status).toBe(403);
		expect(db.prepare('SELECT * FROM services ORDER BY id').all()).toEqual(before);
		const actors = db
			.prepare("SELECT DISTINCT actor_label FROM audit_log WHERE action = 'service.update'")
			.pluck()
			.all();
		expect(actors).toContain('Piotr Wiśniewski (kierownik)');
	});
});
