/**
 * The public booking's rate limits, one pair for every way in (the JSON API and the booking
 * page's form), so an address cannot double its share by using both.
 */
import type { Booking } from '../db/repositories/bookings';
import type { BookingRequest, BookingService } from '../desk/bookings';
import { RequestError } from './errors';
import { RateLimiter } from './rate-limit';

/**
 * Per address and 10 minutes: 10 bookings made (a household books a few, not dozens, and nobody
 * may fill a day's slots), and 60 attempts (a mistyped form is tried again; a flood is not).
 */
const made = new RateLimiter(10, 10 * 60_000);
const attempts = new RateLimiter(60, 10 * 60_000);

/** Count an attempt from `address`; 429 when it is over either limit. */
export function takeBookingAttempt(address: string): void {
	if (!attempts.take(address) || !made.allows(address)) {
		throw new RequestError(429, 'too_many_requests');
	}
}

/** Book for `address` (its attempt already taken): a booking made counts against it. */
export function bookFor(
	address: string,
	bookings: BookingService,
	request: BookingRequest
): Booking {
	const booking = bookings.book(request);
	made.take(address);
	return booking;
}
