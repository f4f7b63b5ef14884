import { z } from 'zod';
import { locationParam } from '$lib/server/http/params';
import { respond } from '$lib/server/http/json';
import { BOOKING_DAY } from '$lib/shared/booking';
import type { RequestHandler } from './$types';

const query = z.object({ day: BOOKING_DAY });

/**
 * One day's free slots of every matter that takes appointments, in one answer: what the booking
 * of a client on the phone looks at first ("which matter has a place on Tuesday?"). A day that
 * cannot be booked (past, today, too far, closed) lists its slots with no free place.
 */
export const GET: RequestHandler = ({ params, locals, url }) =>
	respond(locals.lang, () => {
		const locationId = locationParam(params.id, locals);
		const { day } = query.parse(Object.fromEntries(url.searchParams));
		const bookable = locals.app.bookings.days(locationId).includes(day);
		const matters = locals.app.bookings.freeSlotsOfDay(locationId, day).map((m) => ({
			serviceId: m.serviceId,
			slots: m.slots.map((s) => ({ start: s.start, at: s.at, free: bookable ? s.free : 0 }))
		}));
		return { day, bookable, matters };
	});
