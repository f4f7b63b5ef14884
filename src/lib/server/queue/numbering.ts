import type { Department, Service } from './types';

/** Prefixes are one to three capital letters, so a board shows "A001", never "a-1". */
export const PREFIX_PATTERN = /^[A-Z]{1,3}$/;

/** The letter(s) a ticket for this matter starts with: the service's own, else its department's. */
export function ticketPrefix(service: Service, department: Department): string {
	return service.prefix ?? department.prefix;
}

/**
 * The prefix of every checked-in appointment's ticket (issue 14), at every location: "R" for
 * rezerwacja. One daily sequence per location, whatever the matter, so the visitor and the board
 * tell an appointment from a walk-in at a glance; the office's own prefixes are other letters.
 */
export const APPOINTMENT_PREFIX = 'R';

/** "A" and 7 → "A007". Past 999 in one day the number simply grows ("A1000"), never repeats. */
export function formatTicketNumber(prefix: string, sequence: number): string {
	if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('sequence must be ≥ 1');
	return prefix + String(sequence).padStart(3, '0');
}

/** Floor of a three-digit room number: its first digit (digest §1.4). "010" → 0, "215" → 2. */
export function floorOfRoom(room: string): number {
	const digit = /^(\d)\d\d$/.exec(room)?.[1];
	if (digit === undefined) throw new RangeError(`room "${room}" is not a three-digit number`);
	return Number(digit);
}
