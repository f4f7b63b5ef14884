/**
 * Summons to the front desk (issue 15, SR-02/SR-07) for /manage: per department, how many, the
 * median seconds from sending to "Idę" and from sending to "Jest", and how many were declined,
 * went unanswered (expired, or nobody could come) or were cancelled. Counts and times only.
 */
import type { SummonsReportRow } from '../db/repositories/summons';
import type { StatsRange } from './queries';

export interface SummonsReportLine {
	/** Null: every department of the report. */
	departmentId: number | null;
	count: number;
	medianAcceptSeconds: number | null;
	medianArriveSeconds: number | null;
	declined: number;
	unanswered: number;
	cancelled: number;
}

export interface SummonsReport {
	total: SummonsReportLine;
	byDepartment: SummonsReportLine[];
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const m = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return Math.round(m / 1000);
}

function line(rows: readonly SummonsReportRow[], departmentId: number | null): SummonsReportLine {
	return {
		departmentId,
		count: rows.length,
		medianAcceptSeconds: median(
			rows.filter((r) => r.acceptedAt !== null).map((r) => r.acceptedAt! - r.sentAt)
		),
		medianArriveSeconds: median(
			rows.filter((r) => r.arrivedAt !== null).map((r) => r.arrivedAt! - r.sentAt)
		),
		declined: rows.filter((r) => r.state === 'declined').length,
		unanswered: rows.filter((r) => r.state === 'expired').length,
		cancelled: rows.filter((r) => r.state === 'cancelled').length
	};
}

/** A manager's report covers their departments only (`range.departmentIds`). */
export function summonsReport(
	rows: readonly SummonsReportRow[],
	range: Pick<StatsRange, 'departmentIds'>
): SummonsReport {
	const scoped = range.departmentIds
		? rows.filter((r) => range.departmentIds!.includes(r.departmentId))
		: rows;
	const by = new Map<number, SummonsReportRow[]>();
	for (const r of scoped) by.set(r.departmentId, [...(by.get(r.departmentId) ?? []), r]);
	return {
		total: line(scoped, null),
		byDepartment: [...by.entries()].sort(([a], [b]) => a - b).map(([id, rs]) => line(rs, id))
	};
}
