/**
 * The inquiry register's statistics (issue 15): counts, the share answered within the due day of
 * those whose outcome is known, the median hours to the call-back, open ones past their day, per
 * department and matter, and a manager's scope.
 */
import { describe, expect, it } from 'vitest';
import type { InquiryReportRow } from '../../src/lib/server/db/repositories/inquiries';
import { inquiryReport } from '../../src/lib/server/stats/inquiry-report';

const H = 3_600_000;
const NOW = Date.parse('2026-12-10T12:00:00Z');

const row = (more: Partial<InquiryReportRow>): InquiryReportRow => ({
	departmentId: 1,
	serviceId: 11,
	state: 'received',
	receivedAt: Date.parse('2026-12-01T09:00:00Z'),
	answeredAt: null,
	informedOn: null,
	dueDay: '2026-12-04',
	dueAt: Date.parse('2026-12-04T23:00:00Z'),
	...more
});

const answered = (hours: number, informedOn: string, more: Partial<InquiryReportRow> = {}) => {
	const r = row(more);
	return { ...r, state: 'answered' as const, answeredAt: r.receivedAt + hours * H, informedOn };
};

describe('the inquiry report', () => {
	it('counts, the share in time of known outcomes, the median hours, open past their day', () => {
		const rows = [
			answered(2, '2026-12-01'),
			answered(30, '2026-12-02'),
			answered(100, '2026-12-05'), // late
			row({}), // open, past its day
			row({ dueAt: NOW + H, dueDay: '2026-12-10' }) // open, not yet due: outcome unknown
		];
		const { total } = inquiryReport(rows, {}, NOW);
		expect(total).toEqual({
			departmentId: null,
			serviceId: null,
			received: 5,
			answered: 3,
			inTime: 2,
			percentInTime: 50, // 2 of 4 known (3 answered + 1 overdue)
			medianHours: 30,
			overdueOpen: 1
		});
	});

	it('splits by department and matter, and keeps a manager to their departments', () => {
		const rows = [
			answered(4, '2026-12-01', { departmentId: 1, serviceId: 11 }),
			answered(6, '2026-12-01', { departmentId: 1, serviceId: 12 }),
			answered(8, '2026-12-01', { departmentId: 2, serviceId: 21 }),
			row({ departmentId: null, serviceId: null })
		];
		const all = inquiryReport(rows, {}, NOW);
		expect(all.total.received).toBe(4);
		expect(all.byDepartment.map((l) => [l.departmentId, l.received, l.medianHours])).toEqual([
			[1, 2, 5],
			[2, 1, 8]
		]);
		expect(all.byService.map((l) => [l.serviceId, l.departmentId])).toEqual([
			[11, 1],
			[12, 1],
			[21, 2]
		]);
		const manager = inquiryReport(rows, { departmentIds: [2] }, NOW);
		expect(manager.total.received).toBe(1);
		expect(manager.byDepartment.map((l) => l.departmentId)).toEqual([2]);
		expect(inquiryReport([], {}, NOW).total).toMatchObject({
			received: 0,
			percentInTime: null,
			medianHours: null
		});
	});
});
