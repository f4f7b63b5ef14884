/**
 * The inquiry register's statistics (issue 15, SR-11) for /manage: per department and per matter,
 * how many inquiries came in, how many were answered, the share answered within the 3 working
 * days, the median time to the call-back, and how many are still open past their day. Counts and
 * times only: nothing of the question or the client.
 */
import type { InquiryReportRow } from '../db/repositories/inquiries';
import type { StatsRange } from './queries';

export interface InquiryReportLine {
	departmentId: number | null;
	serviceId: number | null;
	received: number;
	answered: number;
	/** Answered with the client informed on or before the due day. */
	inTime: number;
	/** inTime of those whose outcome is known (answered, or past their day), in % (one decimal). */
	percentInTime: number | null;
	/** Median hours from receiving to the confirmed call-back (one decimal). */
	medianHours: number | null;
	overdueOpen: number;
}

export interface InquiryReport {
	total: InquiryReportLine;
	byDepartment: InquiryReportLine[];
	byService: InquiryReportLine[];
}

function line(
	rows: readonly InquiryReportRow[],
	now: number,
	departmentId: number | null,
	serviceId: number | null
): InquiryReportLine {
	const answered = rows.filter((r) => r.answeredAt !== null);
	const inTime = answered.filter((r) => r.informedOn !== null && r.informedOn <= r.dueDay).length;
	const open = rows.filter((r) => r.state === 'received' || r.state === 'forwarded');
	const overdueOpen = open.filter((r) => now >= r.dueAt).length;
	const known = answered.length + overdueOpen;
	const hours = answered
		.map((r) => (r.answeredAt! - r.receivedAt) / 3_600_000)
		.sort((a, b) => a - b);
	return {
		departmentId,
		serviceId,
		received: rows.length,
		answered: answered.length,
		inTime,
		percentInTime: known === 0 ? null : Math.round((1000 * inTime) / known) / 10,
		medianHours: hours.length === 0 ? null : Math.round(10 * median(hours)) / 10,
		overdueOpen
	};
}

function median(sorted: readonly number[]): number {
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function groups<K>(rows: readonly InquiryReportRow[], key: (r: InquiryReportRow) => K) {
	const by = new Map<K, InquiryReportRow[]>();
	for (const r of rows) by.set(key(r), [...(by.get(key(r)) ?? []), r]);
	return by;
}

/**
 * The report of the inquiries received in the range (a manager's: their departments only; an
 * inquiry that names no department counts only in an administrator's total).
 */
export function inquiryReport(
	rows: readonly InquiryReportRow[],
	range: Pick<StatsRange, 'departmentIds'>,
	now: number
): InquiryReport {
	const scoped = range.departmentIds
		? rows.filter((r) => r.departmentId !== null && range.departmentIds!.includes(r.departmentId))
		: rows;
	return {
		total: line(scoped, now, null, null),
		byDepartment: [...groups(scoped, (r) => r.departmentId)]
			.filter(([d]) => d !== null)
			.map(([d, rs]) => line(rs, now, d, null)),
		byService: [...groups(scoped, (r) => r.serviceId)]
			.filter(([s]) => s !== null)
			.map(([s, rs]) => line(rs, now, rs[0]!.departmentId, s))
	};
}
