/** How a booking leaves the server (shared/booking.ts BookingDto): the holder's view only. */
import type { Booking } from '../db/repositories/bookings';
import type { BookingDto } from '$lib/shared/booking';

export function bookingDto(b: Booking): BookingDto {
	return {
		code: b.code,
		token: b.viewToken,
		state: b.state,
		day: b.day,
		start: b.start,
		slotAt: b.slotAt,
		serviceId: b.serviceId,
		interpreter: b.interpreter,
		accessible: b.accessible,
		ticketCode: b.ticketCode
	};
}

/** A link token as bookings are given them (18 random bytes, base64url). */
export const BOOKING_TOKEN = /^[A-Za-z0-9_-]{24}$/;
