import { addDays, localTime, parseClock, zonedInstant } from './clock';
import { addWorkingDays, calendarDay, weekdayOf } from './calendar';
import type { OpeningHours, Weekday } from './types';

/**
 * Appointment slots (issue 14): when a matter can be booked, and whether a booking or a check-in
 * is allowed now. Pure: the schedule, the calendar, the counts and the clock come in.
 */

/** One stretch of a weekday's appointments for a matter: "Mondays 08:00–12:00, 20 min, 2 at a time". */
export interface SlotSchedule {
	weekday: Weekday;
	from: string; // HH:MM
	to: string; // HH:MM: the last slot ends by then
	slotMinutes: number;
	/** How many bookings one slot takes (parallel windows serving appointments). */
	capacity: number;
}

export interface BookingPolicy {
	/** The last bookable day: this many calendar days after today (default 30). */
	aheadDays: number;
	/** Working days of notice a booking with a sign-language interpreter needs (default 3). */
	interpreterNoticeDays: number;
	/** Check-in opens this many minutes before the slot (default 15)… */
	checkInEarlyMinutes: number;
	/** …and closes this many minutes after it (default 10): later, a walk-in ticket. */
	checkInGraceMinutes: number;
}

export const DEFAULT_BOOKING_POLICY: BookingPolicy = {
	aheadDays: 30,
	interpreterNoticeDays: 3,
	checkInEarlyMinutes: 15,
	checkInGraceMinutes: 10
};

export interface Slot {
	day: string; // YYYY-MM-DD
	start: string; // HH:MM
	/** The slot's start as an instant (the location's zone, DST included). */
	at: number;
	capacity: number;
}

/**
 * The slots of a day for a matter: none on a day the calendar closes (a holiday, the location's
 * day off, a weekend), else its weekday's stretches cut into slots that end within the stretch.
 * Two stretches that offer the same start add their capacity.
 */
export function slotsOn(
	schedule: readonly SlotSchedule[],
	hours: OpeningHours,
	day: string
): Slot[] {
	if (calendarDay(hours, day).closed !== null) return [];
	const weekday = weekdayOf(day);
	const byStart = new Map<number, number>();
	for (const s of schedule) {
		if (s.weekday !== weekday || s.slotMinutes <= 0 || s.capacity <= 0) continue;
		const end = parseClock(s.to);
		for (let m = parseClock(s.from); m + s.slotMinutes <= end; m += s.slotMinutes) {
			byStart.set(m, (byStart.get(m) ?? 0) + s.capacity);
		}
	}
	const starts = [...byStart.entries()].sort(([a], [b]) => a - b);
	const instant = instantsOn(day, starts[0]?.[0] ?? 0, starts.at(-1)?.[0] ?? 0, hours.timeZone);
	return starts.map(([m, capacity]) => ({ day, start: clockText(m), at: instant(m), capacity }));
}

/** The instants of days' first and last slots, by zone, day and minutes: a fact that never changes. */
const dayEnds = new Map<string, { from: number; to: number }>();
const DAY_ENDS_KEPT = 1024;

/**
 * The instants of a day's wall-clock minutes between `first` and `last`. Reading the zone's offset
 * is the slow part (Intl), and a day's slots share one offset unless a DST change falls between
 * them: when the first and the last are as far apart as their minutes, none does (a day has one
 * change at most), and the rest are counted from the first; otherwise each is read on its own.
 */
function instantsOn(day: string, first: number, last: number, timeZone: string) {
	const key = `${timeZone} ${day} ${first} ${last}`;
	let ends = dayEnds.get(key);
	if (!ends) {
		// Every matter's slots of a day usually share their first and last minutes: read them once.
		if (dayEnds.size >= DAY_ENDS_KEPT) dayEnds.clear();
		ends = { from: zonedInstant(day, first, timeZone), to: zonedInstant(day, last, timeZone) };
		dayEnds.set(key, ends);
	}
	const { from, to } = ends;
	if (to - from === (last - first) * 60_000) return (m: number) => from + (m - first) * 60_000;
	return (m: number) => zonedInstant(day, m, timeZone);
}

const clockText = (m: number) =>
	`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The days a visitor may book: from the next working day (a booking is for another day; today's
 * visitors take a ticket) to `aheadDays` after today; with an interpreter, from the day that
 * leaves `interpreterNoticeDays` working days of notice.
 */
export function bookableDays(
	hours: OpeningHours,
	now: number,
	policy: BookingPolicy,
	interpreter = false
): string[] {
	const today = localTime(now, hours.timeZone).day;
	const first = addWorkingDays(hours, today, interpreter ? policy.interpreterNoticeDays : 1);
	if (first === null) return [];
	const last = addDays(today, policy.aheadDays);
	const days: string[] = [];
	for (let d = first; d <= last; d = addDays(d, 1)) {
		if (calendarDay(hours, d).closed === null) days.push(d);
	}
	return days;
}

export type BookingRefusal =
	| 'not_bookable_day' // outside the bookable days (past, today, too far, closed, too little notice)
	| 'no_such_slot' // the matter has no slot starting then
	| 'slot_full'
	| 'no_interpreter'; // no interpreter available for the whole slot (issue 14, queue/interpreter.ts)

/** May one more booking take this slot? `taken` is how many it already has. */
export function checkBooking(
	slots: readonly Slot[],
	days: readonly string[],
	wanted: { day: string; start: string },
	taken: number
): { ok: true; slot: Slot } | { ok: false; reason: BookingRefusal } {
	if (!days.includes(wanted.day)) return { ok: false, reason: 'not_bookable_day' };
	const slot = slots.find((s) => s.day === wanted.day && s.start === wanted.start);
	if (!slot) return { ok: false, reason: 'no_such_slot' };
	if (taken >= slot.capacity) return { ok: false, reason: 'slot_full' };
	return { ok: true, slot };
}

export type CheckIn =
	| { ok: true }
	| { ok: false; reason: 'too_early'; opensAt: number }
	| { ok: false; reason: 'too_late' };

/**
 * Check-in at the kiosk: from `checkInEarlyMinutes` before the slot until `checkInGraceMinutes`
 * after it. Later, the visitor is told so and offered a walk-in ticket for the same matter.
 */
export function checkIn(slotAt: number, now: number, policy: BookingPolicy): CheckIn {
	const opensAt = slotAt - policy.checkInEarlyMinutes * 60_000;
	if (now < opensAt) return { ok: false, reason: 'too_early', opensAt };
	if (now > slotAt + policy.checkInGraceMinutes * 60_000) return { ok: false, reason: 'too_late' };
	return { ok: true };
}
