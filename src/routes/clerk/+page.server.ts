import { mayOperateWindow } from '$lib/server/auth/guard';
import { windowDepartmentIds } from '$lib/server/auth/scope';
import type { PageServerLoad } from './$types';

/**
 * The windows this clerk may operate (their departments'), to pick the one at their desk, with
 * who holds each (one clerk per window): `mine` when it is the signed-in clerk.
 */
export const load: PageServerLoad = ({ locals }) => {
	const app = locals.app;
	const { views } = app;
	const mine = (windowId: number) =>
		mayOperateWindow(locals.principal, windowDepartmentIds(app, windowId));
	const me = locals.principal.staff?.id ?? null;
	return {
		locations: views.locations().map((l) => ({
			id: l.id,
			name: l.name,
			windows: views
				.staffFrame(l.id)
				.windows.filter((w) => mine(w.id))
				.map((w) => ({
					id: w.id,
					label: w.label,
					room: w.room,
					floor: w.floor,
					status: w.status,
					holder: w.holder && { name: w.holder.name, mine: w.holder.staffId === me }
				}))
		}))
	};
};
