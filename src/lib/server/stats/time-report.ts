import { localized } from '$lib/i18n/lang';
import type { Db } from '../db/open';
import type { OfficeRepository } from '../office/repository';
import { translate, type MessageKey } from '$lib/i18n';
import type { Lang } from '$lib/shared/dto';
import {
	durationsByDepartment,
	durationsByHour,
	durationsByPriority,
	durationsByService,
	durationsByStaff,
	durationsByWeekday,
	durationsByWindow,
	durationsOverall,
	serviceLevels,
	ticketHeatmap,
	visitRates,
	type VisitRates,
	type DurationStats,
	type Measure
} from './queries';
import { queueLength, type QueueLength } from './queue-length';
import type { Cell } from './csv';
import type { ReportRange } from './survey-results';
import { statsRange } from './range';

/** A table of a report, ready to show and to export: the page and the CSV use the same rows. */
export interface ReportTable {
	id:
		| 'times-location'
		| 'times-department'
		| 'times-service'
		| 'times-window'
		| 'times-staff'
		| 'times-priority'
		| 'times-hour'
		| 'times-weekday'
		| 'service-levels'
		| 'heatmap'
		| 'queue-length';
	header: string[];
	rows: Cell[][];
	/**
	 * For the page: the header as two rows, so that 13 columns fit a 1440 px screen (issue 12,
	 * item 19): column groups after the first column ("Oczekiwanie" over 4 columns) and short
	 * names for the columns under them. The CSV keeps the full `header`.
	 */
	groups?: { label: string; span: number }[];
	columns?: string[];
}

export interface TimeReport {
	/** Minutes, all departments together, per measure (null when nothing was measured). */
	overall: Record<Measure, { count: number; mean: number; median: number; p90: number } | null>;
	tables: ReportTable[];
	/** Tickets issued, and how many ended as no-shows, were transferred or cancelled. */
	rates: VisitRates;
	/** For charts: median and p90 wait (minutes) by hour of day. */
	waitByHour: { hour: number; median: number; p90: number }[];
	/** For the chart: tickets waiting at each quarter hour (mean and highest day). */
	queue: { time: string; mean: number; max: number }[];
}

const MEASURES: Measure[] = ['wait', 'walk', 'service'];

