/**
 * The inquiry register's rules (issue 15, SR-10..13): the due day 3 working days on across
 * weekends, holidays (24 December since 2025) and a location's closure day; the moment an inquiry
 * becomes overdue (DST included); the lifecycle; who reads and who acts.
 */
import { describe, expect, it } from 'vitest';
import {
	dueInstant,
	inquiryDueDay,
	isOverdue,
	mayAct,
	mayRead,
	mayStep,
	type CalendarException,
	type InquiryParties,
	type InquiryReader,
	type OpeningHours,
	zonedInstant
} from '../../../src/lib/server/queue';
import { polishHoliday } from '../../../src/lib/server/office/holidays';
import { hours } from './builders';

function office(own: Record<string, CalendarException> = {}): OpeningHours {
	return hours({
		calendar: { holiday: polishHoliday, exceptions: new Map(Object.entries(own)) }
	});
}

/** 10:00 in Warsaw on `day`. */
const tenOn = (day: string) => zonedInstant(day, 600, 'Europe/Warsaw');

describe('the due day of an inquiry (3 working days)', () => {
	it.each([
		['Monday → Thursday', '2026-11-23', '2026-11-26'],
		['Friday → Wednesday over the weekend', '2026-11-27', '2026-12-02'],
		['a Saturday counts from the next working days', '2026-11-28', '2026-12-02'],
		// 11 November (Independence Day) is a Wednesday in 2026.
		['over Independence Day', '2026-11-10', '2026-11-16'],
		// 24, 25, 26 December 2025 are holidays (24th since 2025); 27–28 a weekend.
		['over Christmas Eve and Christmas 2025', '2025-12-23', '2025-12-31'],
		// 1 January and 6 January 2027 (Friday, Wednesday).
		['over New Year and Epiphany 2027', '2026-12-31', '2027-01-07'],
		// Easter Monday 2027 is 29 March.
		['over Easter Monday 2027', '2027-03-25', '2027-03-31']
	])('%s', (_name, received, due) => {
		expect(inquiryDueDay(office(), tenOn(received))).toBe(due);
	});

	it('a closure day of the location moves it on', () => {
		const closed: CalendarException = { open: false, note: 'Dzień wolny' };
		const withClosure = office({ '2026-11-25': closed });
		expect(inquiryDueDay(office(), tenOn('2026-11-23'))).toBe('2026-11-26');
		expect(inquiryDueDay(withClosure, tenOn('2026-11-23'))).toBe('2026-11-27');
	});

	it('counts from the local day: 00:30 in Warsaw is already the next day', () => {
		// 2026-11-23 23:30 UTC is Tuesday 00:30 in Warsaw.
		expect(inquiryDueDay(office(), Date.parse('2026-11-23T23:30:00Z'))).toBe('2026-11-27');
	});

	it('is overdue from the local midnight after the due day, in summer and winter time', () => {
		// Winter (UTC+1): the end of 26 November is 23:00 UTC.
		expect(dueInstant(office(), '2026-11-26')).toBe(Date.parse('2026-11-26T23:00:00Z'));
		// Summer (UTC+2).
		expect(dueInstant(office(), '2026-06-10')).toBe(Date.parse('2026-06-10T22:00:00Z'));
		// The night clocks go back (25 October 2026): the day after starts at 23:00 UTC.
		expect(dueInstant(office(), '2026-10-24')).toBe(Date.parse('2026-10-24T22:00:00Z'));
		expect(dueInstant(office(), '2026-10-25')).toBe(Date.parse('2026-10-25T23:00:00Z'));
		const due = { dueAt: dueInstant(office(), '2026-11-26') };
		expect(isOverdue({ ...due, state: 'forwarded' }, due.dueAt - 1)).toBe(false);
		expect(isOverdue({ ...due, state: 'forwarded' }, due.dueAt)).toBe(true);
		expect(isOverdue({ ...due, state: 'received' }, due.dueAt + 1)).toBe(true);
		expect(isOverdue({ ...due, state: 'answered' }, due.dueAt + 1)).toBe(false);
		expect(isOverdue({ ...due, state: 'closed' }, due.dueAt + 1)).toBe(false);
	});
});

describe('the lifecycle', () => {
	it('received → forwarded (again) → answered → closed; nothing back', () => {
		expect(mayStep('received', 'forward')).toBe(true);
		expect(mayStep('forwarded', 'forward')).toBe(true);
		expect(mayStep('received', 'answer')).toBe(true);
		expect(mayStep('forwarded', 'answer')).toBe(true);
		expect(mayStep('answered', 'close')).toBe(true);
		expect(mayStep('received', 'close')).toBe(false);
		expect(mayStep('answered', 'forward')).toBe(false);
		expect(mayStep('answered', 'answer')).toBe(false);
		expect(mayStep('closed', 'forward')).toBe(false);
		expect(mayStep('closed', 'answer')).toBe(false);
		expect(mayStep('closed', 'close')).toBe(false);
	});
});

describe('who reads and acts', () => {
	const clerk = (id: number, ...departmentIds: number[]): InquiryReader => ({
		id,
		role: 'clerk',
		departmentIds
	});
	const head = (id: number, ...departmentIds: number[]): InquiryReader => ({
		id,
		role: 'manager',
		departmentIds
	});
	const received: InquiryParties = {
		receivedBy: 1,
		forwardedToStaff: null,
		forwardedToDepartment: null,
		departmentId: 10
	};
	const toClerk: InquiryParties = { ...received, forwardedToStaff: 2, departmentId: 20 };
	const toDepartment: InquiryParties = { ...received, forwardedToDepartment: 20, departmentId: 20 };

	it('the receiver keeps sight (SR-13) but hands over the pen when forwarded', () => {
		expect(mayRead(clerk(1, 10), received) && mayAct(clerk(1, 10), received)).toBe(true);
		expect(mayRead(clerk(1, 10), toClerk)).toBe(true);
		expect(mayAct(clerk(1, 10), toClerk)).toBe(false);
	});

	it('the clerk it was forwarded to reads and acts; a colleague of theirs does not', () => {
		expect(mayAct(clerk(2, 20), toClerk)).toBe(true);
		expect(mayRead(clerk(3, 20), toClerk)).toBe(false);
	});

	it("forwarded to a department, its clerks read and act; another department's do not", () => {
		expect(mayAct(clerk(3, 20), toDepartment)).toBe(true);
		expect(mayRead(clerk(4, 30), toDepartment)).toBe(false);
	});

	it("the department's heads read and act, other heads do not; admins always", () => {
		expect(mayAct(head(5, 20), toClerk)).toBe(true);
		expect(mayRead(head(6, 30), toClerk)).toBe(false);
		expect(mayAct({ id: 7, role: 'admin', departmentIds: [] }, toClerk)).toBe(true);
		// A clerk of the department it concerns, not forwarded to them: no.
		expect(mayRead(clerk(8, 10), received)).toBe(false);
	});
});
