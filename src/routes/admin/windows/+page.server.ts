import { adminPageBase, runAdminAction } from '$lib/server/admin/routes';
import { mayActOnDepartment } from '$lib/server/auth/guard';
import { floorOfRoom } from '$lib/server/queue';
import type { Actions, PageServerLoad } from './$types';

/**
 * Windows: label, room (its floor follows), status and the matters served. A manager sees the
 * windows serving their departments and may tick their departments' matters only.
 */
export const load: PageServerLoad = (event) => {
	const { locals } = event;
	const base = adminPageBase(event);
	const { office } = locals.app;
	const principal = event.locals.principal;
	const departments = office.departments(base.location.id);
	const services = office.services(base.location.id);
	const departmentOf = new Map(services.map((s) => [s.id, s.departmentId]));
	const mine = (serviceId: number) =>
		mayActOnDepartment(principal, departmentOf.get(serviceId) ?? -1);
	const windows = office
		.windows(base.location.id)
		.filter((w) => base.isAdmin || w.serviceIds.some(mine))
		.map((w) => ({
			id: w.id,
			label: w.label,
			room: w.room,
			floor: floorOfRoom(w.room),
			status: w.status,
			pauseReason: w.pauseReason,
			serviceIds: w.serviceIds
		}));
	return {
		...base,
		windows,
		groups: departments
			.map((d) => ({
				id: d.id,
				name: d.name,
				services: services
					.filter((s) => s.departmentId === d.id && mine(s.id))
					.map((s) => ({ id: s.id, name: s.name, active: s.active }))
			}))
			.filter((g) => g.services.length > 0)
	};
};

export const actions: Actions = {
	save: (event) =>
		runAdminAction(event, 'window', (admin, actor, locationId, values, id) =>
			admin.saveWindow(actor, locationId, id, values)
		),
	delete: (event) =>
		runAdminAction(
			event,
			'window-delete',
			(admin, actor, locationId, _values, id) => admin.deleteWindow(actor, locationId, id ?? 0),
			'list'
		)
};
