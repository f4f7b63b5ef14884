import type { Db } from '../db/open';
import type { LocationRecord, OfficeRepository } from '../db/repositories/office';
import { translate, type MessageKey } from '$lib/i18n';
import type { Lang } from '$lib/shared/dto';
import {
	durationsByDepartment,
	durationsByHour,
	durationsByPriority,
	durationsByWeekday,
	durationsByWindow,
	durationsOverall,
	serviceLevels,
	ticketHeatmap,
	visitRates,
	type VisitRates,
	type DurationStats,
	type Measure,
	type StatsRange
} from './queries';
import type { Cell } from './csv';
import type { ReportRange } from './survey-results';

/** A table of a report, ready to show and to export: the page and the CSV use the same rows. */
export interface ReportTable {
	id:
		| 'times-department'
		| 'times-hour'
		| 'times-weekday'
		| 'times-window'
		| 'times-priority'
		| 'service-levels'
		| 'heatmap';
	header: string[];
	rows: Cell[][];
}

export interface TimeReport {
	/** Minutes, all departments together, per measure (null when nothing was measured). */
	overall: Record<Measure, { count: number; mean: number; median: number; p90: number } | null>;
	tables: ReportTable[];
	/** Tickets issued, and how many ended as no-shows, were transferred or cancelled. */
	rates: VisitRates;
	/** For charts: median and p90 wait (minutes) by hour of day. */
	waitByHour: { hour: number; median: number; p90: number }[];
}

const MEASURES: Measure[] = ['wait', 'walk', 'service'];
const DAY_MS = 86_400_000;

/** Local midnight of an office day, as an instant. */
export function dayStart(day: string, timeZone: string): number {
	const guess = Date.parse(`${day}T00:00:00Z`);
	const fmt = new Intl.DateTimeFormat('en-GB', {
		timeZone,
		hourCycle: 'h23',
		hour: '2-digit',
		minute: '2-digit'
	});
	const [h, m] = fmt.format(new Date(guess)).split(':').map(Number);
	const offset = ((h! * 60 + m!) % 1440) * 60_000;
	// Local time is ahead of UTC east of Greenwich: midnight there came `offset` earlier.
	return guess - (offset > 12 * 3_600_000 ? offset - DAY_MS : offset);
}

export function statsRange(range: ReportRange, location: LocationRecord): StatsRange {
	const tz = location.hours.timeZone;
	return {
		locationId: range.locationId,
		timeZone: tz,
		from: dayStart(range.from, tz),
		to: dayStart(new Date(Date.parse(range.to) + DAY_MS).toISOString().slice(0, 10), tz)
	};
}

const minutes = (ms: number) => Math.round(ms / 6000) / 10;

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
 * period: overall, by department, by hour of day and weekday, and tickets by hour × weekday.
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
		...MEASURES.flatMap((m) => [
			t('manage.times.count', { measure: t(`manage.times.${m}` as MessageKey) }),
			t('manage.times.mean', { measure: t(`manage.times.${m}` as MessageKey) }),
			t('manage.times.median', { measure: t(`manage.times.${m}` as MessageKey) }),
			t('manage.times.p90', { measure: t(`manage.times.${m}` as MessageKey) })
		])
	];
	const group = <K extends number>(
		rows: (DurationStats & Record<string, number | string>)[],
		key: string
	) => {
		const by = new Map<K, DurationStats[]>();
		for (const row of rows) {
			const k = row[key] as K;
			by.set(k, [...(by.get(k) ?? []), row]);
		}
		return by;
	};

	const names = new Map(office.departments(location.id).map((d) => [d.id, d.name[lang]]));
	const byDept = group<number>(durationsByDepartment(db, r) as never, 'departmentId');
	const byHour = group<number>(durationsByHour(db, r) as never, 'hour');
	const byWeekday = group<number>(durationsByWeekday(db, r) as never, 'weekday');
	const byWindow = group<number>(durationsByWindow(db, r) as never, 'windowId');
	const byPriority = group<number>(durationsByPriority(db, r) as never, 'priority');
	const windowLabels = new Map(office.windows(location.id).map((w) => [w.id, w.label]));
	const services = new Map(office.services(location.id).map((sv) => [sv.id, sv.name[lang]]));
	const overall = durationsOverall(db, r);
	const heat = ticketHeatmap(db, r);
	const hours = [...new Set(heat.map((c) => c.hour))].sort((a, b) => a - b);

	return {
		overall: Object.fromEntries(
			MEASURES.map((m) => {
				const s = overall.find((x) => x.measure === m);
				return [
					m,
					s
						? {
								count: s.count,
								mean: minutes(s.mean),
								median: minutes(s.median),
								p90: minutes(s.p90)
							}
						: null
				];
			})
		) as TimeReport['overall'],
		tables: [
			{
				id: 'times-department',
				header: header(t('manage.survey.department')),
				rows: [...byDept].map(([id, stats]) => [names.get(id) ?? `#${id}`, ...measureCells(stats)])
			},
			{
				id: 'times-hour',
				header: header(t('manage.times.hour')),
				rows: [...byHour].map(([h, stats]) => [
					`${String(h).padStart(2, '0')}:00`,
					...measureCells(stats)
				])
			},
			{
				id: 'times-weekday',
				header: header(t('manage.times.weekday')),
				rows: [...byWeekday].map(([d, stats]) => [
					t(`manage.weekday.${d}` as MessageKey),
					...measureCells(stats)
				])
			},
			{
				id: 'times-window',
				header: header(t('manage.times.window')),
				rows: [...byWindow].map(([w, stats]) => [
					t('manage.times.window_label', { label: windowLabels.get(w) ?? `#${w}` }),
					...measureCells(stats)
				])
			},
			{
				id: 'times-priority',
				header: header(t('manage.times.priority')),
				rows: [...byPriority].map(([p, stats]) => [
					p === null ? t('manage.times.priority_none') : t(`priority.${p}` as MessageKey),
					...measureCells(stats)
				])
			},
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
				header: [
					t('manage.times.weekday'),
					...hours.map((h) => `${String(h).padStart(2, '0')}:00`)
				],
				rows: [1, 2, 3, 4, 5, 6, 7]
					.filter((d) => heat.some((c) => c.weekday === d))
					.map((d) => [
						t(`manage.weekday.${d}` as MessageKey),
						...hours.map((h) => heat.find((c) => c.weekday === d && c.hour === h)?.tickets ?? 0)
					])
			}
		],
		rates: visitRates(db, r),
		waitByHour: [...byHour].flatMap(([hour, stats]) => {
			const w = stats.find((s) => s.measure === 'wait');
			return w ? [{ hour, median: minutes(w.median), p90: minutes(w.p90) }] : [];
		})
	};
}
