import type { Db } from '../db/open';
import { daySpan, scoped } from './rollup';
import type { StatsRange } from './queries';

export interface QueueLengthPoint {
	/** Quarter hour of the local day (0 = 00:00 … 95 = 23:45): the count is taken at its start. */
	slot: number;
	/** Tickets waiting at that moment, averaged over the days of the range with tickets. */
	mean: number;
	/** The most tickets waiting at that moment on any of those days. */
	max: number;
}

export interface QueueLength {
	/** Days in the range on which the queue changed (tickets were issued, called, …). */
	days: number;
	points: QueueLengthPoint[];
}

/**
 * Tickets waiting through the day (issue 5, "queue length over the day"), at every quarter hour
 * from the first change of the queue to just after the last one: the mean over the days and the
 * highest day. Read from the roll-up's quarter-hour changes (stats_slots: issued, plus returned
 * and transferred into a queue, minus called and cancelled while waiting). The queue at a day's
 * start is what all earlier days left in it (usually nothing). Restricted to departments: their
 * queues (a transfer leaves one department's queue for another's).
 */
export function queueLength(db: Db, range: StatsRange): QueueLength {
	const { where, params } = scoped(daySpan(range));
	let level = db
		.prepare(
			`SELECT coalesce(sum(issued + queue_delta), 0) FROM stats_slots
			 WHERE location_id = @loc AND day < @first ${where}`
		)
		.pluck()
		.get(params) as number;
	const rows = db
		.prepare(
			`SELECT day, slot, sum(issued + queue_delta) AS change FROM stats_slots
			 WHERE location_id = @loc AND day BETWEEN @first AND @last ${where}
			 GROUP BY day, slot ORDER BY day, slot`
		)
		.all(params) as { day: number; slot: number; change: number }[];
	if (rows.length === 0) return { days: 0, points: [] };
	const first = Math.min(...rows.map((r) => r.slot));
	const last = Math.min(95, Math.max(...rows.map((r) => r.slot)) + 1);
	const sum = new Array<number>(96).fill(0);
	const max = new Array<number>(96).fill(0);
	let days = 0;
	for (let i = 0; i < rows.length;) {
		const day = rows[i]!.day;
		const change = new Array<number>(96).fill(0);
		for (; i < rows.length && rows[i]!.day === day; i++) change[rows[i]!.slot] = rows[i]!.change;
		for (let slot = 0; slot < 96; slot++) {
			sum[slot]! += level;
			max[slot] = Math.max(max[slot]!, level);
			level += change[slot]!;
		}
		days++;
	}
	const points: QueueLengthPoint[] = [];
	for (let slot = first; slot <= last; slot++) {
		points.push({ slot, mean: Math.round((10 * sum[slot]!) / days) / 10, max: max[slot]! });
	}
	return { days, points };
}
