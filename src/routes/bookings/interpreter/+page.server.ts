import { locationOf } from '$lib/server/admin/routes';
import { staffBookingsOf } from '$lib/server/desk/staff-bookings';
import { localTime, zonedInstant } from '$lib/server/queue';
import type { PageServerLoad } from './$types';

/** The interpreter's diary: a location's bookings with an interpreter from today on, by date. */
export const load: PageServerLoad = ({ url, locals }) => {
	const location = locationOf({ url, locals });
	const { app } = locals;
	const zone = app.office.location(location.id)!.hours.timeZone;
	const today = localTime(app.bookings.clock(), zone).day;
	const services = new Map(app.office.services(location.id).map((s) => [s.id, s.name]));
	return {
		location,
		locations: app.views.locations().map((l) => ({ id: l.id, name: l.name })),
		diary: staffBookingsOf(app)
			.interpreterDiary(location.id, zonedInstant(today, 0, zone))
			.map((b) => ({
				id: b.id,
				day: b.day,
				start: b.start,
				code: b.code,
				state: b.state,
				service: services.get(b.serviceId) ?? null,
				accessible: b.accessible
			}))
	};
};
