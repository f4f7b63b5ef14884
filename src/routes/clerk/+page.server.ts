import { mayOperateWindow } from '$lib/server/auth/guard';
import { windowDepartmentIds } from '$lib/server/auth/scope';
import type { PageServerLoad } from './$types';

/** The windows this clerk may operate (their departments'), to pick the one at their desk. */
export const load: PageServerLoad = ({ locals }) => {
	const app = locals.app;
	const { views } = app;
	const mine = (windowId: number) =>
		mayOperateWindow(locals.principal, windowDepartmentIds(app, windowId));
	return {
		locations: views.locations().map((l) => ({
			id: l.id,
			name: l.name,
			windows: views
				.staffSnapshot(l.id)
				.windows.filter((w) => mine(w.id))
				.map((w) => ({
					id: w.id,
					label: w.label,
					room: w.room,
					floor: w.floor,
					status: w.status
				}))
		}))
	};
};
