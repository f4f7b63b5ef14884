import { locationParam } from '$lib/server/http/params';
import { respond } from '$lib/server/http/json';
import { slotsQuery } from '$lib/shared/booking';
import type { RequestHandler } from './$types';

/**
 * The days a matter can be booked on, and one day's slots with their free places (the first
 * bookable day unless `day` is given).
 */
export const GET: RequestHandler = ({ params, locals, url }) =>
	respond(locals.lang, () => {
		const locationId = locationParam(params.id, locals);
		const q = slotsQuery.parse(Object.fromEntries(url.searchParams));
		const days = locals.app.bookings.days(locationId, q.interpreter);
		const day = q.day ?? days[0] ?? null;
		const slots =
			day === null
				? []
				: locals.app.bookings
						.freeSlots(locationId, q.serviceId, day, q.interpreter)
						.map((s) => ({ start: s.start, at: s.at, free: days.includes(day) ? s.free : 0 }));
		return { days, day, slots };
	});
