import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** Every window of every location, for a clerk to pick the one at their desk. */
export const load: PageServerLoad = () => {
	const { views } = getApp();
	return {
		locations: views.locations().map((l) => ({
			id: l.id,
			name: l.name,
			windows: views.staffSnapshot(l.id).windows.map((w) => ({
				id: w.id,
				label: w.label,
				room: w.room,
				floor: w.floor,
				status: w.status
			}))
		}))
	};
};
