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
	header: string[];
	rows: Cell[][];
	/** The location's total (over the departments in scope). */
	total: AppointmentFigures;
}

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
	for (const d of office.departments(range.locationId)) {
		const ofDepartment = all.filter((r) => r.departmentId === d.id);
		if (ofDepartment.length === 0) continue;
		for (const s of office.services(range.locationId)) {
			const ofService = ofDepartment.filter((r) => r.serviceId === s.id);
			if (ofService.length > 0)
				rows.push([d.name[lang], s.name[lang], ...cells(figuresOf(ofService))]);
		}
		rows.push([d.name[lang], t('manage.appointments.total'), ...cells(figuresOf(ofDepartment))]);
	}
	const total = figuresOf(all);
	rows.push([t('manage.appointments.all'), t('manage.appointments.total'), ...cells(total)]);
	return {
		header: [
			t('manage.appointments.department'),
			t('manage.appointments.service'),
			t('manage.appointments.bookings'),
			t('manage.appointments.cancelled'),
			t('manage.appointments.checked_in'),
			t('manage.appointments.missed'),
			t('manage.appointments.late'),
			t('manage.appointments.late_median'),
			t('manage.appointments.wait_median'),
			t('manage.appointments.wait_p90')
		],
		rows,
		total
	};
}
