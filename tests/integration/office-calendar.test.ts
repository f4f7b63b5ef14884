/**
 * The office's calendar on a real SQLite file (issue 14): an administrator's closure day and extra
 * working day are validated, audited, written once per day, and followed at once by the kiosk
 * (closed, with its next opening) and by issuing; removing the day restores the week. A public
 * holiday closes the kiosk with the holiday's name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import type { Principal } from '../../src/lib/server/auth/guard';
import { officeAdminOf, type AdminActor } from '../../src/lib/server/office/admin';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { departmentA, testOffice, WEEKDAYS_0730_1530 } from '../support/test-office';

const ADMIN: AdminActor = {
	principal: { roles: ['admin'], label: 'staff:1' } as Principal,
	ip: '127.0.0.1'
};

let testbed: TestApp | null = null;
let app: App;
let now: number;
let location: number;
let matter: number;

function start(at: string) {
	now = Date.parse(at);
	testbed = testApp({
		seed: testOffice({
			location: { week: WEEKDAYS_0730_1530, cutoffMinutes: 15, hoursEnforced: true },
			departments: [departmentA()],
			windows: { '1': ['A1'] }
		}),
		clock: () => now
	});
	app = testbed.app;
	const ids = idsOf(app);
	location = ids.location;
	matter = ids.service('A1');
}

afterEach(() => {
	testbed?.close();
	testbed = null;
});

const admin = () => officeAdminOf(app);
const issue = () =>
	app.queue.issueTicket({ locationId: location, serviceId: matter, priority: null });
const audits = () =>
	app.db
		.prepare("SELECT action FROM audit_log WHERE action LIKE 'calendar_day.%' ORDER BY id")
		.pluck()
		.all();

describe("the office's calendar", () => {
	it('a closure day closes the kiosk and issuing at once, with the next opening; removing it reopens', () => {
		start('2026-11-10T09:00:00Z'); // Tuesday 10:00 in Warsaw
		expect(app.views.kioskMenu(location).closedToday).toBeNull();
		expect(issue().ticket).toBeTruthy();

		const saved = admin().saveCalendarDay(ADMIN, location, {
			day: '2026-11-10',
			open: 'closed',
			note: 'Dzień wolny za 15 sierpnia'
		});
		expect(saved).toMatchObject({ ok: true, changed: true });
		expect(app.views.kioskMenu(location).closedToday).toEqual({
			holiday: null,
			note: 'Dzień wolny za 15 sierpnia',
			// Wednesday 11 November is Independence Day: the next opening is Thursday 12th.
			nextOpening: { day: '2026-11-12', opens: '07:30', at: Date.parse('2026-11-12T06:30:00Z') }
		});
		expect(() => issue()).toThrow(
			expect.objectContaining({ code: 'office_closed', params: { reason: 'closed_day' } })
		);

		// The same day again changes the row instead of adding one.
		const again = admin().saveCalendarDay(ADMIN, location, { day: '2026-11-10', open: 'closed' });
		expect(again).toMatchObject({ ok: true, id: (saved as { id: number }).id });
		expect(app.db.prepare('SELECT count(*) FROM calendar_days').pluck().get()).toBe(1);

		expect(admin().deleteCalendarDay(ADMIN, location, (saved as { id: number }).id)).toMatchObject({
			ok: true
		});
		expect(app.views.kioskMenu(location).closedToday).toBeNull();
		expect(issue().ticket).toBeTruthy();
		expect(audits()).toEqual(['calendar_day.create', 'calendar_day.update', 'calendar_day.delete']);
	});

	it('an extra working Saturday issues tickets within its own hours', () => {
		start('2026-11-14T08:00:00Z'); // Saturday 09:00
		expect(() => issue()).toThrow(
			expect.objectContaining({ code: 'office_closed', params: { reason: 'closed_day' } })
		);
		const r = admin().saveCalendarDay(ADMIN, location, {
			day: '2026-11-14',
			open: 'open',
			opens: '8:00',
			closes: '12:00'
		});
		expect(r.ok).toBe(true);
		expect(issue().ticket).toBeTruthy();
		now = Date.parse('2026-11-14T10:50:00Z'); // 11:50: past the 15-minute cut-off
		expect(() => issue()).toThrow(
			expect.objectContaining({ code: 'office_closed', params: { reason: 'after_cutoff' } })
		);
	});

	it('a public holiday closes the kiosk with its name', () => {
		start('2026-12-24T09:00:00Z'); // Christmas Eve, a holiday since 2025
		expect(app.views.kioskMenu(location).closedToday).toMatchObject({
			holiday: 'Wigilia Bożego Narodzenia',
			nextOpening: { day: '2026-12-28' }
		});
	});

	it('refuses bad input with the field and changes nothing', () => {
		start('2026-11-10T09:00:00Z');
		const bad = (values: Record<string, string>) =>
			admin().saveCalendarDay(ADMIN, location, values);
		expect(bad({ day: '2026-02-30', open: 'closed' })).toMatchObject({
			ok: false,
			status: 400,
			errors: { day: { key: 'admin.err.day' } }
		});
		expect(bad({ day: '2026-11-14', open: 'open', opens: '12:00', closes: '08:00' })).toMatchObject(
			{ ok: false, errors: { closes: { key: 'admin.err.hours_order' } } }
		);
		expect(bad({ day: '2026-11-14', open: 'open' })).toMatchObject({
			ok: false,
			errors: { opens: { key: 'admin.err.time' } }
		});
		expect(bad({ day: '2026-11-14', open: 'maybe' })).toMatchObject({
			ok: false,
			errors: { open: { key: 'admin.err.day_kind' } }
		});
		expect(bad({ day: '2026-11-14', open: 'closed', note: 'x'.repeat(201) })).toMatchObject({
			ok: false,
			errors: { note: { key: 'admin.err.too_long_200' } }
		});
		expect(admin().deleteCalendarDay(ADMIN, location, 999)).toMatchObject({
			ok: false,
			status: 404
		});
		expect(app.db.prepare('SELECT count(*) FROM calendar_days').pluck().get()).toBe(0);
		expect(audits()).toEqual([]);
	});
});
