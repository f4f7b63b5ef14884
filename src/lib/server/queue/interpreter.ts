import { parseClock } from './clock';
import { weekdayOf } from './calendar';
import type { SlotSchedule } from './slots';
import type { Weekday } from './types';

/**
 * The sign-language (PJM) interpreter (issue 14): a booking that asks for one needs the
 * interpreter available for its whole slot, and fewer bookings with an interpreter at any moment
 * of it than interpreters at once. Pure: the week, the bookings and the slot come in.
 */

/** One stretch of the interpreter's week: "Tuesdays 10:00–14:00, 1 at a time". */
export interface InterpreterStretch {
	weekday: Weekday;
	from: string; // HH:MM
	to: string; // HH:MM
	/** How many interpreters at once (default 1). */
	capacity: number;
}

/** A stretch of time as instants: [at, end). */
export interface Span {
	at: number;
	end: number;
}

/**
 * How many minutes a matter's slot starting at `start` on `day` lasts: the longest stretch of
 * that weekday that offers this start (slotsOn merges stretches that offer the same start).
 * Null when no stretch offers it.
 */
export function slotLength(
	schedule: readonly SlotSchedule[],
	day: string,
	start: string
): number | null {
	const weekday = weekdayOf(day);
	const m = parseClock(start);
	let longest: number | null = null;
	for (const s of schedule) {
		if (s.weekday !== weekday || s.slotMinutes <= 0) continue;
		const from = parseClock(s.from);
		const fits =
			m >= from && (m - from) % s.slotMinutes === 0 && m + s.slotMinutes <= parseClock(s.to);
		if (fits && (longest === null || s.slotMinutes > longest)) longest = s.slotMinutes;
	}
	return longest;
}

/**
 * How many interpreters the week offers for the whole of a slot (wall-clock minutes of its day):
 * the largest capacity among the stretches that hold it from start to end; 0 when none does.
 */
export function interpretersFor(
	week: readonly InterpreterStretch[],
	day: string,
	start: string,
	minutes: number
): number {
	const weekday = weekdayOf(day);
	const from = parseClock(start);
	let most = 0;
	for (const s of week) {
		if (s.weekday !== weekday) continue;
		if (parseClock(s.from) <= from && from + minutes <= parseClock(s.to)) {
			most = Math.max(most, s.capacity);
		}
	}
	return most;
}

/**
 * The most bookings with an interpreter under way at one moment of `slot`. Bookings that only
 * touch it (one ends as the slot starts) do not count: the interpreter walks from one to the next.
 */
export function busiestMoment(slot: Span, booked: readonly Span[]): number {
	const edges: [number, number][] = [];
	for (const b of booked) {
		if (b.at >= slot.end || b.end <= slot.at) continue;
		edges.push([Math.max(b.at, slot.at), 1], [Math.min(b.end, slot.end), -1]);
	}
	// At one instant, ends before starts: back-to-back bookings are not at once.
	edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let now = 0;
	let most = 0;
	for (const [, d] of edges) {
		now += d;
		most = Math.max(most, now);
	}
	return most;
}

/** May one more booking with an interpreter take this slot? */
export function interpreterFree(
	week: readonly InterpreterStretch[],
	slot: { day: string; start: string; minutes: number } & Span,
	booked: readonly Span[]
): boolean {
	const capacity = interpretersFor(week, slot.day, slot.start, slot.minutes);
	return capacity > 0 && busiestMoment(slot, booked) < capacity;
}
