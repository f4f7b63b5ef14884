import { adminPageBase, runAdminAction } from '$lib/server/admin/routes';
import { mayActOnDepartment } from '$lib/server/auth/guard';
import type { Actions, PageServerLoad } from './$types';

/** Departments: names, kind, note, ticket prefix, order. Managers see their own only. */
export const load: PageServerLoad = (event) => {
	const { locals } = event;
	const base = adminPageBase(event);
	const { office } = locals.app;
	const services = office.services(base.location.id);
	return {
		...base,
		departments: office
			.departments(base.location.id)
			.filter((d) => mayActOnDepartment(event.locals.principal, d.id))
			.map((d) => ({ ...d, services: services.filter((s) => s.departmentId === d.id).length }))
	};
};

export const actions: Actions = {
	save: (event) =>
		runAdminAction(event, 'department', (admin, actor, locationId, values, id) =>
			admin.saveDepartment(actor, locationId, id, values)
		)
};
