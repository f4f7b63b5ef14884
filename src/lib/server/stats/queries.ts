/**
 * Statistics queries for the managers' reports (the reports themselves are a later task): how long
 * visitors wait, walk to the window and are served, by department, hour of day and weekday, and
 * how many tickets are taken in each hour of each weekday. Read-only; computed in SQL from the
 * append-only event log, the one record of every change (tickets only hold the latest state).
 *
 * Definitions (one visitor can have several intervals: a transfer or a return starts a new wait):
 * - wait: from entering the queue (ticket issued, returned to the queue, or transferred) to the
 *   next call, in the department that called;
 * - walk: from the call (the first announcement, not a recall) to the start of service;
 * - service: from the start of service to its end (finished, transferred or returned), in the
 *   department that served. A visit finished without "start" has no walk and no service time.
 * Intervals are grouped by the department, and by the local hour and weekday (1 = Monday … 7 =
 * Sunday, ISO) at which the interval began. The range selects tickets by their issue time.
 * mean is the arithmetic mean; median and p90 are nearest-rank percentiles (the value at rank
 * ⌈p·n⌉ of the n sorted values), so they are always durations that really occurred.
 * All durations are in milliseconds.
 */
import type { Db } from '../db/open';

export interface StatsRange {
	locationId: number;
	/** First instant of the range (epoch ms, inclusive). */
	from: number;
	/** End of the range (epoch ms, exclusive). */
	to: number;
	/** The location's time zone, for hours and weekdays (e.g. Europe/Warsaw). */
	timeZone: string;
}

