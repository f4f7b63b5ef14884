import type { AppointmentState } from '../../shared/dto';
import type { BookingPolicy } from './slots';
import type { TicketState } from './types';

export type { AppointmentState };
export { overdueMs } from '../../shared/appointments';

/**
 * Appointments at the console (issue 14, SR-09): what state a booking of today is in, when it
 * counts as a no-show, and when a client who checked in has waited past their time. Pure: the
 * booking's and its ticket's states and the clock come in.
 */

export type BookingStateName = 'booked' | 'checked_in' | 'cancelled' | 'missed';

/**
 * The state of a booking on the console, or null for a cancelled one (its place is free again
 * and nobody is expected). After check-in the ticket tells the rest: a ticket called, in service,
 * done, or a no-show at the window.
 */
export function appointmentState(
	booking: BookingStateName,
	ticket: TicketState | null
): AppointmentState | null {
	if (booking === 'cancelled') return null;
	if (booking !== 'checked_in') return booking;
	switch (ticket) {
		case null:
		case 'waiting':
			return 'checked_in';
		case 'called':
			return 'called';
		case 'serving':
			return 'in_service';
		case 'done':
			return 'served';
		case 'no_show':
			return 'missed';
		default:
			return 'ended';
	}
}

/**
 * Bookings whose slot started before this instant and that are still `booked` are no-shows: the
 * check-in closes `checkInGraceMinutes` after the slot (slots.ts checkIn), and at that very
 * minute it is still allowed, so only a slot strictly earlier is missed.
 */
export function noShowBefore(now: number, policy: BookingPolicy): number {
	return now - policy.checkInGraceMinutes * 60_000;
}
