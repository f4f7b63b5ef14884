/**
 * Office administration: the forms' validation (office/schemas.ts), and OfficeAdmin's rules on
 * the demo office in an in-memory database: uniqueness, the live queue's consistency, who may
 * change what, the audit entry in the same transaction, and the announcement after commit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { officeAdminOf, type AdminActor } from '../../src/lib/server/office/admin';
import {
	floorInput,
	locationInput,
	parseForm,
	serviceInput,
	windowInput,
	departmentInput,
	type FormValues
} from '../../src/lib/server/office/schemas';
import { AuditLog } from '../../src/lib/server/audit/audit-log';
import type { Principal } from '../../src/lib/server/auth/guard';
import { openDatabase, type Db } from '../../src/lib/server/db/open';
import { DEMO_FLOORS } from '../../src/lib/server/demo/office';
import { seedIfEmpty } from '../../src/lib/server/demo/seed';
import { TicketRepository } from '../../src/lib/server/db/repositories/tickets';
import { OfficeChanges } from '../../src/lib/server/office/changes';
import { OfficeRepository } from '../../src/lib/server/office/repository';
import { QueueService } from '../../src/lib/server/desk/queue-service';
import { BOARD_PANEL, contrastRatio, textOn } from '../../src/lib/shared/contrast';
import { departmentForm, officeTables, serviceForm, windowForm } from '../support/admin';

const WEEK: FormValues = {
	name: 'Urząd Miejski w Bieruniu',
	day1_opens: '07:30',
	day1_closes: '17:00',
	cutoffMinutes: '15',
	restoreGraceMinutes: '30',
	mode: 'normal'
};

const errorsOf = (r: ReturnType<typeof parseForm>) => (r.ok ? {} : r.errors);
const keyOf = (r: ReturnType<typeof parseForm>, field: string) => errorsOf(r)[field]?.key;

describe('the administration forms', () => {
	it('refuse impossible opening hours, naming the field', () => {
		expect(parseForm(locationInput, WEEK).ok).toBe(true);
		const bad = (fields: FormValues) => parseForm(locationInput, { ...WEEK, ...fields });
		expect(keyOf(bad({ day1_opens: '25:00' }), 'day1_opens')).toBe('admin.err.time');
		expect(keyOf(bad({ day1_closes: '17:60' }), 'day1_closes')).toBe('admin.err.time');
		expect(keyOf(bad({ day1_opens: '17:00' }), 'day1_closes')).toBe('admin.err.hours_order');
		expect(keyOf(bad({ day1_opens: '18:00' }), 'day1_closes')).toBe('admin.err.hours_order');
		expect(keyOf(bad({ day2_opens: '08:00' }), 'day2_closes')).toBe('admin.err.hours_both');
		expect(keyOf(bad({ day1_opens: '24:00', day1_closes: '24:00' }), 'day1_opens')).toBe(
			'admin.err.time'
		);
		expect(keyOf(bad({ cutoffMinutes: '-5' }), 'cutoffMinutes')).toBe('admin.err.cutoff');
		expect(keyOf(bad({ cutoffMinutes: '241' }), 'cutoffMinutes')).toBe('admin.err.cutoff');
		expect(keyOf(bad({ restoreGraceMinutes: '601' }), 'restoreGraceMinutes')).toBe(
			'admin.err.restore_grace'
		);
		expect(keyOf(bad({ restoreGraceMinutes: '' }), 'restoreGraceMinutes')).toBe(
			'admin.err.restore_grace'
		);
		expect(keyOf(bad({ mode: 'party' }), 'mode')).toBe('admin.err.mode');
		expect(keyOf(bad({ eServicesUrl: 'http://eurzad.bierun.pl' }), 'eServicesUrl')).toBe(
			'admin.err.https_url'
		);
		expect(keyOf(bad({ contactEmail: 'urzad(at)bierun' }), 'contactEmail')).toBe('admin.err.email');
	});

	it('read good hours as the week the queue uses; empty days are closed', () => {
		const r = parseForm(locationInput, { ...WEEK, day2_opens: '7:30', day2_closes: '24:00' });
		expect(r.ok && r.value.week).toEqual({
			'1': { opens: '07:30', closes: '17:00' },
			'2': { opens: '07:30', closes: '24:00' }
		});
		expect(r.ok && r.value.hoursEnforced).toBe(false);
	});

	it('refuse bad prefixes, addresses, colours, rooms and labels', () => {
		const dept = {
			namePl: 'Wydział',
			nameEn: 'Department',
			kind: 'wydzial',
			prefix: 'p',
			sort: '1'
		};
		const ok = parseForm(departmentInput, dept);
		expect(ok.ok && ok.value.prefix).toBe('P');
		for (const prefix of ['', 'P1', 'ABCD', 'Ą', 'A B']) {
			expect(keyOf(parseForm(departmentInput, { ...dept, prefix }), 'prefix'), prefix).toBe(
				'admin.err.prefix'
			);
		}
		const svc = {
			namePl: 'Sprawa',
			nameEn: 'Matter',
			departmentId: '1',
			waitTargetMinutes: '15',
			waitTargetShare: '80',
			sort: '0'
		};
		for (const onlineUrl of [
			'http://eurzad.bierun.pl',
			'javascript:alert(1)',
			'eurzad.bierun.pl'
		]) {
			expect(keyOf(parseForm(serviceInput, { ...svc, onlineUrl }), 'onlineUrl'), onlineUrl).toBe(
				'admin.err.https_url'
			);
		}
		const good = parseForm(serviceInput, { ...svc, onlineUrl: 'https://eurzad.bierun.pl/x' });
		expect(good.ok && good.value.onlineUrl).toBe('https://eurzad.bierun.pl/x');
		expect(
			keyOf(parseForm(serviceInput, { ...svc, waitTargetShare: '101' }), 'waitTargetShare')
		).toBe('admin.err.wait_share');
		const floor = { floor: '2', colourPl: 'żółty', colourEn: 'yellow' };
		for (const hex of ['#12345', 'red', '#12345g', '1f5fbf']) {
			expect(keyOf(parseForm(floorInput, { ...floor, hex }), 'hex'), hex).toBe('admin.err.hex');
		}
		const f = parseForm(floorInput, { ...floor, hex: '#1F5FBF' });
		expect(f.ok && f.value.hex).toBe('#1f5fbf');
		const win = { label: '4', room: '105', status: 'open' };
		for (const room of ['12', '2011', 'A01', '']) {
			expect(keyOf(parseForm(windowInput, { ...win, room }), 'room'), room).toBe('admin.err.room');
		}
		for (const label of ['', 'x'.repeat(11), '-4', '<b>']) {
			expect(keyOf(parseForm(windowInput, { ...win, label }), 'label'), label).toBe(
				'admin.err.label'
			);
		}
		expect(keyOf(parseForm(windowInput, { ...win, status: 'paused' }), 'pauseReason')).toBe(
			'admin.err.pause_reason'
		);
		const w = parseForm(windowInput, { ...win, serviceIds: ['3', '1', '3'] });
		expect(w.ok && w.value.serviceIds).toEqual([1, 3]);
	});

	it('show each floor band with text at WCAG AA contrast (black or white on its colour)', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		for (const f of DEMO_FLOORS) {
			expect(contrastRatio(f.hex, textOn(f.hex)), f.en).toBeGreaterThanOrEqual(4.5);
		}
		// The best of black and white is always at least 4.58:1, whatever the colour.
		for (let v = 0; v < 0xffffff; v += 0x0f0f0f) {
			const hex = '#' + v.toString(16).padStart(6, '0');
			expect(contrastRatio(hex, textOn(hex)), hex).toBeGreaterThanOrEqual(4.5);
		}
		expect(contrastRatio('#ffd54a', BOARD_PANEL)).toBeGreaterThan(3);
	});
});

// ---- OfficeAdmin on the demo office

let db: Db;
let notified: number[];
let admin: ReturnType<typeof officeAdminOf>;
/** An administrator (staff id 1), acting from an office address. */
const ADMIN: Principal = {
	roles: ['admin'],
	label: 'Anna Nowak (admin)',
	staff: { id: 1, role: 'admin', departmentIds: [], sessionId: 'test' }
};
const actor: AdminActor = { principal: ADMIN, ip: '10.0.0.7' };

