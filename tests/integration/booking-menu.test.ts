/**
 * What the booking page offers (src/lib/server/desk/booking-page.ts), on the demo office's real
 * SQLite file with a fixed clock: only matters with a schedule, grouped by department; the days
 * the matter has slots on (the interpreter's later), a day with no place left shown as full and
 * passed over by default; a choice that does not exist is as if not made.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bookingMenu, type BookingQuery } from '../../src/lib/server/desk/booking-page';
import { testApp, type TestApp } from '../support/test-app';

let testbed: TestApp | null = null;
afterEach(() => {
	testbed?.close();
	testbed = null;
});

// Monday 2 March 2026, 10:00 in Warsaw (CET).
const NOW = Date.parse('2026-03-02T09:00:00Z');
const none: BookingQuery = { location: null, matter: null, day: null, interpreter: false };

function demo() {
	testbed = testApp({ seed: 'demo', clock: () => NOW });
	const app = testbed.app;
	const so = app.office.services(1).find((s) => s.code === 'SO')!.id;
	return { app, so };
}

describe('the booking page’s choices', () => {
	it('offers only the matters with an appointment schedule, by department', () => {
		const { app } = demo();
		const menu = bookingMenu(app, none);
		expect(menu.location?.slug).toBe('bierun');
		expect(menu.departments.map((d) => d.matters.map((m) => m.name.en))).toEqual([
			['Application for a housing allowance'],
			['Application for the Family Three Plus card'],
			['Civic affairs and civil registry']
		]);
		expect(menu).toMatchObject({ matter: null, days: [], slots: [], contactKeptDays: 7 });
	});

	it('lists the matter’s days from the next working day, the interpreter’s after the notice', () => {
		const { app, so } = demo();
		const menu = bookingMenu(app, { ...none, matter: String(so) });
		expect(menu.days[0]).toEqual({ day: '2026-03-03', free: 36 });
		expect(menu.days.every((d) => !/-0[78]$|-1[45]$/.test(d.day))).toBe(true); // no weekends
		expect(menu.day).toBe('2026-03-03');
		expect(menu.slots.map((s) => s.start).slice(0, 3)).toEqual(['08:00', '08:20', '08:40']);
		expect(menu.slots).toHaveLength(18);

		const withInterpreter = bookingMenu(app, { ...none, matter: String(so), interpreter: true });
		expect(withInterpreter.days[0]!.day).toBe('2026-03-05');
		expect(withInterpreter.interpreterNoticeDays).toBe(3);
	});

	it('shows a day with no place left as full and passes over it by default', () => {
		const { app, so } = demo();
		for (const slot of app.bookings.freeSlots(1, so, '2026-03-03')) {
			for (let i = 0; i < slot.free; i++) {
				app.bookings.book({
					locationId: 1,
					serviceId: so,
					day: '2026-03-03',
					start: slot.start,
					lang: 'pl',
					email: null,
					phone: null,
					interpreter: false,
					accessible: false,
					bookedBy: null
				});
			}
		}
		const menu = bookingMenu(app, { ...none, matter: String(so) });
		expect(menu.days[0]).toEqual({ day: '2026-03-03', free: 0 });
		expect(menu.day).toBe('2026-03-04');
		// Asked for, the full day is shown, every slot full.
		const full = bookingMenu(app, { ...none, matter: String(so), day: '2026-03-03' });
		expect(full.slots.every((s) => s.free === 0)).toBe(true);
	});

	it('treats a choice that does not exist as not made', () => {
		const { app, so } = demo();
		const m01 = app.office.services(1).find((s) => s.code === 'M01')!.id;
		expect(bookingMenu(app, { ...none, matter: String(m01) }).matter).toBeNull();
		expect(bookingMenu(app, { ...none, matter: 'x' }).matter).toBeNull();
		expect(bookingMenu(app, { ...none, location: 'nowhere' }).location?.slug).toBe('bierun');
		// Today and a past day are not bookable: the first bookable day instead.
		for (const day of ['2026-03-02', '2020-01-06', 'nonsense']) {
			expect(bookingMenu(app, { ...none, matter: String(so), day }).day).toBe('2026-03-03');
		}
	});
});
