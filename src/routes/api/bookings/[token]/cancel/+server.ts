import { BOOKING_TOKEN, bookingDto } from '$lib/server/http/bookings';
import { respond } from '$lib/server/http/json';
import { DomainError } from '$lib/server/queue';
import type { RequestHandler } from './$types';

/** Cancel a booking still to come, with its link: the place is free again. */
export const POST: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		if (!BOOKING_TOKEN.test(params.token)) throw new DomainError('not_found', { what: 'booking' });
		return bookingDto(locals.app.bookings.cancel(params.token));
	});
