/**
 * Reading the statistics roll-up (migration 008): exact mean, median and p90 of the waits, walks
 * and services of the tickets issued in a range of office days, per value of one dimension,
 * without touching the event log.
 *
 * Two steps per report: (1) add up the counts per duration class (stats_bins) over the range,
 * from blocks of 32 days where the range covers them whole and from single days at its ends;
 * walking the classes in order gives, for each rank wanted, the class it falls in and its rank
 * inside that class; (2) read that one value from stats_interval, through the dimension's index
 * ordered by duration. Classes are monotone in the duration, so the value found is exactly the
 * one a sort of every interval would put at that rank.
 */
import type { Db } from '../db/open';
import { localDayNumber } from './local-time';
import { catchUpBins } from './bins';

export type Measure = 'wait' | 'walk' | 'service';
export const MEASURE_CODES: Measure[] = ['wait', 'walk', 'service'];

/** Dimensions as numbered in stats_bins, and the stats_interval column and index of each. */
export const DIMENSIONS = {
	all: { dim: 0, column: null, index: 'stats_interval_all' },
	department: { dim: 1, column: 'department_id', index: 'stats_interval_department' },
	service: { dim: 2, column: 'service_id', index: 'stats_interval_service' },
	window: { dim: 3, column: 'window_id', index: 'stats_interval_window' },
	staff: { dim: 4, column: 'staff_id', index: 'stats_interval_staff' },
	priority: { dim: 5, column: 'priority', index: 'stats_interval_priority' },
	hour: { dim: 6, column: 'hour', index: 'stats_interval_hour' },
	weekday: { dim: 7, column: 'weekday', index: 'stats_interval_weekday' }
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** Priority groups as coded in stats_interval.priority (0 = an ordinary ticket). */
export const PRIORITY_CODES = [null, 'pregnant', 'small_children', 'elderly', 'limited_mobility'];

/**
 * Office days of a range, as day numbers (local days since 1970-01-01), both ends included;
 * restricted to some departments when `departmentIds` is given (a manager's own).
 */
export interface DaySpan {
	locationId: number;
	first: number;
	last: number;
	departmentIds?: readonly number[];
}

export function daySpan(range: {
	locationId: number;
	from: number;
	to: number;
	timeZone: string;
	departmentIds?: readonly number[];
}): DaySpan {
	return {
		locationId: range.locationId,
		first: localDayNumber(range.from, range.timeZone),
		last: localDayNumber(range.to - 1, range.timeZone),
		departmentIds: range.departmentIds
	};
}

/**
 * The one department filter of every report: a condition on `department_id` keeping the span's
 * departments (none for the whole location), and the named parameters it and the span need
 * (@loc, @first, @last, @departments).
 */
export function scoped(span: DaySpan): { where: string; params: Record<string, number | string> } {
	return {
		where: span.departmentIds
			? 'AND department_id IN (SELECT value FROM json_each(@departments))'
			: '',
		params: {
			loc: span.locationId,
			first: span.first,
			last: span.last,
			departments: JSON.stringify(span.departmentIds ?? [])
		}
	};
}

/** The same class of a duration as the trigger computes (migration 008): 8 classes an octave. */
export function durationClass(ms: number): number {
	const s = Math.trunc(ms / 1000);
	if (s < 16) return s;
	const e = 31 - Math.clz32(s);
	return 16 + 8 * (e - 4) + (s >> (e - 3)) - 8;
}

const BLOCK = 32;

/**
 * The range as periods of stats_bins: whole blocks of 32 days, and the days before and after
 * them. Each part is [level, first period, last period]; an empty part has first > last.
 */
export function periods(span: DaySpan): [number, number, number][] {
	const firstBlock = Math.ceil(span.first / BLOCK);
	const lastBlock = Math.floor((span.last + 1) / BLOCK) - 1;
	if (lastBlock < firstBlock) return [[0, span.first, span.last]];
	return [
		[0, span.first, firstBlock * BLOCK - 1],
		[1, firstBlock, lastBlock],
		[0, (lastBlock + 1) * BLOCK, span.last]
	];
}

export interface Stats {
	key: number;
	measure: Measure;
	count: number;
	mean: number;
	median: number;
	p90: number;
}

export interface BinRow {
	key: number;
	measure: number;
	bin: number;
	n: number;
	sum: number;
}

/** Class counts per key and measure over the range, in class order. */
export function binCounts(db: Db, span: DaySpan, dimension: Dimension): BinRow[] {
	// The summary rows lag the commands by a moment (bins.ts): count every interval first.
	catchUpBins(db);
	const { dim } = DIMENSIONS[dimension];
	const parts = periods(span);
	const { where, params } = scoped(span);
	// A range restricted to departments adds up their rows of stats_department_bins.
	const table = span.departmentIds ? 'stats_department_bins' : 'stats_bins';
	const union = parts
		.map(
			(_, i) =>
				`SELECT key, measure, bin, n, sum_ms FROM ${table} WHERE location_id = @loc ${where}
				 AND dim = @dim AND level = @l${i} AND period BETWEEN @a${i} AND @b${i}`
		)
		.join(' UNION ALL ');
	params.dim = dim;
	parts.forEach(([level, a, b], i) =>
		Object.assign(params, { [`l${i}`]: level, [`a${i}`]: a, [`b${i}`]: b })
	);
	return db
		.prepare(
			`SELECT key, measure, bin, sum(n) AS n, sum(sum_ms) AS sum FROM (${union})
			 GROUP BY key, measure, bin ORDER BY key, measure, bin`
		)
		.all(params) as BinRow[];
}

/** The duration at a rank (1-based) among the intervals of one class, key and measure. */
function valueAt(
	db: Db,
	span: DaySpan,
	dimension: Dimension,
	key: number,
	measure: number,
	bin: number,
	rank: number
): number {
	const { column, index } = DIMENSIONS[dimension];
	const keyFilter = column ? `AND ${column} = @key` : '';
	const { where, params } = scoped(span);
	// The dimension's own index, always: with statistics from ANALYZE, SQLite may take the `all`
	// index for a key that holds most rows (ordinary tickets) and read every row to test the key
	// (measured: 250 ms instead of 20 for the priority groups over a year). Restricted to
	// departments: the indexes end with department_id (migration 009), and `all` reads the
	// departments' own.
	return db
		.prepare(
			`SELECT ms FROM stats_interval INDEXED BY ${where && !column ? DIMENSIONS.department.index : index}
			 WHERE location_id = @loc ${keyFilter} ${where} AND measure = @measure
			 AND bin = @bin AND day BETWEEN @first AND @last ORDER BY ms LIMIT 1 OFFSET @offset`
		)
		.pluck()
		.get({ ...params, key, measure, bin, offset: rank - 1 }) as number;
}

/**
 * mean, median and p90 per key and measure. The percentiles are nearest-rank as the event-log
 * queries defined them: the value at rank ⌈p·n⌉ (computed in floating point, as SQL did).
 */
export function durationStats(db: Db, span: DaySpan, dimension: Dimension): Stats[] {
	const rows = binCounts(db, span, dimension);
	const out: Stats[] = [];
	for (let i = 0; i < rows.length;) {
		const { key, measure } = rows[i]!;
		let j = i;
		let count = 0;
		let sum = 0;
		while (j < rows.length && rows[j]!.key === key && rows[j]!.measure === measure) {
			count += rows[j]!.n;
			sum += rows[j]!.sum;
			j++;
		}
		const at = (rank: number) => {
			let before = 0;
			for (let k = i; k < j; k++) {
				const r = rows[k]!;
				if (before + r.n >= rank)
					return valueAt(db, span, dimension, key, measure, r.bin, rank - before);
				before += r.n;
			}
			throw new Error('rank beyond the count');
		};
		out.push({
			key,
			measure: MEASURE_CODES[measure]!,
			count,
			mean: sum / count,
			median: at(Math.ceil(count * 0.5)),
			p90: at(Math.ceil(count * 0.9))
		});
		i = j;
	}
	return out;
}

/**
 * How many waits for one matter lasted at most a limit (ms): whole classes below the limit's own
 * class from the counts (`classes`: binCounts by service), and that class's intervals one by one.
 */
export function waitsWithin(
	db: Db,
	span: DaySpan,
	classes: BinRow[],
	serviceId: number,
	limitMs: number
): number {
	const limitBin = durationClass(limitMs);
	const below = classes
		.filter((r) => r.key === serviceId && r.measure === 0 && r.bin < limitBin)
		.reduce((n, r) => n + r.n, 0);
	const { where, params } = scoped(span);
	const inClass = db
		.prepare(
			`SELECT count(*) FROM stats_interval INDEXED BY ${DIMENSIONS.service.index}
			 WHERE location_id = @loc AND service_id = @service ${where} AND measure = 0
			 AND bin = @bin AND ms <= @limit AND day BETWEEN @first AND @last`
		)
		.pluck()
		.get({ ...params, service: serviceId, bin: limitBin, limit: limitMs }) as number;
	return below + inClass;
}
