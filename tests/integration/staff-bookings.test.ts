/**
 * Booking with an interpreter and booking for a client on the phone, on a real SQLite file
 * (issue 14): a booking with an interpreter needs the interpreter available and free for its whole
 * slot (other matters' bookings included); a clerk's booking names the clerk; moving keeps the code
 * and frees the old place; every staff change is audited without the client's contact data.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import type { Principal } from '../../src/lib/server/auth/guard';
import type { BookingRequest } from '../../src/lib/server/desk/bookings';
import { staffBookingsOf, type StaffActor } from '../../src/lib/server/desk/staff-bookings';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import {
	departmentA,
	matter as matterSeed,
	MONDAY_9,
	testOffice,
	WEEKDAYS_0730_1530
} from '../support/test-office';

let testbed: TestApp | null = null;
let app: App;
let location: number;
let a1: number;
let a2: number;
let clerk: StaffActor;

function start() {
	testbed = testApp({
		seed: testOffice({
			location: { week: WEEKDAYS_0730_1530 },
			departments: [departmentA(matterSeed('A1'), matterSeed('A2'))],
			windows: { '1': ['A1', 'A2'] }
		}),
		clock: () => MONDAY_9
	});
	app = testbed.app;
	const ids = idsOf(app);
	location = ids.location;
	a1 = ids.service('A1');
	a2 = ids.service('A2');
	const add = app.db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '09:00', '11:00', ?, ?)`
	);
	for (const weekday of [1, 2, 3, 4, 5]) {
		add.run(a1, weekday, 30, 2); // A1: 30 minutes, two at a time
		add.run(a2, weekday, 20, 1); // A2: 20 minutes, one at a time
	}
	const staffId = app.db
		.prepare(
			`INSERT INTO staff (login, first_name, last_name, role, password_hash, created_at, password_changed_at)
			 VALUES ('urzednik', 'Jan', 'Kowalski', 'clerk', 'x', 0, 0)`
		)
		.run().lastInsertRowid as number;
	const principal: Principal = {
		roles: ['clerk'],
		label: 'Jan Kowalski',
		staff: { id: staffId, role: 'clerk', departmentIds: [ids.department('A')], sessionId: 'x' }
	};
	clerk = { principal, ip: '10.0.0.5' };
}

afterEach(() => {
	testbed?.close();
	testbed = null;
});

/** Thursday 26 November: the first day with the 3 working days' notice from Monday the 23rd. */
const THU = '2026-11-26';
const TUE = '2026-11-24';
const request = (over: Partial<BookingRequest> = {}): BookingRequest => ({
	locationId: location,
	serviceId: a1,
	day: THU,
	start: '09:00',
	lang: 'pl',
	email: 'anna@example.pl',
	phone: '+48 600 100 200',
	interpreter: true,
	accessible: false,
	bookedBy: null,
	...over
});
const count = () => app.db.prepare('SELECT count(*) FROM bookings').pluck().get();
const refusal = (reason: string) =>
	expect.objectContaining({ code: 'booking_refused', params: { reason } });
const interpreterHours = (from: string, to: string, capacity = 1) =>
	app.bookings.settings.addInterpreterStretch(location, { weekday: 4, from, to, capacity });
const free = (serviceId: number, interpreter: boolean, day = THU) =>
	app.bookings.freeSlots(location, serviceId, day, interpreter).map((s) => [s.start, s.free]);

describe('a booking with a sign-language interpreter', () => {
	it('is refused without the interpreter available, and nothing is written', () => {
		start();
		expect(free(a1, true).every(([, n]) => n === 0)).toBe(true);
		expect(() => app.bookings.book(request())).toThrow(refusal('no_interpreter'));
		expect(count()).toBe(0);
		// Without an interpreter the same slot is free.
		expect(app.bookings.book(request({ interpreter: false })).state).toBe('booked');
	});

	it("takes the interpreter for the whole slot, across matters, up to the interpreters' number", () => {
		start();
		interpreterHours('09:00', '10:00');
		expect(free(a1, true)).toEqual([
			['09:00', 2],
			['09:30', 2],
			['10:00', 0], // beyond the interpreter's hours
			['10:30', 0]
		]);
		app.bookings.book(request()); // A1 09:00–09:30 with the interpreter
		expect(free(a1, true).slice(0, 2)).toEqual([
			['09:00', 0], // a place is left, but not the interpreter
			['09:30', 2]
		]);
		// A2 09:20–09:40 overlaps it: refused; A2 09:40–10:00 does not.
		expect(free(a2, true).slice(0, 3)).toEqual([
			['09:00', 0],
			['09:20', 0],
			['09:40', 1]
		]);
		expect(() => app.bookings.book(request({ serviceId: a2, start: '09:20' }))).toThrow(
			refusal('no_interpreter')
		);
		app.bookings.book(request({ serviceId: a2, start: '09:40' }));
		// Now 09:30–10:00 of A1 overlaps A2's 09:40: the interpreter is busy.
		expect(() => app.bookings.book(request({ start: '09:30' }))).toThrow(refusal('no_interpreter'));
		expect(count()).toBe(2);
		// Without an interpreter the second place of A1 09:00 is still there.
		app.bookings.book(request({ interpreter: false }));
		// A cancelled booking frees the interpreter at once.
		const first = app.db
			.prepare('SELECT view_token FROM bookings ORDER BY id LIMIT 1')
			.pluck()
			.get();
		app.bookings.cancel(first as string);
		expect(free(a1, true)[0]).toEqual(['09:00', 1]);
	});

	it('with two interpreters, a third booking at once is refused', () => {
		start();
		interpreterHours('09:00', '10:00', 2);
		app.bookings.book(request());
		app.bookings.book(request({ serviceId: a2 }));
		expect(() => app.bookings.book(request({ serviceId: a1 }))).toThrow(refusal('no_interpreter'));
	});

	it('needs the working days of notice the location sets', () => {
		start();
		interpreterHours('09:00', '10:00');
		// Wednesday leaves only 2 working days' notice.
		expect(() => app.bookings.book(request({ day: '2026-11-25' }))).toThrow(
			refusal('not_bookable_day')
		);
		app.bookings.settings.savePolicy(location, {
			aheadDays: 30,
			interpreterNoticeDays: 4,
			checkInEarlyMinutes: 15,
			checkInGraceMinutes: 10
		});
		expect(() => app.bookings.book(request())).toThrow(refusal('not_bookable_day'));
		expect(count()).toBe(0);
	});
});

