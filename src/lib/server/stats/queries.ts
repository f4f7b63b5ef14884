/**
 * Statistics for the managers' reports: how long visitors wait, walk to the window and are
 * served, by department, matter, window, clerk, priority group, hour of day and weekday; service
 * levels, no-shows and transfers; tickets by hour × weekday; the queue length over the day.
 * Read-only, from the roll-up that triggers write beside the append-only event log (migration
 * 008), so a year answers in milliseconds; the event log stays the one record of every change.
 *
 * Definitions (one visitor can have several intervals: a transfer or a return starts a new wait):
 * - wait: from entering the queue (ticket issued, returned to the queue, or transferred) to the
 *   next call, in the department, matter and window that called;
 * - walk: from the latest call (not a recall) to the start of service;
 * - service: from the start of service to its end (finished, transferred or returned), in the
 *   department, matter and window that served. A visit finished without "start" has no walk and
 *   no service time.
 * Hours and weekdays (1 = Monday … 7 = Sunday, ISO) are local, of the moment the interval began.
 * The range selects tickets by their issue day (whole office days); their intervals count even
 * when they end later.
 * mean is the arithmetic mean; median and p90 are nearest-rank percentiles (the value at rank
 * ⌈p·n⌉ of the n sorted values), so they are always durations that really occurred.
 * All durations are in milliseconds.
 */
import type { Db } from '../db/open';
import { waitTargets } from '../office/repository';
import {
	PRIORITY_CODES,
	binCounts,
	daySpan,
	durationStats,
	scoped,
	waitsWithin,
	type Dimension,
	type Measure,
	type Stats
} from './rollup';

export { offsetSql } from './local-time';
export type { Measure } from './rollup';

export interface StatsRange {
	locationId: number;
	/** First instant of the range (epoch ms, inclusive): a local midnight. */
	from: number;
	/** End of the range (epoch ms, exclusive): a local midnight. */
	to: number;
	/** The location's time zone, for days, hours and weekdays (e.g. Europe/Warsaw). */
	timeZone: string;
	/**
	 * Only these departments' tickets, intervals and visits (a manager's own); every report
	 * honours it (rollup.ts `scoped`). Absent: the whole location.
	 */
	departmentIds?: readonly number[];
}

export interface DurationStats {
	measure: Measure;
	count: number;
	mean: number;
	median: number;
	p90: number;
}

export interface ByDepartment extends DurationStats {
	departmentId: number;
}
export interface ByHour extends DurationStats {
	/** Local hour of day, 0–23. */
	hour: number;
}
export interface ByWeekday extends DurationStats {
	/** ISO weekday: 1 = Monday … 7 = Sunday. */
	weekday: number;
}
export interface HeatmapCell {
	weekday: number;
	hour: number;
	tickets: number;
}

const strip = ({ measure, count, mean, median, p90 }: Stats): DurationStats => ({
	measure,
	count,
	mean,
	median,
	p90
});

/** Rows in the order the event-log queries gave them: by group, then measure name. */
function by(db: Db, range: StatsRange, dimension: Dimension): Stats[] {
	return durationStats(db, daySpan(range), dimension).sort(
		(a, b) => a.key - b.key || a.measure.localeCompare(b.measure)
	);
}

/** Wait, walk and service per department. */
export function durationsByDepartment(db: Db, range: StatsRange): ByDepartment[] {
	return by(db, range, 'department').map((r) => ({ departmentId: r.key, ...strip(r) }));
}

/** Wait, walk and service per matter (of the call, or of the service). */
export function durationsByService(
	db: Db,
	range: StatsRange
): (DurationStats & { serviceId: number })[] {
	return by(db, range, 'service').map((r) => ({ serviceId: r.key, ...strip(r) }));
}

/** Wait, walk and service by the local hour at which each interval began. */
export function durationsByHour(db: Db, range: StatsRange): ByHour[] {
	return by(db, range, 'hour').map((r) => ({ hour: r.key, ...strip(r) }));
}

/** Wait, walk and service by the local weekday on which each interval began. */
export function durationsByWeekday(db: Db, range: StatsRange): ByWeekday[] {
	return by(db, range, 'weekday').map((r) => ({ weekday: r.key, ...strip(r) }));
}

/** Wait, walk and service over the whole range, all departments together. */
export function durationsOverall(db: Db, range: StatsRange): DurationStats[] {
	return by(db, range, 'all').map(strip);
}

