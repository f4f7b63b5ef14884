import { localTime } from '$lib/server/queue';
import type { PageServerLoad } from './$types';

/** Paper forms (channel 3): every location with its departments, and today's date there. */
export const load: PageServerLoad = ({ locals }) => {
	const { views, office } = locals.app;
	return {
		locations: views.locations().map((l) => ({
			id: l.id,
			name: l.name,
			today: localTime(Date.now(), l.timeZone).day,
			departments: office.departments(l.id).map((d) => ({ id: d.id, name: d.name }))
		}))
	};
};