describe('booking for a client on the phone', () => {
	it('names the clerk, moves keeping the code and freeing the old place, cancels; all audited', () => {
		start();
		const desk = staffBookingsOf(app);
		const booked = desk.book(clerk, {
			...request({ serviceId: a2, day: TUE, interpreter: false })
		});
		expect(booked).toMatchObject({ bookedBy: clerk.principal.staff!.id, state: 'booked' });
		expect(free(a2, false, TUE).slice(0, 2)).toEqual([
			['09:00', 0],
			['09:20', 1]
		]);

		const moved = desk.move(clerk, booked.id, { day: TUE, start: '09:20' });
		expect(moved).toMatchObject({ code: booked.code, viewToken: booked.viewToken, start: '09:20' });
		expect(moved.endsAt).toBe(moved.slotAt + 20 * 60_000);
		expect(free(a2, false, TUE).slice(0, 2)).toEqual([
			['09:00', 1],
			['09:20', 0]
		]);
		expect(desk.byCode(location, booked.code)?.id).toBe(booked.id);

		// A full slot or a day that cannot be booked: refused, the booking stays where it was.
		const other = app.bookings.book(
			request({ serviceId: a2, day: TUE, start: '09:40', interpreter: false })
		);
		expect(() => desk.move(clerk, booked.id, { day: TUE, start: '09:40' })).toThrow(
			refusal('slot_full')
		);
		expect(() => desk.move(clerk, booked.id, { day: '2026-11-23', start: '09:00' })).toThrow(
			refusal('not_bookable_day')
		);
		expect(desk.byId(booked.id)).toMatchObject({ day: TUE, start: '09:20' });

		const cancelled = desk.cancel(clerk, booked.id);
		expect(cancelled.state).toBe('cancelled');
		expect(() => desk.cancel(clerk, booked.id)).toThrow(
			expect.objectContaining({ code: 'invalid_state' })
		);
		expect(() => desk.move(clerk, booked.id, { day: TUE, start: '09:00' })).toThrow(
			expect.objectContaining({ code: 'invalid_state' })
		);
		expect(desk.ofDay(location, TUE).map((b) => [b.start, b.state])).toEqual([
			['09:20', 'cancelled'],
			['09:40', 'booked']
		]);
		expect(other.bookedBy).toBeNull();

		const log = app.db
			.prepare(
				"SELECT action, subject, actor_id AS actor, ip, detail_json AS detail FROM audit_log WHERE action LIKE 'booking.%' ORDER BY id"
			)
			.all() as { action: string; subject: string; actor: number; ip: string; detail: string }[];
		expect(log.map((a) => a.action)).toEqual(['booking.create', 'booking.move', 'booking.cancel']);
		for (const a of log) {
			expect(a).toMatchObject({
				subject: `booking:${booked.id}`,
				actor: clerk.principal.staff!.id,
				ip: '10.0.0.5'
			});
			// Never the client's contact data in the log.
			expect(a.detail).not.toMatch(/anna@|600 100/);
		}
		expect(JSON.parse(log[1]!.detail)).toEqual({
			code: booked.code,
			day: { before: TUE, after: TUE },
			start: { before: '09:00', after: '09:20' }
		});
	});

	it('moves a booking with an interpreter only to a slot with the interpreter free', () => {
		start();
		interpreterHours('09:00', '10:00');
		const desk = staffBookingsOf(app);
		const mine = desk.book(clerk, request());
		app.bookings.book(request({ serviceId: a2, start: '09:40' }));
		// 09:30–10:00 overlaps the other booking's interpreter; 10:00 is beyond the hours.
		expect(() => desk.move(clerk, mine.id, { day: THU, start: '09:30' })).toThrow(
			refusal('no_interpreter')
		);
		expect(() => desk.move(clerk, mine.id, { day: THU, start: '10:00' })).toThrow(
			refusal('no_interpreter')
		);
		// Its own time does not count against it: A1 also has 20-minute slots on Thursdays, and
		// 09:20–09:40 overlaps its own 09:00–09:30, which it leaves.
		app.db
			.prepare(
				`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
				 VALUES (?, 4, '09:00', '10:00', 20, 1)`
			)
			.run(a1);
		app.db.prepare("UPDATE bookings SET state = 'cancelled' WHERE service_id = ?").run(a2);
		expect(desk.move(clerk, mine.id, { day: THU, start: '09:20' }).start).toBe('09:20');
		expect(desk.interpreterDiary(location, MONDAY_9).map((b) => [b.day, b.start])).toEqual([
			[THU, '09:20']
		]);
	});
});