function auditRows() {
	return db.prepare('SELECT action, subject, detail_json, ip FROM audit_log ORDER BY id').all() as {
		action: string;
		subject: string;
		detail_json: string;
		ip: string;
	}[];
}

const snapshot = () => officeTables(db);
const idOf = (sql: string, ...args: unknown[]) =>
	(db.prepare(sql).get(...args) as { id: number }).id;

let ticketNo = 0;
function ticket(serviceCode: string, state: string, windowLabel?: string): void {
	const s = db
		.prepare('SELECT id, department_id FROM services WHERE code = ?')
		.get(serviceCode) as { id: number; department_id: number };
	const w = windowLabel ? idOf('SELECT id FROM windows WHERE label = ?', windowLabel) : null;
	ticketNo++;
	db.prepare(
		`INSERT INTO tickets (code, location_id, day, number, department_id, service_id, state, issued_at, window_id)
		 VALUES (?, 1, '2026-11-23', ?, ?, ?, ?, 0, ?)`
	).run(
		`code${ticketNo}`,
		`T${String(ticketNo).padStart(3, '0')}`,
		s.department_id,
		s.id,
		state,
		w
	);
}

const manager = (...departmentIds: number[]): AdminActor => ({
	principal: {
		roles: ['manager'],
		label: 'Anna Nowak',
		staff: { id: 7, role: 'manager', departmentIds, sessionId: 'x' }
	} satisfies Principal,
	ip: '10.0.0.8'
});