export type Measure = 'wait' | 'walk' | 'service';

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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Offset of local time from UTC (ms) at an instant, in a time zone, from the ICU data. */
function utcOffset(at: number, timeZone: string, fmt: Intl.DateTimeFormat): number {
	const p = Object.fromEntries(fmt.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
	const local = Date.UTC(
		Number(p.year),
		Number(p.month) - 1,
		Number(p.day),
		Number(p.hour) % 24,
		Number(p.minute),
		Number(p.second)
	);
	return local - (at - (at % 1000));
}

/**
 * The local-time offset over the range as an SQL expression of the column `col`: a CASE over the
 * few stretches of constant offset (a year in Warsaw has three), found day by day and refined to
 * the minute. Numbers only, made here, so it is safe to put in the SQL text.
 */
export function offsetSql(range: StatsRange, col: string): string {
	const fmt = new Intl.DateTimeFormat('en-GB', {
		timeZone: range.timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	});
	const offset = (at: number) => utcOffset(at, range.timeZone, fmt);
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

/** Local hour (0–23) and ISO weekday (1–7) of the column `col`, as SQL expressions. */
function localParts(range: StatsRange, col: string): { hour: string; weekday: string } {
	const local = `(${col} + ${offsetSql(range, col)})`;
	// 1970-01-01 was a Thursday (ISO 4).
	return {
		hour: `((${local} / ${HOUR}) % 24)`,
		weekday: `(((${local} / ${DAY}) + 3) % 7 + 1)`
	};
}

/** The ids of the first and last ticket issued in the range (ids grow with issue time). */
function ticketSpan(db: Db, range: StatsRange): { first: number; last: number } | null {
	const first = db
		.prepare(
			`SELECT ticket_id FROM events WHERE location_id = ? AND type = 'ticket_issued'
			 AND at >= ? AND at < ? ORDER BY at, id LIMIT 1`
		)
		.pluck()
		.get(range.locationId, range.from, range.to) as number | undefined;
	const last = db
		.prepare(
			`SELECT ticket_id FROM events WHERE location_id = ? AND type = 'ticket_issued'
			 AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT 1`
		)
		.pluck()
		.get(range.locationId, range.from, range.to) as number | undefined;
	return first === undefined || last === undefined ? null : { first, last };
}

/**
 * Every wait, walk and service interval of the tickets issued in the range, as a CTE named
 * `intervals (measure, department_id, service_id, window_id, priority, began, ms)`: the matter
 * and window are those of the call (wait, walk) or of the service. One pass over the tickets' events in the
 * order they happened (index events_stats_ticket, migration 003): each call is paired with the
 * event that put the ticket in the queue, each start with the latest call, each end of service
 * with its start.
 */
const INTERVALS = `
	ev AS (
		SELECT type, at, department_id, service_id, window_id, priority,
			lag(type) OVER w AS prev_type,
			lag(at) OVER w AS prev_at,
			lag(department_id) OVER w AS prev_department,
			lag(service_id) OVER w AS prev_service,
			lag(window_id) OVER w AS prev_window,
			max(CASE WHEN type = 'ticket_called' THEN at END) OVER w AS call_at
		FROM events
		WHERE location_id = @locationId AND ticket_id BETWEEN @first AND @last
		WINDOW w AS (PARTITION BY ticket_id ORDER BY id)
	),
	intervals (measure, department_id, service_id, window_id, priority, began, ms) AS (
		SELECT 'wait', department_id, service_id, window_id, priority, prev_at, at - prev_at FROM ev
		WHERE type = 'ticket_called'
			AND prev_type IN ('ticket_issued', 'ticket_returned', 'ticket_transferred')
		UNION ALL
		SELECT 'walk', department_id, service_id, window_id, priority, call_at, at - call_at FROM ev
		WHERE type = 'service_started' AND call_at IS NOT NULL
		UNION ALL
		SELECT 'service', prev_department, prev_service, prev_window, priority, prev_at, at - prev_at
		FROM ev
		WHERE prev_type = 'service_started'
			AND type IN ('service_finished', 'ticket_transferred', 'ticket_returned')
	)`;

interface Row {
	grp: number | string | null;
	measure: Measure;
	count: number;
	mean: number;
	median: number;
	p90: number;
}

/**
 * mean, median and p90 per measure and group, all in SQL: each interval is ranked within its
 * (measure, group) and the nearest-rank percentiles are read off the ranks.
 */
function durations(db: Db, range: StatsRange, group: (began: string) => string): Row[] {
	const span = ticketSpan(db, range);
	if (!span) return [];
	const sql = `
		WITH ${INTERVALS},
		grouped AS (
			SELECT measure, ${group('began')} AS grp, ms FROM intervals
		),
		ranked AS (
			SELECT measure, grp, ms,
				row_number() OVER (PARTITION BY measure, grp ORDER BY ms) AS rank,
				count(*) OVER (PARTITION BY measure, grp) AS n,
				avg(ms) OVER (PARTITION BY measure, grp) AS mean
			FROM grouped
		)
		SELECT grp, measure, n AS count, mean,
			max(CASE WHEN rank = CAST(ceil(n * 0.5) AS INTEGER) THEN ms END) AS median,
			max(CASE WHEN rank = CAST(ceil(n * 0.9) AS INTEGER) THEN ms END) AS p90
		FROM ranked
		WHERE rank IN (CAST(ceil(n * 0.5) AS INTEGER), CAST(ceil(n * 0.9) AS INTEGER))
		GROUP BY measure, grp
		ORDER BY grp, measure`;
	return db.prepare(sql).all({ locationId: range.locationId, ...span }) as Row[];
}

const strip = ({ measure, count, mean, median, p90 }: Row): DurationStats => ({
	measure,
	count,
	mean,
	median,
	p90
});

/** Wait, walk and service per department. */
export function durationsByDepartment(db: Db, range: StatsRange): ByDepartment[] {
	return durations(db, range, () => 'department_id').map((r) => ({
		departmentId: r.grp as number,
		...strip(r)
	}));
}

/** Wait, walk and service by the local hour at which each interval began. */
export function durationsByHour(db: Db, range: StatsRange): ByHour[] {
	return durations(db, range, (col) => localParts(range, col).hour).map((r) => ({
		hour: r.grp as number,
		...strip(r)
	}));
}

/** Wait, walk and service by the local weekday on which each interval began. */
export function durationsByWeekday(db: Db, range: StatsRange): ByWeekday[] {
	return durations(db, range, (col) => localParts(range, col).weekday).map((r) => ({
		weekday: r.grp as number,
		...strip(r)
	}));
}

/** Tickets issued in each local hour of each weekday (only cells with tickets). */
export function ticketHeatmap(db: Db, range: StatsRange): HeatmapCell[] {
	const { hour, weekday } = localParts(range, 'at');
	return db
		.prepare(
			`SELECT ${weekday} AS weekday, ${hour} AS hour, count(*) AS tickets FROM events
			 WHERE location_id = ? AND type = 'ticket_issued' AND at >= ? AND at < ?
			 GROUP BY 1, 2 ORDER BY 1, 2`
		)
		.all(range.locationId, range.from, range.to) as HeatmapCell[];
}

/** Wait, walk and service over the whole range, all departments together. */
export function durationsOverall(db: Db, range: StatsRange): DurationStats[] {
	return durations(db, range, () => '0').map(strip);
}

/** Wait, walk and service per window (of the call, or of the service). */
export function durationsByWindow(
	db: Db,
	range: StatsRange
): (DurationStats & { windowId: number })[] {
	return durations(db, range, () => 'window_id').map((r) => ({
		windowId: r.grp as number,
		...strip(r)
	}));
}

/** Wait, walk and service per out-of-turn group (SR-01); `null` is an ordinary ticket. */
export function durationsByPriority(
	db: Db,
	range: StatsRange
): (DurationStats & { priority: string | null })[] {
	return durations(db, range, () => 'priority').map((r) => ({
		priority: r.grp as string | null,
		...strip(r)
	}));
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
	const span = ticketSpan(db, range);
	if (!span) return [];
	return db
		.prepare(
			`WITH ${INTERVALS}
			 SELECT i.service_id AS serviceId, count(*) AS calls,
				sum(i.ms <= s.wait_target_minutes * 60000) AS withinTarget,
				s.wait_target_minutes AS targetMinutes, s.wait_target_share AS targetShare
			 FROM intervals i JOIN services s ON s.id = i.service_id
			 WHERE i.measure = 'wait' GROUP BY i.service_id ORDER BY i.service_id`
		)
		.all({ locationId: range.locationId, ...span }) as ServiceLevel[];
}

export interface VisitRates {
	tickets: number;
	noShows: number;
	transfers: number;
	cancelled: number;
}

/** Tickets issued in the range, and how many of them ended as no-shows, were transferred, cancelled. */
export function visitRates(db: Db, range: StatsRange): VisitRates {
	const span = ticketSpan(db, range);
	if (!span) return { tickets: 0, noShows: 0, transfers: 0, cancelled: 0 };
	return db
		.prepare(
			`SELECT sum(type = 'ticket_issued') AS tickets, sum(type = 'ticket_no_show') AS noShows,
				sum(type = 'ticket_transferred') AS transfers, sum(type = 'ticket_cancelled') AS cancelled
			 FROM events WHERE location_id = @locationId AND ticket_id BETWEEN @first AND @last`
		)
		.get({ locationId: range.locationId, ...span }) as VisitRates;
}