const minutes = (ms: number) => Math.round(ms / 6000) / 10;
const clock = (minute: number) =>
	`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Rows of one breakdown: the stats grouped by `key`, in the order the query gave them. */
function groupBy<K>(rows: (DurationStats & Record<string, unknown>)[], key: string) {
	const by = new Map<K, DurationStats[]>();
	for (const row of rows) {
		const k = row[key] as K;
		by.set(k, [...(by.get(k) ?? []), row]);
	}
	return by;
}

function overallMinutes(stats: DurationStats[]): TimeReport['overall'] {
	return Object.fromEntries(
		MEASURES.map((m) => {
			const s = stats.find((x) => x.measure === m);
			const value = s
				? { count: s.count, mean: minutes(s.mean), median: minutes(s.median), p90: minutes(s.p90) }
				: null;
			return [m, value];
		})
	) as TimeReport['overall'];
}

function staffNames(db: Db): Map<number, string> {
	const rows = db.prepare('SELECT id, first_name, last_name FROM staff').all() as {
		id: number;
		first_name: string;
		last_name: string;
	}[];
	return new Map(rows.map((r) => [r.id, `${r.first_name} ${r.last_name}`]));
}

function measureCells(stats: DurationStats[]): Cell[] {
	return MEASURES.flatMap((m) => {
		const s = stats.find((x) => x.measure === m);
		return s
			? [s.count, minutes(s.mean), minutes(s.median), minutes(s.p90)]
			: [0, null, null, null];
	});
}

/**
 * Waiting, walking and service times (SR-27; item E of the survey measures the same wait) for a
 * period: overall, by location, department, matter, window, clerk, ticket type, hour of day and
 * weekday; service levels; tickets by hour × weekday; the queue length over the day.
 */
export function timeReport(
	db: Db,
	office: OfficeRepository,
	range: ReportRange,
	lang: Lang
): TimeReport {
	const location = office.location(range.locationId)!;
	const r = statsRange(range, location);
	const t = (key: MessageKey, params?: Record<string, string | number>) =>
		translate(lang, key, params);
	const header = (first: string) => [
		first,
		...MEASURES.flatMap((m) =>
			(['count', 'mean', 'median', 'p90'] as const).map((col) =>
				t(`manage.times.${col}`, { measure: t(`manage.times.${m}` as MessageKey) })
			)
		)
	];
	const STATS = ['count', 'mean', 'median', 'p90'] as const;
	const grouped = (first: string) => ({
		header: header(first),
		groups: MEASURES.map((m) => {
			const name = t(`manage.times.${m}` as MessageKey);
			return { label: name.charAt(0).toUpperCase() + name.slice(1), span: STATS.length };
		}),
		columns: [first, ...MEASURES.flatMap(() => STATS.map((col) => t(`manage.times.col.${col}`)))]
	});
	/** A breakdown table: one row per value of `key`, named by `label`. */
	const times = <K>(
		id: ReportTable['id'],
		first: string,
		rows: (DurationStats & Record<string, unknown>)[],
		key: string,
		label: (k: K) => string
	): ReportTable => ({
		id,
		...grouped(first),
		rows: [...groupBy<K>(rows, key)].map(([k, stats]) => [label(k), ...measureCells(stats)])
	});

	const names = new Map(
		office.departments(location.id).map((d) => [d.id, localized(d.name, lang)])
	);
	const windowLabels = new Map(office.windows(location.id).map((w) => [w.id, w.label]));
	const services = new Map(
		office.services(location.id).map((sv) => [sv.id, localized(sv.name, lang)])
	);
	const staff = staffNames(db);
	const byHour = groupBy<number>(durationsByHour(db, r) as never, 'hour');
	const byLocation = office.locations().flatMap((l) =>
		durationsOverall(db, statsRange({ ...range, locationId: l.id }, l)).map((s) => ({
			...s,
			locationName: l.name
		}))
	);
	const heat = ticketHeatmap(db, r);
	const hours = [...new Set(heat.map((c) => c.hour))].sort((a, b) => a - b);
	const queue = queueLength(db, r);

	return {
		overall: overallMinutes(durationsOverall(db, r)),
		tables: [
			times<string>('times-location', t('manage.location'), byLocation, 'locationName', (n) => n),
			times<number>(
				'times-department',
				t('manage.survey.department'),
				durationsByDepartment(db, r) as never,
				'departmentId',
				(id) => names.get(id) ?? `#${id}`
			),
			times<number>(
				'times-service',
				t('manage.levels.service'),
				durationsByService(db, r) as never,
				'serviceId',
				(id) => services.get(id) ?? `#${id}`
			),
			times<number>(
				'times-window',
				t('manage.times.window'),
				durationsByWindow(db, r) as never,
				'windowId',
				(w) => t('manage.times.window_label', { label: windowLabels.get(w) ?? `#${w}` })
			),
			times<number | null>(
				'times-staff',
				t('manage.times.staff'),
				durationsByStaff(db, r) as never,
				'staffId',
				(id) => (id === null ? t('manage.times.staff_none') : (staff.get(id) ?? `#${id}`))
			),
			times<string | null>(
				'times-priority',
				t('manage.times.priority'),
				durationsByPriority(db, r) as never,
				'priority',
				(p) => (p === null ? t('manage.times.priority_none') : t(`priority.${p}` as MessageKey))
			),
			{
				id: 'times-hour',
				...grouped(t('manage.times.hour')),
				rows: [...byHour].map(([h, stats]) => [clock(h * 60), ...measureCells(stats)])
			},
			times<number>(
				'times-weekday',
				t('manage.times.weekday'),
				durationsByWeekday(db, r) as never,
				'weekday',
				(d) => t(`manage.weekday.${d}` as MessageKey)
			),
			{
				id: 'service-levels',
				header: [
					t('manage.levels.service'),
					t('manage.levels.target'),
					t('manage.levels.calls'),
					t('manage.levels.within'),
					t('manage.levels.share'),
					t('manage.levels.met')
				],
				rows: serviceLevels(db, r).map((l) => {
					const share = Math.round((1000 * l.withinTarget) / l.calls) / 10;
					return [
						services.get(l.serviceId) ?? `#${l.serviceId}`,
						t('manage.levels.target_value', { share: l.targetShare, minutes: l.targetMinutes }),
						l.calls,
						l.withinTarget,
						share,
						t(share >= l.targetShare ? 'manage.levels.yes' : 'manage.levels.no')
					];
				})
			},
			{
				id: 'heatmap',
				header: [t('manage.times.weekday'), ...hours.map((h) => clock(h * 60))],
				rows: [1, 2, 3, 4, 5, 6, 7]
					.filter((d) => heat.some((c) => c.weekday === d))
					.map((d) => [
						t(`manage.weekday.${d}` as MessageKey),
						...hours.map((h) => heat.find((c) => c.weekday === d && c.hour === h)?.tickets ?? 0)
					])
			},
			queueTable(queue, t)
		],
		rates: visitRates(db, r),
		waitByHour: [...byHour].flatMap(([hour, stats]) => {
			const w = stats.find((s) => s.measure === 'wait');
			return w ? [{ hour, median: minutes(w.median), p90: minutes(w.p90) }] : [];
		}),
		queue: queue.points.map((p) => ({ time: clock(p.slot * 15), mean: p.mean, max: p.max }))
	};
}

function queueTable(
	queue: QueueLength,
	t: (key: MessageKey, params?: Record<string, string | number>) => string
): ReportTable {
	return {
		id: 'queue-length',
		header: [
			t('manage.queue.time'),
			t('manage.queue.mean', { days: queue.days }),
			t('manage.queue.max')
		],
		rows: queue.points.map((p) => [clock(p.slot * 15), p.mean, p.max])
	};
}