describe('OfficeAdmin', () => {
	beforeEach(() => {
		db = openDatabase(':memory:');
		seedIfEmpty(db, 'office', 0);
		const changes = new OfficeChanges();
		notified = [];
		changes.subscribe((id) => notified.push(id));
		const office = new OfficeRepository(db, changes);
		const tickets = new TicketRepository(db);
		const queue = new QueueService(db, office, tickets, () => 1_000);
		admin = officeAdminOf({ office, tickets, queue, audit: new AuditLog(db, () => 1_000) });
	});

	it('applies a valid change, audits before/after in the same transaction, then announces it', () => {
		const form: FormValues = { ...windowForm(db, '4'), room: '201' };
		const r = admin.saveWindow(actor, 1, Number(form.id), form);
		expect(r).toEqual({ ok: true, id: Number(form.id), changed: true });
		expect(db.prepare("SELECT room FROM windows WHERE label = '4'").pluck().get()).toBe('201');
		const [entry] = auditRows();
		expect(entry).toMatchObject({
			action: 'window.update',
			subject: `window:${form.id}`,
			ip: '10.0.0.7'
		});
		expect(JSON.parse(entry!.detail_json)).toEqual({ room: { before: '105', after: '201' } });
		expect(notified).toEqual([1]);
		// The same again changes nothing: no audit entry, no announcement.
		expect(admin.saveWindow(actor, 1, Number(form.id), form)).toMatchObject({ changed: false });
		expect(auditRows()).toHaveLength(1);
		expect(notified).toEqual([1]);
	});

	it('creates departments, matters and windows, each audited as a creation', () => {
		const dep = admin.saveDepartment(actor, 1, null, {
			...departmentForm(db, 1),
			namePl: 'Biuro Rady Miejskiej',
			nameEn: 'City Council Office',
			kind: 'biuro',
			prefix: 'R'
		});
		expect(dep.ok).toBe(true);
		const departmentId = dep.ok ? dep.id : 0;
		const svc = admin.saveService(actor, 1, null, {
			...serviceForm(db, 1),
			namePl: 'Interpelacje',
			nameEn: 'Questions to the council',
			departmentId: String(departmentId),
			prefix: ''
		});
		expect(svc.ok).toBe(true);
		const win = admin.saveWindow(actor, 1, null, {
			label: '11',
			room: '304',
			status: 'open',
			serviceIds: [String(svc.ok ? svc.id : 0)]
		});
		expect(win.ok).toBe(true);
		expect(auditRows().map((a) => a.action)).toEqual([
			'department.create',
			'service.create',
			'window.create'
		]);
		const created = JSON.parse(auditRows()[2]!.detail_json);
		expect(created.label).toEqual({ before: null, after: '11' });
		expect(created.services.after).toEqual([svc.ok ? svc.id : 0]);
		expect(notified).toEqual([1, 1, 1]);
	});

	it('refuses a duplicate window label, a taken prefix and a room on a floor without a colour', () => {
		const before = snapshot();
		const dup = admin.saveWindow(actor, 1, null, { ...windowForm(db, '4'), id: 'new', label: '5' });
		expect(dup).toMatchObject({ ok: false, status: 409 });
		expect(!dup.ok && dup.errors.label).toEqual({
			key: 'admin.err.label_taken',
			params: { label: '5' }
		});
		const lower = admin.saveWindow(actor, 1, null, { ...windowForm(db, '4'), label: '10' });
		expect(lower).toMatchObject({ ok: false, status: 409 });

		// "W" is the Debt Collection Office's; "S" is a matter's of the Kancelaria (complaints).
		const w = admin.saveDepartment(actor, 1, 1, { ...departmentForm(db, 1), prefix: 'W' });
		expect(!w.ok && w.errors.prefix?.key).toBe('admin.err.prefix_taken');
		expect(!w.ok && w.errors.prefix?.params).toMatchObject({ prefix: 'W', pl: 'Biuro Windykacji' });
		const s = admin.saveService(actor, 1, 1, { ...serviceForm(db, 1), prefix: 'S' });
		expect(!s.ok && s.errors.prefix?.params?.pl).toBe('Kancelaria Urzędu');
		// A matter may share its own department's prefix (the Kancelaria's "I" for information).
		const info = idOf("SELECT id FROM services WHERE code = 'INFO'");
		expect(admin.saveService(actor, 1, info, serviceForm(db, info)).ok).toBe(true);

		const room = admin.saveWindow(actor, 1, Number(windowForm(db, '4').id), {
			...windowForm(db, '4'),
			room: '901'
		});
		expect(!room.ok && room.errors.room).toEqual({
			key: 'admin.err.room_floor',
			params: { floor: 9 }
		});
		expect(snapshot()).toBe(before);
		expect(notified).toEqual([]);
	});

	it('never leaves waiting tickets without a window, nor closes a window with a client', () => {
		ticket('SO', 'waiting');
		// Windows 4 and 5 serve the civic affairs: closing one is fine…
		const id4 = Number(windowForm(db, '4').id);
		expect(admin.saveWindow(actor, 1, id4, { ...windowForm(db, '4'), status: 'closed' }).ok).toBe(
			true
		);
		const before = snapshot();
		// …but not taking the matter from the last one, closing it or deleting it.
		const id5 = idOf("SELECT id FROM windows WHERE label = '5'");
		const last = admin.saveWindow(actor, 1, id5, { ...windowForm(db, '5'), serviceIds: [] });
		expect(last).toMatchObject({ ok: false, status: 409 });
		expect(!last.ok && last.errors.serviceIds).toMatchObject({
			key: 'admin.err.last_window',
			params: { count: 1, pl: 'Sprawy obywatelskie i stanu cywilnego' }
		});
		const closed = admin.saveWindow(actor, 1, id5, { ...windowForm(db, '5'), status: 'closed' });
		expect(!closed.ok && closed.errors.status?.key).toBe('admin.err.last_window');
		expect(admin.deleteWindow(actor, 1, id5)).toMatchObject({ ok: false, status: 409 });
		expect(snapshot()).toBe(before);

		ticket('M10', 'called', '6');
		const id6 = idOf("SELECT id FROM windows WHERE label = '6'");
		const busy = admin.saveWindow(actor, 1, id6, { ...windowForm(db, '6'), status: 'closed' });
		expect(!busy.ok && busy.errors.status).toMatchObject({
			key: 'admin.err.window_has_client',
			params: { number: 'T002' }
		});
		expect(snapshot()).toBe(before);
	});

	it('deletes only what never had a ticket, and moves no matter with tickets in the queue', () => {
		ticket('M01', 'done', '9');
		const m01 = idOf("SELECT id FROM services WHERE code = 'M01'");
		expect(admin.deleteService(actor, 1, m01)).toMatchObject({
			ok: false,
			status: 409,
			errors: { form: { key: 'admin.err.service_used' } }
		});
		const id9 = idOf("SELECT id FROM windows WHERE label = '9'");
		expect(admin.deleteWindow(actor, 1, id9)).toMatchObject({
			errors: { form: { key: 'admin.err.window_used' } }
		});
		const m28 = idOf("SELECT id FROM services WHERE code = 'M28'");
		expect(admin.deleteService(actor, 1, m28)).toMatchObject({ ok: true });
		expect(
			db.prepare('SELECT count(*) FROM window_services WHERE service_id = ?').pluck().get(m28)
		).toBe(0);

		ticket('M02', 'waiting');
		const m02 = idOf("SELECT id FROM services WHERE code = 'M02'");
		const moved = admin.saveService(actor, 1, m02, { ...serviceForm(db, m02), departmentId: '1' });
		expect(!moved.ok && moved.errors.departmentId).toMatchObject({
			key: 'admin.err.move_with_tickets',
			params: { count: 1 }
		});
	});

	it('lets a manager configure only their own departments; locations and floors are the admins’', () => {
		const tax = manager(1); // Referat Podatków: matter M01, served at windows 1–3 and 9
		const before = snapshot();
		expect(admin.updateLocation(tax, 1, WEEK)).toMatchObject({ ok: false, status: 403 });
		expect(
			admin.saveFloor(tax, 1, { floor: '1', colourPl: 'biały', colourEn: 'white', hex: '#ffffff' })
		).toMatchObject({ ok: false, status: 403 });
		expect(admin.saveDepartment(tax, 1, 2, departmentForm(db, 2))).toMatchObject({ status: 403 });
		expect(admin.saveDepartment(tax, 1, null, departmentForm(db, 1))).toMatchObject({
			status: 403
		});
		const m02 = idOf("SELECT id FROM services WHERE code = 'M02'");
		expect(admin.saveService(tax, 1, m02, serviceForm(db, m02))).toMatchObject({ status: 403 });
		const m01 = idOf("SELECT id FROM services WHERE code = 'M01'");
		expect(
			admin.saveService(tax, 1, m01, { ...serviceForm(db, m01), departmentId: '2' })
		).toMatchObject({ status: 403 });
		const id4 = idOf("SELECT id FROM windows WHERE label = '4'");
		expect(admin.saveWindow(tax, 1, id4, { ...windowForm(db, '4'), room: '106' })).toMatchObject({
			status: 403
		});
		expect(snapshot()).toBe(before);

		// Their own matter, and their window: the form lists their matters only; the others stay.
		expect(
			admin.saveService(tax, 1, m01, { ...serviceForm(db, m01), namePl: 'Zaświadczenie' }).ok
		).toBe(true);
		const id9 = idOf("SELECT id FROM windows WHERE label = '9'");
		const r = admin.saveWindow(tax, 1, id9, {
			...windowForm(db, '9'),
			room: '303',
			serviceIds: [String(m01)]
		});
		expect(r.ok).toBe(true);
		expect(windowForm(db, '9').serviceIds).toEqual([String(m01), String(m02)]);
		expect(auditRows().map((a) => a.action)).toEqual(['service.update', 'window.update']);
	});

	it('saves a floor colour and adds a floor', () => {
		const r = admin.saveFloor(actor, 1, {
			floor: '2',
			colourPl: 'pomarańczowy',
			colourEn: 'orange',
			hex: '#B35900'
		});
		expect(r.ok).toBe(true);
		const added = admin.saveFloor(actor, 1, {
			floor: '4',
			colourPl: 'fioletowy',
			colourEn: 'purple',
			hex: '#5a2a82'
		});
		expect(added.ok).toBe(true);
		expect(db.prepare('SELECT hex FROM floors WHERE floor = 2').pluck().get()).toBe('#b35900');
		expect(auditRows().map((a) => [a.action, a.subject])).toEqual([
			['floor.update', 'floor:1/2'],
			['floor.create', 'floor:1/4']
		]);
	});
});
