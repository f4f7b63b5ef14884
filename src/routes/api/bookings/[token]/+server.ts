import { BOOKING_TOKEN, bookingDto } from '$lib/server/http/bookings';
import { respond } from '$lib/server/http/json';
import { DomainError } from '$lib/server/queue';
import type { RequestHandler } from './$types';

/** A booking behind its link. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		const booking = BOOKING_TOKEN.test(params.token)
			? locals.app.bookings.byToken(params.token)
			: null;
		if (!booking) throw new DomainError('not_found', { what: 'booking' });
		return bookingDto(booking);
	});
