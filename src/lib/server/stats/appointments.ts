/**
 * Appointment statistics (issue 14) for /manage and its CSV: per department and matter, over the
 * bookings whose slot falls in the report's range, how many were booked, cancelled, checked in
 * and missed; how many checked in after their slot time and by how much (median); and the wait
 * after the slot time (from the slot, or from a later check-in, to the call: the time the office
 * owed the client), median and p90, nearest-rank as the other reports (the value at rank ⌈p·n⌉).
 * A manager's report covers their departments only (`departmentIds`, stats/range.ts reportScope).
 * Read from bookings_location_slot (migration 026): one location's range, not every booking.
 */
import { translate } from '$lib/i18n';
import { localized } from '$lib/i18n/lang';
import type { Lang } from '$lib/shared/dto';
import type { Db } from '../db/open';
import type { OfficeRepository } from '../office/repository';
import type { Cell } from './csv';
import { statsRange } from './range';
import type { ReportRange } from './survey-results';

interface Row {
	serviceId: number;
	departmentId: number;
	state: 'booked' | 'checked_in' | 'cancelled' | 'missed';
	slotAt: number;
	checkedInAt: number | null;
	calledAt: number | null;
}

/** One line of the report: a matter, or a department's or the location's total. */
export interface AppointmentFigures {
	bookings: number;
	cancelled: number;
	checkedIn: number;
	missed: number;
	late: number;
	/** Minutes, one decimal; null when nothing was measured. */
	lateMedian: number | null;
	waitMedian: number | null;
	waitP90: number | null;
}

export interface AppointmentsReport {
	/** The CSV's: department and matter in columns of their own. */
	header: string[];
	rows: Cell[][];
	/**
	 * The page's, to fit a 1440 px screen: one first column (a department's total under its
	 * name, then its matters), and the header in two rows (ReportTable's groups and columns).
	 */
	page: {
		header: string[];
		rows: Cell[][];
		groups: { label: string; span: number }[];
		columns: string[];
	};
	/** The location's total (over the departments in scope). */
	total: AppointmentFigures;
}

/** The figures' headings, in the order of `cells`. */
const HEADS = [
	'manage.appointments.bookings',
	'manage.appointments.cancelled',
	'manage.appointments.checked_in',
	'manage.appointments.missed',
	'manage.appointments.late',
	'manage.appointments.late_median',
	'manage.appointments.wait_median',
	'manage.appointments.wait_p90'
] as const;

const minutes = (ms: number) => Math.round(ms / 6000) / 10;

/** The nearest-rank percentile of sorted values: the value at rank ⌈p·n⌉. */
function percentile(sorted: number[], p: number): number | null {
	if (sorted.length === 0) return null;
	return minutes(sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)]!);
}

export function figuresOf(rows: readonly Row[]): AppointmentFigures {
	const lateness: number[] = [];
	const waits: number[] = [];
	let cancelled = 0;
	let checkedIn = 0;
	let missed = 0;
	for (const r of rows) {
		if (r.state === 'cancelled') cancelled++;
		else if (r.state === 'missed') missed++;
		else if (r.state === 'checked_in') {
			checkedIn++;
			const arrived = r.checkedInAt ?? r.slotAt;
			if (arrived > r.slotAt) lateness.push(arrived - r.slotAt);
			if (r.calledAt !== null) waits.push(Math.max(0, r.calledAt - Math.max(r.slotAt, arrived)));
		}
	}
	lateness.sort((a, b) => a - b);
	waits.sort((a, b) => a - b);
	return {
		bookings: rows.length,
		cancelled,
		checkedIn,
		missed,
		late: lateness.length,
		lateMedian: percentile(lateness, 0.5),
		waitMedian: percentile(waits, 0.5),
		waitP90: percentile(waits, 0.9)
	};
}

/** The bookings of the range in scope, with the check-in and call of their tickets. */
function bookingsOf(db: Db, range: ReportRange, from: number, to: number): Row[] {
	const scoped = range.departmentIds
		? 'AND s.department_id IN (SELECT value FROM json_each(@departments))'
		: '';
	return db
		.prepare(
			`SELECT b.service_id AS serviceId, s.department_id AS departmentId, b.state,
			   b.slot_at AS slotAt, t.issued_at AS checkedInAt, t.called_at AS calledAt
			 FROM bookings b
			 JOIN services s ON s.id = b.service_id
			 LEFT JOIN tickets t ON t.id = b.ticket_id
			 WHERE b.location_id = @loc AND b.slot_at >= @from AND b.slot_at < @to ${scoped}`
		)
		.all({
			loc: range.locationId,
			from,
			to,
			departments: JSON.stringify(range.departmentIds ?? [])
		}) as Row[];
}

export function appointmentsReport(
	db: Db,
	office: OfficeRepository,
	range: ReportRange,
	lang: Lang
): AppointmentsReport {
	const location = office.location(range.locationId);
	if (!location) throw new Error(`no location ${range.locationId}`);
	const span = statsRange(range, location);
	const all = bookingsOf(db, range, span.from, span.to);
	const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
	const cells = (f: AppointmentFigures): Cell[] => [
		f.bookings,
		f.cancelled,
		f.checkedIn,
		f.missed,
		f.late,
		f.lateMedian,
		f.waitMedian,
		f.waitP90
	];
	const rows: Cell[][] = [];
	const pageRows: Cell[][] = [];
	for (const d of office.departments(range.locationId)) {
		const ofDepartment = all.filter((r) => r.departmentId === d.id);
		if (ofDepartment.length === 0) continue;
		const departmentTotal = cells(figuresOf(ofDepartment));
		pageRows.push([localized(d.name, lang), ...departmentTotal]);
		for (const s of office.services(range.locationId)) {
			const ofService = ofDepartment.filter((r) => r.serviceId === s.id);
			if (ofService.length === 0) continue;
			const figures = cells(figuresOf(ofService));
			rows.push([localized(d.name, lang), localized(s.name, lang), ...figures]);
			pageRows.push([`– ${localized(s.name, lang)}`, ...figures]);
		}
		rows.push([localized(d.name, lang), t('manage.appointments.total'), ...departmentTotal]);
	}
	const total = figuresOf(all);
	rows.push([t('manage.appointments.all'), t('manage.appointments.total'), ...cells(total)]);
	pageRows.push([t('manage.appointments.all'), ...cells(total)]);
	const first = `${t('manage.appointments.department')} / ${t('manage.appointments.service')}`;
	const page = {
		header: [first, ...HEADS.map((k) => t(k))],
		rows: pageRows,
		groups: [
			{ label: t('manage.appointments.group.bookings'), span: 4 },
			{ label: t('manage.appointments.late'), span: 2 },
			{ label: t('manage.appointments.group.wait'), span: 2 }
		],
		columns: [
			first,
			t('manage.appointments.col.all'),
			t('manage.appointments.cancelled'),
			t('manage.appointments.checked_in'),
			t('manage.appointments.missed'),
			t('manage.appointments.col.count'),
			t('manage.appointments.col.median'),
			t('manage.appointments.col.median'),
			t('manage.appointments.col.p90')
		]
	};
	return {
		page,
		header: [
			t('manage.appointments.department'),
			t('manage.appointments.service'),
			...HEADS.map((k) => t(k))
		],
		rows,
		total
	};
}
