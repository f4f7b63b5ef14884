/**
 * Check-in at the kiosk (issue 14): a visitor with a booking types its code (or scans its QR
 * link) and gets a ticket with the appointments' prefix and the slot's time. The time rule is the
 * domain's (queue/slots.ts `checkIn`); this looks the booking up, and issues the ticket and marks
 * the booking checked in within one IMMEDIATE transaction, so two kiosks scanning the same code
 * at once issue one ticket, and a refused check-in changes nothing.
 */
import type { Db } from '../db/open';
import type { Booking, BookingRepository } from '../db/repositories/bookings';
import type { OfficeRepository } from '../office/repository';
import {
	checkIn,
	DEFAULT_BOOKING_POLICY,
	DomainError,
	localTime,
	type BookingPolicy
} from '../queue';
import type { BookingKey, CheckInRefusal } from '$lib/shared/check-in';
import type { CommandResult, QueueService } from './queue-service';

export class CheckInDesk {
	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly bookings: BookingRepository,
		private readonly queue: QueueService,
		private readonly clock: () => number,
		/** Each location's check-in times (set at /admin/appointments). */
		private readonly policyOf: (locationId: number) => BookingPolicy = () => DEFAULT_BOOKING_POLICY
	) {}

	/**
	 * The booking's ticket, or a refusal (DomainError `check_in_refused` with its `reason`). A late
	 * visitor's refusal names the matter (`serviceId`), for the walk-in ticket the kiosk offers.
	 */
	checkIn(locationId: number, key: BookingKey, kiosk: string | undefined): CommandResult {
		return this.db
			.transaction((): CommandResult => {
				const now = this.clock();
				const booking = this.find(locationId, key);
				const location = this.office.location(locationId)!;
				const tz = location.hours.timeZone;
				const decision = checkIn(booking.slotAt, now, this.policyOf(locationId));
				if (!decision.ok && decision.reason === 'too_late') {
					refuse('too_late', { serviceId: booking.serviceId, start: booking.start });
				}
				if (!decision.ok) {
					const opens = localTime(decision.opensAt, tz);
					if (opens.day !== localTime(now, tz).day) {
						refuse('other_day', { day: booking.day, start: booking.start });
					}
					refuse('too_early', { opens: clock(opens.minutes), start: booking.start });
				}
				const result = this.queue.issueAppointment(
					{ locationId, serviceId: booking.serviceId, priority: null, kiosk },
					booking.slotAt
				);
				this.bookings.setState(booking.id, 'checked_in', now, result.ticket!.id);
				return result;
			})
			.immediate();
	}

	/** The booking still to come behind a code or link at this location, or the refusal why not. */
	private find(locationId: number, key: BookingKey): Booking {
		if ('code' in key) {
			// Only a booking still to come holds its code; a used or cancelled code is unknown.
			return this.bookings.byCode(locationId, key.code) ?? refuse('unknown');
		}
		const booking = this.bookings.byToken(key.token);
		if (!booking || booking.locationId !== locationId) refuse('unknown');
		if (booking.state === 'cancelled') refuse('cancelled');
		if (booking.state !== 'booked') refuse('used');
		return booking;
	}
}

function refuse(reason: CheckInRefusal, params: Record<string, string | number> = {}): never {
	throw new DomainError('check_in_refused', { reason, ...params });
}

const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
