import { describe, expect, it } from 'vitest';
import {
	bookableDays,
	checkBooking,
	checkIn,
	DEFAULT_BOOKING_POLICY as POLICY,
	slotsOn,
	type CalendarException,
	type OpeningHours,
	type SlotSchedule
} from '../../../src/lib/server/queue';
import { polishHoliday } from '../../../src/lib/server/office/holidays';
import { at, hours } from './builders';

function office(own: Record<string, CalendarException> = {}): OpeningHours {
	return hours({ calendar: { holiday: polishHoliday, exceptions: new Map(Object.entries(own)) } });
}

/** Registry office appointments: Mondays 08:00–10:00 in 30 min, 2 at a time; Thursdays 08:00–09:00. */
const SCHEDULE: SlotSchedule[] = [
	{ weekday: 1, from: '08:00', to: '10:00', slotMinutes: 30, capacity: 2 },
	{ weekday: 4, from: '08:00', to: '09:00', slotMinutes: 20, capacity: 1 }
];

describe('appointment slots', () => {
	it("cut a weekday's stretch into slots that end within it, at instants in the office's zone", () => {
		const monday = slotsOn(SCHEDULE, office(), '2026-12-07');
		expect(monday.map((s) => [s.start, s.capacity])).toEqual([
			['08:00', 2],
			['08:30', 2],
			['09:00', 2],
			['09:30', 2]
		]);
		expect(monday[0]!.at).toBe(at('2026-12-07T07:00Z')); // CET
		// In summer the same wall time is an hour earlier in UTC.
		expect(slotsOn(SCHEDULE, office(), '2026-06-08')[0]!.at).toBe(at('2026-06-08T06:00Z'));
		// 08:00–09:00 in 20 minutes: 08:00, 08:20, 08:40 (08:40 ends at 09:00).
		expect(slotsOn(SCHEDULE, office(), '2026-12-10').map((s) => s.start)).toEqual([
			'08:00',
			'08:20',
			'08:40'
		]);
		expect(slotsOn(SCHEDULE, office(), '2026-12-08')).toEqual([]); // Tuesday: none scheduled
	});

	it('read each instant on its own when a DST change falls between the slots', () => {
		// Summer time starts on 29 March 2026 at 02:00 (to 03:00): an extra working night.
		const night = office({
			'2026-03-29': { open: true, hours: { opens: '00:00', closes: '06:00' }, note: '' }
		});
		const stretch: SlotSchedule[] = [
			{ weekday: 7, from: '01:00', to: '05:00', slotMinutes: 60, capacity: 1 }
		];
		expect(slotsOn(stretch, night, '2026-03-29').map((s) => [s.start, s.at])).toEqual([
			['01:00', at('2026-03-29T00:00Z')], // CET
			['02:00', at('2026-03-29T01:00Z')], // does not exist: an hour later, as clocks show it
			['03:00', at('2026-03-29T01:00Z')], // CEST
			['04:00', at('2026-03-29T02:00Z')]
		]);
	});

	it('add the capacity of overlapping stretches, and skip empty or broken ones', () => {
		const two: SlotSchedule[] = [
			{ weekday: 1, from: '08:00', to: '09:00', slotMinutes: 30, capacity: 1 },
			{ weekday: 1, from: '08:30', to: '09:30', slotMinutes: 30, capacity: 1 },
			{ weekday: 1, from: '10:00', to: '11:00', slotMinutes: 0, capacity: 1 },
			{ weekday: 1, from: '12:00', to: '13:00', slotMinutes: 30, capacity: 0 }
		];
		expect(slotsOn(two, office(), '2026-12-07').map((s) => [s.start, s.capacity])).toEqual([
			['08:00', 1],
			['08:30', 2],
			['09:00', 1]
		]);
	});

	it('are never offered on a holiday or a closure day', () => {
		expect(slotsOn(SCHEDULE, office(), '2026-12-24')).toEqual([]); // Thursday, Christmas Eve
		expect(slotsOn(SCHEDULE, office(), '2027-03-29')).toEqual([]); // Easter Monday
		const own = office({ '2026-12-07': { open: false, note: '' } });
		expect(slotsOn(SCHEDULE, own, '2026-12-07')).toEqual([]);
	});

	it('may be booked from the next working day for 30 days; with an interpreter, 3 working days ahead', () => {
		const now = at('2026-12-18T10:00Z'); // Friday
		const days = bookableDays(office(), now, POLICY);
		expect(days[0]).toBe('2026-12-21');
		expect(days).not.toContain('2026-12-18'); // today: take a ticket
		expect(days).not.toContain('2026-12-24');
		expect(days).not.toContain('2026-12-26');
		expect(days.at(-1)).toBe('2027-01-15'); // 17 January is a Sunday; 16th a Saturday
		expect(days.every((d) => d <= '2027-01-17')).toBe(true);
		// Interpreter: Mon 21, Tue 22, Wed 23 are the notice; the first day is Wednesday 23rd.
		expect(bookableDays(office(), now, POLICY, true)[0]).toBe('2026-12-23');
	});

	it('refuse a day outside the bookable ones, a start the matter does not offer, and a full slot', () => {
		const days = ['2026-12-07'];
		const slots = slotsOn(SCHEDULE, office(), '2026-12-07');
		expect(checkBooking(slots, days, { day: '2026-12-07', start: '08:30' }, 1)).toMatchObject({
			ok: true,
			slot: { start: '08:30' }
		});
		expect(checkBooking(slots, days, { day: '2026-12-07', start: '08:30' }, 2)).toEqual({
			ok: false,
			reason: 'slot_full'
		});
		expect(checkBooking(slots, days, { day: '2026-12-07', start: '08:15' }, 0)).toEqual({
			ok: false,
			reason: 'no_such_slot'
		});
		expect(checkBooking(slots, days, { day: '2026-12-14', start: '08:00' }, 0)).toEqual({
			ok: false,
			reason: 'not_bookable_day'
		});
	});

	it('allow check-in from 15 minutes before the slot to 10 minutes after it', () => {
		const slot = at('2026-12-07T07:00Z');
		expect(checkIn(slot, slot - 16 * 60_000, POLICY)).toEqual({
			ok: false,
			reason: 'too_early',
			opensAt: slot - 15 * 60_000
		});
		expect(checkIn(slot, slot - 15 * 60_000, POLICY)).toEqual({ ok: true });
		expect(checkIn(slot, slot + 10 * 60_000, POLICY)).toEqual({ ok: true });
		expect(checkIn(slot, slot + 10 * 60_000 + 1, POLICY)).toEqual({
			ok: false,
			reason: 'too_late'
		});
	});
});
