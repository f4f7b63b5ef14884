import { bookFor, takeBookingAttempt } from '$lib/server/http/booking-limits';
import { bookingDto } from '$lib/server/http/bookings';
import { readJson, respond } from '$lib/server/http/json';
import { bookingRequest } from '$lib/shared/booking';
import type { RequestHandler } from './$types';

/** Book a slot (the public booking page, or staff for a client on the phone). */
export const POST: RequestHandler = ({ request, locals, getClientAddress }) =>
	respond(
		locals.lang,
		async () => {
			const address = getClientAddress();
			takeBookingAttempt(address);
			const input = bookingRequest.parse(await readJson(request));
			const booking = bookFor(address, locals.app.bookings, {
				...input,
				bookedBy: locals.principal.staff?.id ?? null
			});
			return bookingDto(booking);
		},
		201
	);
