/**
 * The no-show job (issue 14, SR-09): each minute, bookings still `booked` whose check-in grace
 * has passed become `missed` (BookingService.markNoShows). Each minute because the console lists
 * the day's no-shows and check-in closes to the minute; cheap because only the bookings still to
 * come are in its index (bookings_due, migration 026).
 */
import type { BookingService } from './bookings';
import { log } from '../log';

export const NO_SHOWS_EVERY_MS = 60_000;

export function scheduleNoShows(
	bookings: Pick<BookingService, 'markNoShows'>,
	everyMs = NO_SHOWS_EVERY_MS
): () => void {
	const run = () => {
		try {
			bookings.markNoShows();
		} catch (err) {
			// A timer has no caller to answer; the next run tries again.
			log.error({ err }, 'marking no-shows failed');
		}
	};
	run();
	const timer = setInterval(run, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
