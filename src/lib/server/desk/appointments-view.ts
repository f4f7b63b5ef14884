import type { ConsoleAppointmentDto } from '$lib/shared/dto';
import type { BookingRepository } from '../db/repositories/bookings';
import type { TicketRepository } from '../db/repositories/tickets';
import type { LocationRecord } from '../office/records';
import {
	addDays,
	appointmentState,
	localTime,
	zonedInstant,
	type Ticket,
	type WaitEstimate
} from '../queue';

/** How many digits of a booking's code the console shows: enough to tell clients apart. */
const CODE_END = 3;

/**
 * The consoles' panel "Wizyty umówione dziś" (SR-09): a location's appointments of today with
 * their states, from the day's bookings (one range of bookings_location_slot, migration 026) and
 * their tickets (one query by id), so it costs what the day's bookings cost, never the history.
 * The expected wait is worked out only for the clients who checked in and still wait (a few at
 * a time), for the clerk to tell them once their time has passed (queue/appointments.ts overdueMs).
 */
export class AppointmentsView {
	constructor(
		private readonly bookings: BookingRepository,
		private readonly tickets: TicketRepository,
		/** The expected wait of a waiting ticket, as its holder's phone shows it (views.ts). */
		private readonly estimateOf: (ticket: Ticket) => WaitEstimate | null
	) {}

	today(location: LocationRecord, now: number): ConsoleAppointmentDto[] {
		const tz = location.hours.timeZone;
		const day = localTime(now, tz).day;
		const booked = this.bookings.between(
			location.id,
			zonedInstant(day, 0, tz),
			zonedInstant(addDays(day, 1), 0, tz)
		);
		const ticketIds = booked.flatMap((b) => (b.ticketId === null ? [] : [b.ticketId]));
		const tickets = this.tickets.byIds(ticketIds);
		const shown: ConsoleAppointmentDto[] = [];
		for (const b of booked) {
			const ticket = b.ticketId === null ? null : (tickets.get(b.ticketId) ?? null);
			const state = appointmentState(b.state, ticket?.state ?? null);
			if (state === null) continue;
			const checkedInAt = ticket?.issuedAt ?? null;
			shown.push({
				id: b.id,
				serviceId: b.serviceId,
				start: b.start,
				slotAt: b.slotAt,
				codeEnd: b.code.slice(-CODE_END),
				ticketId: ticket?.id ?? null,
				ticketNumber: ticket?.number ?? null,
				interpreter: b.interpreter,
				accessible: b.accessible,
				state,
				checkedInAt,
				// Every client who waits after check-in, not only those overdue now: the console
				// turns a line into the alert on its own clock when the slot passes, between snapshots.
				estimate: state === 'checked_in' && ticket ? this.estimateOf(ticket) : null
			});
		}
		return shown;
	}
}
