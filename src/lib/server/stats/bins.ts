/**
 * Brings the statistics' summary rows (stats_bins and stats_department_bins: counts and sums per
 * duration class, per day and per block of 32 days, for every breakdown) up to date with
 * stats_interval (migration 010). They used to be written by triggers inside each clerk's
 * command; now `catchUpBins` adds the intervals written since the last time, in one transaction:
 * before every report (rollup.ts), and in small batches shortly after commands (app.ts), so the
 * backlog stays small and a report never waits for much.
 */
import type { Db } from '../db/open';
import { log } from '../log';

/** The same grouping the triggers of migrations 008 and 009 did, over a range of intervals. */
const BREAKDOWN = `
	FROM stats_interval i,
		(SELECT 0 AS dim UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
			UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) d,
		(SELECT 0 AS level UNION ALL SELECT 1) l
	WHERE i.id > @from AND i.id <= @to`;
const PERIOD = 'CASE l.level WHEN 0 THEN i.day ELSE i.day / 32 END';
const KEY = `CASE d.dim WHEN 0 THEN 0 WHEN 1 THEN i.department_id WHEN 2 THEN i.service_id
	WHEN 3 THEN i.window_id WHEN 4 THEN i.staff_id WHEN 5 THEN i.priority WHEN 6 THEN i.hour
	ELSE i.weekday END`;

interface Statements {
	done: { get(): unknown };
	last: { get(): unknown };
	bins: { run(p: object): unknown };
	departmentBins: { run(p: object): unknown };
	setDone: { run(id: number): unknown };
}

const prepared = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
	let s = prepared.get(db);
	if (!s) {
		s = {
			done: db.prepare('SELECT interval_id FROM stats_bins_done WHERE id = 1').pluck(),
			last: db.prepare('SELECT coalesce(max(id), 0) FROM stats_interval').pluck(),
			bins: db.prepare(
				`INSERT INTO stats_bins (location_id, dim, level, period, key, measure, bin, n, sum_ms)
				 SELECT i.location_id, d.dim, l.level, ${PERIOD}, ${KEY}, i.measure, i.bin, count(*), sum(i.ms)
				 ${BREAKDOWN}
				 GROUP BY 1, 2, 3, 4, 5, 6, 7
				 ON CONFLICT DO UPDATE SET n = n + excluded.n, sum_ms = sum_ms + excluded.sum_ms`
			),
			departmentBins: db.prepare(
				`INSERT INTO stats_department_bins (location_id, department_id, dim, level, period, key,
				   measure, bin, n, sum_ms)
				 SELECT i.location_id, i.department_id, d.dim, l.level, ${PERIOD}, ${KEY}, i.measure, i.bin,
				   count(*), sum(i.ms)
				 ${BREAKDOWN}
				 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
				 ON CONFLICT DO UPDATE SET n = n + excluded.n, sum_ms = sum_ms + excluded.sum_ms`
			),
			setDone: db.prepare('UPDATE stats_bins_done SET interval_id = ? WHERE id = 1')
		};
		prepared.set(db, s);
	}
	return s;
}

/**
 * Adds the intervals not yet counted (at most `limit` of them) to the summary rows, in one
 * IMMEDIATE transaction; returns how many it added. Cheap when there are none (two lookups).
 */
export function catchUpBins(db: Db, limit = Number.MAX_SAFE_INTEGER): number {
	const s = statements(db);
	// Nothing new (the usual case for a report): no write transaction at all, so a read-only
	// connection (a copy opened for reading) can report too.
	if ((s.last.get() as number) <= (s.done.get() as number)) return 0;
	return db
		.transaction(() => {
			const from = s.done.get() as number;
			const to = Math.min(s.last.get() as number, from + limit);
			if (to <= from) return 0;
			s.bins.run({ from, to });
			s.departmentBins.run({ from, to });
			s.setDone.run(to);
			return to - from;
		})
		.immediate();
}

/** How often, and how many intervals at a time, the server catches up by itself. */
export const CATCH_UP_EVERY_MS = 250;
export const CATCH_UP_BATCH = 40;

/**
 * Catches up in the background: a few dozen intervals every quarter of a second keep the backlog
 * near zero (an office records a few intervals a minute; the benchmark about sixty a second)
 * while no batch holds the event loop for more than about a millisecond. Returns the stop.
 */
export function scheduleBinsCatchUp(db: Db): () => void {
	const timer = setInterval(() => {
		try {
			catchUpBins(db, CATCH_UP_BATCH);
		} catch (err) {
			// A busy or closed database: the next tick, or the next report, tries again.
			if (db.open) log.warn({ reason: String(err) }, 'statistics catch-up deferred');
		}
	}, CATCH_UP_EVERY_MS);
	timer.unref();
	return () => clearInterval(timer);
}
