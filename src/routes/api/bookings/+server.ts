import { RequestError } from '$lib/server/http/errors';
import { bookingDto } from '$lib/server/http/bookings';
import { readJson, respond } from '$lib/server/http/json';
import { RateLimiter } from '$lib/server/http/rate-limit';
import { bookingRequest } from '$lib/shared/booking';
import type { RequestHandler } from './$types';

/**
 * Per address and 10 minutes: 10 bookings made (a household books a few, not dozens, and nobody
 * may fill a day's slots), and 60 attempts (a mistyped form is tried again; a flood is not).
 */
const made = new RateLimiter(10, 10 * 60_000);
const attempts = new RateLimiter(60, 10 * 60_000);

/** Book a slot (the public booking page, or staff for a client on the phone). */
export const POST: RequestHandler = ({ request, locals, getClientAddress }) =>
	respond(
		locals.lang,
		async () => {
			const address = getClientAddress();
			if (!attempts.take(address) || !made.allows(address)) {
				throw new RequestError(429, 'too_many_requests');
			}
			const input = bookingRequest.parse(await readJson(request));
			const booking = locals.app.bookings.book({
				...input,
				bookedBy: locals.principal.staff?.id ?? null
			});
			made.take(address);
			return bookingDto(booking);
		},
		201
	);
