import { addDays, localTime, zonedInstant } from './clock';
import { addWorkingDays } from './calendar';
import type { OpeningHours } from './types';

/**
 * The inquiry register (Annex 2, SR-10..13): a question no one could answer on the spot, written
 * down with a phone number and passed to the competent clerk, who calls back within 3 working
 * days. Pure: the calendar, the people and the clock come in.
 */

/** SR-11: "nie później jednak niż do 3 dni roboczych". */
export const INQUIRY_WORKING_DAYS = 3;

export type InquiryState = 'received' | 'forwarded' | 'answered' | 'closed';
export type InquiryChannel = 'in_person' | 'phone';

/**
 * The last day to call back: the 3rd working day after the day it was received (a question taken
 * on Friday is due by the end of Wednesday; a holiday or a closure day in between moves it on).
 * Null only if the location's calendar has no working days at all.
 */
export function inquiryDueDay(hours: OpeningHours, receivedAt: number): string | null {
	const day = localTime(receivedAt, hours.timeZone).day;
	return addWorkingDays(hours, day, INQUIRY_WORKING_DAYS);
}

/** The instant a due day is over: the local midnight after it (DST included). */
export function dueInstant(hours: OpeningHours, dueDay: string): number {
	return zonedInstant(addDays(dueDay, 1), 0, hours.timeZone);
}

/** Still waiting for its call-back after its due day ended. */
export function isOverdue(inquiry: { state: InquiryState; dueAt: number }, now: number): boolean {
	return (inquiry.state === 'received' || inquiry.state === 'forwarded') && now >= inquiry.dueAt;
}

export type InquiryStep = 'forward' | 'answer' | 'close';

/**
 * The lifecycle (SR-12): received → forwarded (again, if the first one was the wrong person) →
 * answered (the client was called back or informed, confirmed by the person responsible) →
 * closed. A question answered on the spot by the receiver skips forwarding.
 */
const ALLOWED: Record<InquiryStep, readonly InquiryState[]> = {
	forward: ['received', 'forwarded'],
	answer: ['received', 'forwarded'],
	close: ['answered']
};

export function mayStep(state: InquiryState, step: InquiryStep): boolean {
	return ALLOWED[step].includes(state);
}

export const STATE_AFTER: Record<InquiryStep, InquiryState> = {
	forward: 'forwarded',
	answer: 'answered',
	close: 'closed'
};

/** Who an inquiry involves: its receiver and where it was forwarded (a clerk or a department). */
export interface InquiryParties {
	receivedBy: number;
	forwardedToStaff: number | null;
	forwardedToDepartment: number | null;
	/** The department it concerns: the forwarded-to department, else the receiver's choice. */
	departmentId: number | null;
}

/** A staff member as the register's rules see them. */
export interface InquiryReader {
	id: number;
	role: 'clerk' | 'manager' | 'admin';
	departmentIds: readonly number[];
}

/**
 * Who may read an inquiry (it holds a phone number, perhaps a name): the receiver (SR-13: the
 * form stays with them), the clerk it was forwarded to, the clerks of a department it was
 * forwarded to as a whole, the heads (managers) of the department it concerns, and admins.
 */
export function mayRead(reader: InquiryReader, inquiry: InquiryParties): boolean {
	if (reader.role === 'admin') return true;
	if (reader.id === inquiry.receivedBy || reader.id === inquiry.forwardedToStaff) return true;
	if (
		inquiry.forwardedToStaff === null &&
		inquiry.forwardedToDepartment !== null &&
		reader.departmentIds.includes(inquiry.forwardedToDepartment)
	) {
		return true;
	}
	return isHead(reader, inquiry);
}

/**
 * Who may forward or answer it: whoever it is forwarded to (a clerk, or any clerk of a department
 * it was forwarded to as a whole), its receiver while it is not forwarded, the department's heads
 * and admins. After forwarding, the receiver keeps sight of it (SR-13), not the pen.
 */
export function mayAct(reader: InquiryReader, inquiry: InquiryParties): boolean {
	if (reader.role === 'admin') return true;
	if (isHead(reader, inquiry)) return true;
	if (inquiry.forwardedToStaff !== null) return reader.id === inquiry.forwardedToStaff;
	if (inquiry.forwardedToDepartment !== null) {
		return reader.departmentIds.includes(inquiry.forwardedToDepartment);
	}
	return reader.id === inquiry.receivedBy;
}

function isHead(reader: InquiryReader, inquiry: InquiryParties): boolean {
	return (
		reader.role === 'manager' &&
		inquiry.departmentId !== null &&
		reader.departmentIds.includes(inquiry.departmentId)
	);
}
