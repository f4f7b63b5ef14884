/**
 * The sign-language interpreter's rule (issue 14): a booking with an interpreter lies within the
 * interpreter's week, and fewer such bookings are under way at any moment of its slot than
 * interpreters at once. Back-to-back bookings are not at once.
 */
import { describe, expect, it } from 'vitest';
import {
	busiestMoment,
	interpreterFree,
	interpretersFor,
	slotLength,
	type InterpreterStretch,
	type SlotSchedule
} from '../../../src/lib/server/queue';

const MIN = 60_000;
/** Monday 7 December 2026, 08:00 in Warsaw (CET). */
const MON_8 = Date.parse('2026-12-07T07:00:00Z');

/** Mondays 09:00–12:00, one interpreter; Tuesdays 10:00–12:00, two. */
const WEEK: InterpreterStretch[] = [
	{ weekday: 1, from: '09:00', to: '12:00', capacity: 1 },
	{ weekday: 2, from: '10:00', to: '12:00', capacity: 2 }
];

const slot = (start: string, minutes: number, day = '2026-12-07') => {
	const [h, m] = start.split(':').map(Number) as [number, number];
	const at = MON_8 + ((h - 8) * 60 + m) * MIN + (day === '2026-12-08' ? 24 * 60 * MIN : 0);
	return { day, start, minutes, at, end: at + minutes * MIN };
};
const span = (start: string, minutes: number, day?: string) => {
	const s = slot(start, minutes, day);
	return { at: s.at, end: s.end };
};

describe("the interpreter's availability", () => {
	it('holds a slot only when one stretch of its weekday holds it from start to end', () => {
		expect(interpretersFor(WEEK, '2026-12-07', '09:00', 30)).toBe(1);
		expect(interpretersFor(WEEK, '2026-12-07', '11:30', 30)).toBe(1); // ends at 12:00
		expect(interpretersFor(WEEK, '2026-12-07', '11:45', 30)).toBe(0); // runs past 12:00
		expect(interpretersFor(WEEK, '2026-12-07', '08:45', 30)).toBe(0); // starts before 09:00
		expect(interpretersFor(WEEK, '2026-12-08', '10:00', 30)).toBe(2);
		expect(interpretersFor(WEEK, '2026-12-09', '10:00', 30)).toBe(0); // no Wednesday stretch
		expect(interpretersFor([], '2026-12-07', '10:00', 30)).toBe(0);
	});

	it('counts the bookings under way at once, not all that touch the slot', () => {
		const hour = span('09:00', 60);
		// 09:00–09:20 and 09:20–09:40: back to back, one interpreter walks from one to the next.
		expect(busiestMoment(hour, [span('09:00', 20), span('09:20', 20)])).toBe(1);
		expect(busiestMoment(hour, [span('09:00', 30), span('09:15', 30)])).toBe(2);
		// Outside the slot, or ending as it starts: not counted.
		expect(busiestMoment(hour, [span('08:30', 30), span('10:00', 30)])).toBe(0);
		expect(busiestMoment(hour, [span('08:45', 30)])).toBe(1);
	});

	it('is free below the interpreters at once, within the week', () => {
		expect(interpreterFree(WEEK, slot('09:00', 30), [])).toBe(true);
		expect(interpreterFree(WEEK, slot('09:00', 30), [span('09:00', 30)])).toBe(false);
		expect(interpreterFree(WEEK, slot('09:30', 30), [span('09:00', 30)])).toBe(true);
		// A 20-minute booking of another matter overlaps a 30-minute slot at its end.
		expect(interpreterFree(WEEK, slot('09:00', 30), [span('09:20', 20)])).toBe(false);
		// Two interpreters on Tuesdays: the third booking at once is refused.
		const tue = slot('10:00', 30, '2026-12-08');
		const one = span('10:00', 30, '2026-12-08');
		expect(interpreterFree(WEEK, tue, [one])).toBe(true);
		expect(interpreterFree(WEEK, tue, [one, one])).toBe(false);
		// Outside the week: never, even with no booking at all.
		expect(interpreterFree(WEEK, slot('08:00', 30), [])).toBe(false);
	});
});

describe("a slot's length", () => {
	const SCHEDULE: SlotSchedule[] = [
		{ weekday: 1, from: '08:00', to: '10:00', slotMinutes: 30, capacity: 2 },
		{ weekday: 1, from: '08:00', to: '09:00', slotMinutes: 20, capacity: 1 }
	];
	it('is the longest stretch offering that start on that weekday', () => {
		expect(slotLength(SCHEDULE, '2026-12-07', '08:00')).toBe(30);
		expect(slotLength(SCHEDULE, '2026-12-07', '08:20')).toBe(20);
		expect(slotLength(SCHEDULE, '2026-12-07', '09:30')).toBe(30);
		expect(slotLength(SCHEDULE, '2026-12-07', '09:45')).toBeNull();
		expect(slotLength(SCHEDULE, '2026-12-08', '08:00')).toBeNull();
	});
});
