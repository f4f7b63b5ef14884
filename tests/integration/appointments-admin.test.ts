/**
 * Appointments at /admin on a real SQLite file (issue 14): a manager adds, changes and deletes a
 * stretch of their matter's schedule, the interpreter's week and the location's booking policy;
 * each change is audited and reaches the booking service at once. Bad input is refused with the
 * field and an i18n key, a manager cannot touch another department's matter, and a refusal
 * writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import type { Principal } from '../../src/lib/server/auth/guard';
import { appointmentsAdminOf } from '../../src/lib/server/office/admin-appointments';
import type { AdminActor } from '../../src/lib/server/office/admin';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import {
	departmentA,
	kancelaria,
	matter as matterSeed,
	MONDAY_9,
	testOffice,
	WEEKDAYS_0730_1530
} from '../support/test-office';

let testbed: TestApp | null = null;
let app: App;
let location: number;
let a1: number;
let sk: number;
let manager: AdminActor;

function start() {
	testbed = testApp({
		seed: testOffice({
			location: { week: WEEKDAYS_0730_1530 },
			departments: [departmentA(matterSeed('A1')), kancelaria()],
			windows: { '1': ['A1'], '2': ['SK'] }
		}),
		clock: () => MONDAY_9
	});
	app = testbed.app;
	const ids = idsOf(app);
	location = ids.location;
	a1 = ids.service('A1');
	sk = ids.service('SK');
	const principal: Principal = {
		roles: ['manager'],
		label: 'Kierownik A',
		staff: { id: 7, role: 'manager', departmentIds: [ids.department('A')], sessionId: 'x' }
	};
	manager = { principal, ip: '127.0.0.1' };
}

afterEach(() => {
	testbed?.close();
	testbed = null;
});

const admin = () => appointmentsAdminOf(app);
const audits = () =>
	app.db
		.prepare(
			"SELECT action, subject, detail_json AS detail FROM audit_log WHERE action NOT LIKE 'login%' ORDER BY id"
		)
		.all() as { action: string; subject: string; detail: string }[];
const count = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const stretch = (over: Record<string, string> = {}) => ({
	serviceId: String(a1),
	weekday: '2',
	from: '09:00',
	to: '11:00',
	slotMinutes: '30',
	capacity: '2',
	...over
});

describe("a matter's appointment schedule at /admin", () => {
	it('adds, changes and deletes a stretch, audited, and the slots follow at once', () => {
		start();
		const added = admin().saveStretch(manager, location, null, stretch());
		expect(added).toMatchObject({ ok: true, changed: true });
		const id = (added as { id: number }).id;
		const slots = () => app.bookings.freeSlots(location, a1, '2026-11-24'); // Tuesday
		expect(slots().map((s) => [s.start, s.free])).toEqual([
			['09:00', 2],
			['09:30', 2],
			['10:00', 2],
			['10:30', 2]
		]);

		expect(
			admin().saveStretch(manager, location, id, stretch({ to: '10:00', capacity: '1' }))
		).toMatchObject({ ok: true, id, changed: true });
		expect(slots().map((s) => [s.start, s.free])).toEqual([
			['09:00', 1],
			['09:30', 1]
		]);
		// The same values again: nothing changes, nothing is audited.
		expect(
			admin().saveStretch(manager, location, id, stretch({ to: '10:00', capacity: '1' }))
		).toMatchObject({ ok: true, changed: false });

		expect(admin().deleteStretch(manager, location, id)).toMatchObject({ ok: true });
		expect(slots()).toEqual([]);
		const log = audits();
		expect(log.map((a) => a.action)).toEqual([
			'appointment_schedule.create',
			'appointment_schedule.update',
			'appointment_schedule.delete'
		]);
		expect(log.every((a) => a.subject === `appointment_schedule:${id}`)).toBe(true);
		expect(JSON.parse(log[1]!.detail)).toEqual({
			to: { before: '11:00', after: '10:00' },
			capacity: { before: 2, after: 1 }
		});
	});

	it('refuses bad input with the field and its message key, writing nothing', () => {
		start();
		const bad = (over: Record<string, string>) =>
			admin().saveStretch(manager, location, null, stretch(over));
		const cases: [Record<string, string>, string, string][] = [
			[{ to: '09:00' }, 'to', 'admin.err.stretch_order'],
			[{ to: '08:00' }, 'to', 'admin.err.stretch_order'],
			[{ to: '09:20' }, 'slotMinutes', 'admin.err.slot_fits'],
			[{ capacity: '0' }, 'capacity', 'admin.err.capacity'],
			[{ capacity: '51' }, 'capacity', 'admin.err.capacity'],
			[{ capacity: 'dwa' }, 'capacity', 'admin.err.capacity'],
			[{ slotMinutes: '4' }, 'slotMinutes', 'admin.err.slot_minutes'],
			[{ weekday: '8' }, 'weekday', 'admin.err.weekday'],
			[{ from: '25:00' }, 'from', 'admin.err.time'],
			[{ serviceId: 'x' }, 'serviceId', 'admin.err.service']
		];
		for (const [over, field, key] of cases) {
			expect(bad(over), JSON.stringify(over)).toMatchObject({
				ok: false,
				status: 400,
				errors: { [field]: { key } }
			});
		}
		// A matter of no department of this location.
		expect(bad({ serviceId: '999' })).toMatchObject({
			ok: false,
			status: 400,
			errors: { serviceId: { key: 'admin.err.service' } }
		});
		expect(admin().deleteStretch(manager, location, 999)).toMatchObject({ status: 404 });
		expect(count('appointment_schedules')).toBe(0);
		expect(audits()).toEqual([]);
	});

	it("refuses a manager another department's matter (403), and its stretches", () => {
		start();
		expect(
			admin().saveStretch(manager, location, null, stretch({ serviceId: String(sk) }))
		).toMatchObject({
			ok: false,
			status: 403,
			errors: { serviceId: { key: 'admin.err.forbidden' } }
		});
		const theirs = app.db
			.prepare(
				`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
				 VALUES (?, 1, '09:00', '10:00', 30, 1)`
			)
			.run(sk).lastInsertRowid as number;
		expect(admin().saveStretch(manager, location, theirs, stretch())).toMatchObject({
			status: 403
		});
		expect(admin().deleteStretch(manager, location, theirs)).toMatchObject({ status: 403 });
		// Nor may a manager move their own stretch to the other department's matter.
		const mine = (admin().saveStretch(manager, location, null, stretch()) as { id: number }).id;
		expect(
			admin().saveStretch(manager, location, mine, stretch({ serviceId: String(sk) }))
		).toMatchObject({ status: 403 });
		expect(count('appointment_schedules')).toBe(2);
		expect(audits().map((a) => a.action)).toEqual(['appointment_schedule.create']);
	});
});

describe("the interpreter's week and the booking policy at /admin", () => {
	it("keeps the interpreter's stretches, validated and audited", () => {
		start();
		const saved = admin().saveInterpreter(manager, location, null, {
			weekday: '4',
			from: '9:00',
			to: '12:00',
			capacity: '1'
		});
		expect(saved).toMatchObject({ ok: true });
		const id = (saved as { id: number }).id;
		expect(app.bookings.settings.interpreterWeek(location)).toEqual([
			{ id, locationId: location, weekday: 4, from: '09:00', to: '12:00', capacity: 1 }
		]);
		const bad = (values: Record<string, string>) =>
			admin().saveInterpreter(manager, location, id, {
				weekday: '4',
				from: '09:00',
				to: '12:00',
				capacity: '1',
				...values
			});
		expect(bad({ to: '08:00' })).toMatchObject({
			errors: { to: { key: 'admin.err.stretch_order' } }
		});
		expect(bad({ capacity: '11' })).toMatchObject({
			errors: { capacity: { key: 'admin.err.interpreters' } }
		});
		expect(bad({ capacity: '2' })).toMatchObject({ ok: true, changed: true });
		expect(admin().deleteInterpreter(manager, location, id)).toMatchObject({ ok: true });
		expect(admin().deleteInterpreter(manager, location, id)).toMatchObject({ status: 404 });
		expect(audits().map((a) => a.action)).toEqual([
			'interpreter_hours.create',
			'interpreter_hours.update',
			'interpreter_hours.delete'
		]);
	});

	it('stores the policy, which the booking service then uses instead of the defaults', () => {
		start();
		expect(app.bookings.policy(location)).toEqual({
			aheadDays: 30,
			interpreterNoticeDays: 3,
			checkInEarlyMinutes: 15,
			checkInGraceMinutes: 10
		});
		const days = app.bookings.days(location);
		expect(days[0]).toBe('2026-11-24');
		expect(days.at(-1)).toBe('2026-12-23');
		// Monday: 3 working days' notice, so Thursday.
		expect(app.bookings.days(location, true)[0]).toBe('2026-11-26');

		const bad = admin().savePolicy(manager, location, {
			aheadDays: '0',
			interpreterNoticeDays: '31',
			checkInEarlyMinutes: '-1',
			checkInGraceMinutes: '10'
		});
		expect(bad).toMatchObject({
			ok: false,
			status: 400,
			errors: {
				aheadDays: { key: 'admin.err.ahead_days' },
				interpreterNoticeDays: { key: 'admin.err.notice_days' },
				checkInEarlyMinutes: { key: 'admin.err.check_in_minutes' }
			}
		});
		expect(count('booking_policies')).toBe(0);

		expect(
			admin().savePolicy(manager, location, {
				aheadDays: '7',
				interpreterNoticeDays: '5',
				checkInEarlyMinutes: '20',
				checkInGraceMinutes: '5'
			})
		).toMatchObject({ ok: true, changed: true });
		expect(app.bookings.policy(location)).toEqual({
			aheadDays: 7,
			interpreterNoticeDays: 5,
			checkInEarlyMinutes: 20,
			checkInGraceMinutes: 5
		});
		expect(app.bookings.days(location).at(-1)).toBe('2026-11-30');
		expect(app.bookings.days(location, true)).toEqual(['2026-11-30']);
		const log = audits();
		expect(log.map((a) => [a.action, a.subject])).toEqual([
			['booking_policy.update', `location:${location}`]
		]);
		expect(JSON.parse(log[0]!.detail).aheadDays).toEqual({ before: 30, after: 7 });
	});
});
