/**
 * Booking appointments on a real SQLite file (issue 14, first part): a matter's schedule gives
 * slots on working days only; a booking takes a place and gets a unique 6-digit code and a link;
 * a full, past or unknown slot is refused and nothing is written; cancelling frees the place; the
 * retention job deletes e-mail and phone a week after the slot and keeps the rest.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/open';
import { BookingRepository } from '../../src/lib/server/db/repositories/bookings';
import { readConfig } from '../../src/lib/server/config';
import { BookingService, type BookingRequest } from '../../src/lib/server/desk/bookings';
import { OfficeRepository } from '../../src/lib/server/office/repository';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { matter as matterSeed, testOffice, WEEKDAYS_0730_1530 } from '../support/test-office';

let testbed: TestApp | null = null;
let db: Db;
let now: number;
let service: BookingService;
let repo: BookingRepository;
let office: OfficeRepository;
let location: number;
let matter: number;

function start(at: string) {
	now = Date.parse(at);
	testbed = testApp({
		seed: testOffice({
			location: {
				week: WEEKDAYS_0730_1530,
				cutoffMinutes: 15,
				hoursEnforced: true
			},
			departments: [
				{
					key: 'usc',
					kind: 'wydzial',
					pl: 'Urząd Stanu Cywilnego',
					en: 'Registry Office',
					prefix: 'U',
					services: [matterSeed('U1', { pl: 'Akt małżeństwa', en: 'Marriage certificate' })]
				}
			],
			windows: { '1': ['U1'] }
		}),
		clock: () => now
	});
	db = testbed.app.db;
	office = testbed.app.office;
	repo = new BookingRepository(db);
	service = new BookingService(db, office, repo, () => now);
	location = idsOf(testbed.app).location;
	matter = idsOf(testbed.app).service('U1');
	// Mondays 08:00–09:00 in 30 minutes, one at a time.
	repo.setSchedule(matter, [
		{ weekday: 1, from: '08:00', to: '09:00', slotMinutes: 30, capacity: 1 }
	]);
}

afterEach(() => {
	testbed?.close();
	testbed = null;
});

const request = (over: Partial<BookingRequest> = {}): BookingRequest => ({
	locationId: location,
	serviceId: matter,
	day: '2026-12-07',
	start: '08:00',
	lang: 'pl',
	email: 'anna@example.pl',
	phone: null,
	interpreter: false,
	accessible: false,
	bookedBy: null,
	...over
});
const count = () => db.prepare('SELECT count(*) FROM bookings').pluck().get();

describe('booking an appointment', () => {
	it('offers the schedule on working days, takes a place, and refuses the full slot', () => {
		start('2026-12-03T10:00:00Z'); // Thursday
		expect(service.days(location)).toContain('2026-12-07');
		expect(service.freeSlots(location, matter, '2026-12-07').map((s) => [s.start, s.free])).toEqual(
			[
				['08:00', 1],
				['08:30', 1]
			]
		);
		const booking = service.book(request());
		expect(booking).toMatchObject({ state: 'booked', day: '2026-12-07', start: '08:00' });
		expect(booking.code).toMatch(/^\d{6}$/);
		expect(booking.viewToken.length).toBeGreaterThanOrEqual(24);
		expect(booking.slotAt).toBe(Date.parse('2026-12-07T07:00:00Z'));
		expect(service.freeSlots(location, matter, '2026-12-07')[0]!.free).toBe(0);

		expect(() => service.book(request({ email: null }))).toThrow(
			expect.objectContaining({ code: 'booking_refused', params: { reason: 'slot_full' } })
		);
		expect(count()).toBe(1);

		// Cancelling frees the place; a second cancel is refused.
		expect(service.cancel(booking.viewToken).state).toBe('cancelled');
		expect(() => service.cancel(booking.viewToken)).toThrow(
			expect.objectContaining({ code: 'invalid_state' })
		);
		expect(service.book(request()).state).toBe('booked');
	});

	it('refuses today, a past day, a holiday, an unknown start and an unknown matter, writing nothing', () => {
		start('2026-12-07T06:00:00Z'); // Monday 07:00: today is not bookable
		const refused = (over: Partial<BookingRequest>, reason: string) =>
			expect(() => service.book(request(over))).toThrow(
				expect.objectContaining({ code: 'booking_refused', params: { reason } })
			);
		refused({}, 'not_bookable_day');
		refused({ day: '2026-11-30' }, 'not_bookable_day');
		refused({ day: '2026-12-14', start: '08:15' }, 'no_such_slot');
		refused({ day: '2027-01-18' }, 'not_bookable_day'); // more than 30 days ahead
		expect(() => service.book(request({ serviceId: 999 }))).toThrow(
			expect.objectContaining({ code: 'not_found' })
		);
		expect(service.freeSlots(location, matter, '2026-12-28')).toHaveLength(2);
		// No Monday slots on a public holiday (Easter Monday 2027 is too far; 6 April 2026 passed):
		// the calendar's closure days count too.
		office.change(location, (setup) => {
			setup.insert('calendar_days', { location_id: location, day: '2026-12-14', open: 0 });
			return { changed: true };
		});
		expect(service.freeSlots(location, matter, '2026-12-14')).toEqual([]);
		refused({ day: '2026-12-14' }, 'not_bookable_day');
		expect(count()).toBe(0);
	});

	it('gives every booking still to come a different code', () => {
		start('2026-12-03T10:00:00Z');
		repo.setSchedule(matter, [
			{ weekday: 1, from: '08:00', to: '15:00', slotMinutes: 5, capacity: 50 }
		]);
		const codes = new Set<string>();
		const starts = service.freeSlots(location, matter, '2026-12-07').map((s) => s.start);
		for (let i = 0; i < 300; i++) {
			codes.add(service.book(request({ start: starts[i % starts.length] })).code);
		}
		expect(codes.size).toBe(300);
	});

	it('deletes e-mail and phone a week after the slot, and keeps the booking', () => {
		start('2026-12-03T10:00:00Z');
		const booking = service.book(request({ phone: '+48 600 100 200' }));
		now = Date.parse('2026-12-14T06:59:00Z'); // 7 days after the slot, less a minute
		expect(service.forgetContacts()).toBe(0);
		now = Date.parse('2026-12-14T07:01:00Z');
		expect(service.forgetContacts()).toBe(1);
		expect(service.byToken(booking.viewToken)).toMatchObject({
			email: null,
			phone: null,
			day: '2026-12-07'
		});
		expect(service.forgetContacts()).toBe(0);
	});

	it('keeps them the number of days the office set (OKIENKO_BOOKING_CONTACT_DAYS)', () => {
		start('2026-12-03T10:00:00Z');
		const threeDays = new BookingService(db, office, repo, () => now, undefined, 3);
		threeDays.book(request({ phone: '+48 600 100 200' })); // Monday 7 December 08:00
		now = Date.parse('2026-12-10T06:59:00Z'); // 3 days after the slot, less a minute
		expect(threeDays.forgetContacts()).toBe(0);
		now = Date.parse('2026-12-10T07:01:00Z');
		expect(threeDays.forgetContacts()).toBe(1);
		expect(readConfig({ OKIENKO_BOOKING_CONTACT_DAYS: '3' }).bookingContactDays).toBe(3);
		expect(readConfig({}).bookingContactDays).toBeUndefined();
		for (const bad of ['0', '366', 'tydzień', '7.5']) {
			expect(() => readConfig({ OKIENKO_BOOKING_CONTACT_DAYS: bad })).toThrow(
				/OKIENKO_BOOKING_CONTACT_DAYS/
			);
		}
	});

	it("is run by the app's retention job at start and every hour", () => {
		start('2026-12-03T10:00:00Z');
		const booking = testbed!.app.bookings.book(request({ phone: '600100200' }));
		now = Date.parse('2026-12-15T10:00:00Z');
		const app = testbed!.restart();
		expect(app.bookings.byToken(booking.viewToken)).toMatchObject({ email: null, phone: null });
	});
});
