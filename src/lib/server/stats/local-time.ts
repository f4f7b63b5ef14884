/**
 * Local time for the statistics: offsets from UTC taken from the ICU data of a time zone. The
 * roll-up (migration 008) keeps its own table of Poland's offsets for SQL; a unit test checks the
 * two agree.
 */
import { wallClock } from '../../shared/wall-clock';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Offset of local time from UTC (ms) at an instant, in a time zone. */
export function utcOffset(at: number, timeZone: string): number {
	const c = wallClock(at, timeZone);
	const local = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
	return local - (at - (at % 1000));
}

/** The local day of an instant, numbered from 1970-01-01 (the roll-up's `day`). */
export function localDayNumber(at: number, timeZone: string): number {
	return Math.floor((at + utcOffset(at, timeZone)) / DAY);
}

/** A day number as YYYY-MM-DD. */
export function dayString(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * The local-time offset over a range as an SQL expression of the column `col`: a CASE over the
 * few stretches of constant offset (a year in Warsaw has three), found day by day and refined to
 * the minute. Numbers only, made here, so it is safe to put in the SQL text.
 */
export function offsetSql(
	range: { from: number; to: number; timeZone: string },
	col: string
): string {
	const offset = (at: number) => utcOffset(at, range.timeZone);
	const stretches: { from: number; offset: number }[] = [
		{ from: range.from, offset: offset(range.from) }
	];
	for (let day = range.from; day < range.to; day += DAY) {
		const end = Math.min(day + DAY, range.to);
		const last = stretches[stretches.length - 1]!;
		if (offset(end - 1) === last.offset) continue;
		// A change within (day, end): find its minute by bisection.
		let lo = day;
		let hi = end - 1;
		while (hi - lo > 60_000) {
			const mid = lo + Math.floor((hi - lo) / 2);
			if (offset(mid) === last.offset) lo = mid;
			else hi = mid;
		}
		stretches.push({ from: hi - (hi % 60_000), offset: offset(hi) });
	}
	if (stretches.length === 1) return String(stretches[0]!.offset);
	const cases = stretches
		.slice(1)
		.map((s, i) => `WHEN ${col} < ${s.from} THEN ${stretches[i]!.offset}`)
		.join(' ');
	return `(CASE ${cases} ELSE ${stretches[stretches.length - 1]!.offset} END)`;
}