/** Wait, walk and service per window (of the call, or of the service). */
export function durationsByWindow(
	db: Db,
	range: StatsRange
): (DurationStats & { windowId: number })[] {
	return by(db, range, 'window').map((r) => ({ windowId: r.key, ...strip(r) }));
}

/**
 * Wait, walk and service per clerk: the staff member who called (wait, walk from the start's
 * event) or who started the service. `null`: events recorded without a staff account.
 */
export function durationsByStaff(
	db: Db,
	range: StatsRange
): (DurationStats & { staffId: number | null })[] {
	return by(db, range, 'staff').map((r) => ({ staffId: r.key === 0 ? null : r.key, ...strip(r) }));
}

/** Wait, walk and service per out-of-turn group (SR-01); `null` is an ordinary ticket. */
export function durationsByPriority(
	db: Db,
	range: StatsRange
): (DurationStats & { priority: string | null })[] {
	return by(db, range, 'priority')
		.map((r) => ({ priority: PRIORITY_CODES[r.key] ?? null, ...strip(r) }))
		.sort(
			(a, b) =>
				(a.priority ?? '').localeCompare(b.priority ?? '') || a.measure.localeCompare(b.measure)
		);
}

/** Tickets issued in each local hour of each weekday (only cells with tickets). */
export function ticketHeatmap(db: Db, range: StatsRange): HeatmapCell[] {
	const { where, params } = scoped(daySpan(range));
	return db
		.prepare(
			`SELECT (day + 3) % 7 + 1 AS weekday, slot / 4 AS hour, sum(issued) AS tickets
			 FROM stats_slots WHERE location_id = @loc AND day BETWEEN @first AND @last ${where}
			 GROUP BY 1, 2 HAVING sum(issued) > 0 ORDER BY 1, 2`
		)
		.all(params) as HeatmapCell[];
}

export interface ServiceLevel {
	serviceId: number;
	/** Calls whose wait ended in the range of tickets, and how many were within the target. */
	calls: number;
	withinTarget: number;
	targetMinutes: number;
	targetShare: number;
}

/** Per matter: the share of waits within its target (e.g. 80 % called within 15 minutes). */
export function serviceLevels(db: Db, range: StatsRange): ServiceLevel[] {
	const span = daySpan(range);
	const classes = binCounts(db, span, 'service').filter((r) => r.measure === 0);
	const calls = new Map<number, number>();
	for (const r of classes) calls.set(r.key, (calls.get(r.key) ?? 0) + r.n);
	return waitTargets(db, range.locationId)
		.filter((s) => calls.has(s.serviceId))
		.sort((a, b) => a.serviceId - b.serviceId)
		.map((s) => ({
			serviceId: s.serviceId,
			calls: calls.get(s.serviceId)!,
			withinTarget: waitsWithin(db, span, classes, s.serviceId, s.minutes * 60_000),
			targetMinutes: s.minutes,
			targetShare: s.share
		}));
}

export interface VisitRates {
	tickets: number;
	noShows: number;
	transfers: number;
	cancelled: number;
	/** Tickets a clerk called by choice though another was next (issue 12). */
	outOfOrder: number;
	/** Not served: still waiting when the office closed (migration 017). */
	closed: number;
}

/**
 * Tickets issued in the range, and how many of them ended as no-shows, were transferred, cancelled,
 * or were not served because the office closed.
 * Restricted to departments: tickets issued to them, no-shows and cancellations there, transfers
 * out of them.
 */
export function visitRates(db: Db, range: StatsRange): VisitRates {
	const { where, params } = scoped(daySpan(range));
	const tickets = db
		.prepare(
			`SELECT coalesce(sum(issued), 0) FROM stats_slots
			 WHERE location_id = @loc AND day BETWEEN @first AND @last ${where}`
		)
		.pluck()
		.get(params) as number;
	const rest = db
		.prepare(
			`SELECT coalesce(sum(no_shows), 0) AS noShows, coalesce(sum(transfers), 0) AS transfers,
				coalesce(sum(cancelled), 0) AS cancelled, coalesce(sum(out_of_order), 0) AS outOfOrder
			 FROM stats_visits WHERE location_id = @loc AND day BETWEEN @first AND @last ${where}`
		)
		.get(params) as Omit<VisitRates, 'tickets' | 'closed'>;
	const closed = db
		.prepare(
			`SELECT coalesce(sum(closed), 0) FROM stats_closed
			 WHERE location_id = @loc AND day BETWEEN @first AND @last ${where}`
		)
		.pluck()
		.get(params) as number;
	return { tickets, ...rest, closed };
}
