import { wallClock } from '../../shared/wall-clock';
import type { Weekday } from './types';

/** Wall-clock facts of an instant in a time zone: the office day, weekday and minute of day. */
export interface LocalTime {
	day: string; // YYYY-MM-DD
	weekday: Weekday; // 1 = Monday … 7 = Sunday
	minutes: number; // minutes since local midnight
}

/**
 * The last answer per zone, by minute: the answer has a minute's resolution and zones' offsets
 * are whole minutes, so every instant of one minute has the same answer. formatToParts is slow
 * next to the rest of the rules, and issuing a ticket asks twice.
 */
const lastAnswers = new Map<string, { minute: number; answer: LocalTime }>();

/** Deterministic for a given instant and zone; Warsaw's DST changes are handled by ICU. */
export function localTime(at: number, timeZone: string): LocalTime {
	const minute = Math.floor(at / 60_000);
	const last = lastAnswers.get(timeZone);
	if (last?.minute === minute) return { ...last.answer };
	const answer = computeLocalTime(at, timeZone);
	lastAnswers.set(timeZone, { minute, answer: { ...answer } });
	return answer;
}

function computeLocalTime(at: number, timeZone: string): LocalTime {
	const c = wallClock(at, timeZone);
	const two = (n: number) => String(n).padStart(2, '0');
	return {
		day: `${c.year}-${two(c.month)}-${two(c.day)}`,
		weekday: c.weekday,
		minutes: c.hour * 60 + c.minute
	};
}

/** "HH:MM" → minutes since midnight; "24:00" is allowed as the end of a day. */
export function parseClock(hhmm: string): number {
	const m = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/.exec(hhmm);
	if (!m) throw new RangeError(`"${hhmm}" is not a time of day (HH:MM)`);
	return m[1] === undefined ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

/** A calendar day plus `n` days (YYYY-MM-DD; calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock of `timeZone` shows `minutes` past midnight of `day`. The
 * zone's offset is read at a first guess and read again at the answer, which settles it on either
 * side of a DST change. A wall time that does not exist (02:30 on the last Sunday of March in
 * Warsaw) comes out an hour later, as clocks show it.
 */
export function zonedInstant(day: string, minutes: number, timeZone: string): number {
	const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
	const offsetAt = (instant: number) => {
		const local = localTime(instant, timeZone);
		return Date.parse(`${local.day}T00:00:00Z`) + local.minutes * 60_000 - instant;
	};
	const guess = wall - offsetAt(wall);
	return wall - offsetAt(guess);
}
