import { addDays, localTime, parseClock, zonedInstant } from './clock';
import type { DayHours, OpeningHours, Weekday } from './types';

/**
 * The office's calendar: which days it sees clients and when. One answer for the kiosk (closed on
 * a holiday, and when it opens next), the end of the day, appointment slots and inquiry deadlines
 * ("N working days after"). A location's own day (a closure day given back for a holiday that fell
 * on a Saturday, or an extra working day) wins over the public holidays, which win over the week.
 */

/** Why a day is closed, or null when the office works that day. */
export type ClosedBecause = 'weekly' | 'holiday' | 'closure';

export interface CalendarDay {
	day: string; // YYYY-MM-DD
	weekday: Weekday;
	/** Hours that day; null when closed. */
	hours: DayHours | null;
	closed: ClosedBecause | null;
	/** The holiday's name or the location's note for the day, if any. */
	note: string | null;
}

/** The weekday of a calendar day (1 = Monday … 7 = Sunday); no time zone involved. */
export function weekdayOf(day: string): Weekday {
	const d = new Date(`${day}T00:00:00Z`).getUTCDay();
	return (d === 0 ? 7 : d) as Weekday;
}

/** What the calendar says of one day. */
export function calendarDay(hours: OpeningHours, day: string): CalendarDay {
	const weekday = weekdayOf(day);
	const own = hours.calendar?.exceptions.get(day);
	if (own) {
		return own.open
			? { day, weekday, hours: own.hours, closed: null, note: own.note || null }
			: { day, weekday, hours: null, closed: 'closure', note: own.note || null };
	}
	const holiday = hours.calendar?.holiday(day) ?? null;
	if (holiday !== null) return { day, weekday, hours: null, closed: 'holiday', note: holiday };
	const week = hours.week[weekday] ?? null;
	return { day, weekday, hours: week, closed: week ? null : 'weekly', note: null };
}

/** The hours of a day, or null when the office is closed that day. */
export function hoursOn(hours: OpeningHours, day: string): DayHours | null {
	return calendarDay(hours, day).hours;
}

/** Is the office open (between opening and closing of a working day) at an instant? */
export function isOpen(hours: OpeningHours, at: number): boolean {
	const now = localTime(at, hours.timeZone);
	const today = hoursOn(hours, now.day);
	return (
		today !== null &&
		now.minutes >= parseClock(today.opens) &&
		now.minutes < parseClock(today.closes)
	);
}

/**
 * How far ahead the calendar looks for a working day. Why a bound: a location set up with no
 * working day at all must answer "none", not loop; a year covers any run of closed days an office
 * really has (the longest in Poland is a few days around Christmas or Easter).
 */
export const CALENDAR_HORIZON_DAYS = 366;

/**
 * The `n`th working day after `day` (n ≥ 1), e.g. an inquiry taken on Friday and answered "within
 * 3 working days" is due by the end of Wednesday, or later when a holiday falls between. Null if
 * the calendar has no such day within its horizon.
 */
export function addWorkingDays(hours: OpeningHours, day: string, n: number): string | null {
	let left = n;
	for (let ahead = 1; ahead <= CALENDAR_HORIZON_DAYS; ahead++) {
		const next = addDays(day, ahead);
		if (hoursOn(hours, next) !== null && --left <= 0) return next;
	}
	return null;
}

/** The end of a working day as an instant (its closing time in the location's zone). */
export function closingInstant(hours: OpeningHours, day: string): number | null {
	const h = hoursOn(hours, day);
	return h ? zonedInstant(day, parseClock(h.closes), hours.timeZone) : null;
}

/** When the office opens next: its local day and time, and the instant. */
export interface NextOpening {
	day: string; // YYYY-MM-DD in the location's time zone
	weekday: Weekday;
	opens: string; // HH:MM
	at: number;
}

/**
 * The next opening after `at`: today's if the office has not opened yet, else the first working
 * day after (holidays and the location's closure days skipped, its extra working days counted).
 * Null when the location is closed (mode) or has no working day within the calendar's horizon.
 * The instant is computed in the location's zone, so an opening after a DST change is at the
 * right hour.
 */
export function nextOpening(hours: OpeningHours, at: number): NextOpening | null {
	if (hours.mode === 'closed') return null;
	const now = localTime(at, hours.timeZone);
	for (let ahead = 0; ahead <= CALENDAR_HORIZON_DAYS; ahead++) {
		const day = addDays(now.day, ahead);
		const open = hoursOn(hours, day);
		if (!open) continue;
		const opens = parseClock(open.opens);
		if (ahead === 0 && now.minutes >= opens) continue;
		return {
			day,
			weekday: weekdayOf(day),
			opens: open.opens,
			at: zonedInstant(day, opens, hours.timeZone)
		};
	}
	return null;
}
