import { officeAdminOf } from '$lib/server/office/admin';
import { adminPageBase, runAdminAction } from '$lib/server/admin/routes';
import { mayActOnDepartment } from '$lib/server/auth/guard';
import type { Actions, PageServerLoad } from './$types';

/** Matters: names, department, prefix, flags, online link, wait target. Managers: their own. */
export const load: PageServerLoad = (event) => {
	const { locals } = event;
	const base = adminPageBase(event);
	const { office } = locals.app;
	const departments = office
		.departments(base.location.id)
		.filter((d) => mayActOnDepartment(event.locals.principal, d.id));
	const mine = new Set(departments.map((d) => d.id));
	const targets = officeAdminOf(locals.app).waitTargets(base.location.id);
	return {
		...base,
		departments: departments.map((d) => ({ id: d.id, name: d.name, prefix: d.prefix })),
		services: office
			.services(base.location.id)
			.filter((s) => mine.has(s.departmentId))
			.map((s) => ({
				...s,
				waitTargetMinutes: targets.get(s.id)?.minutes ?? 15,
				waitTargetShare: targets.get(s.id)?.share ?? 80
			}))
	};
};

export const actions: Actions = {
	save: (event) =>
		runAdminAction(event, 'service', (admin, actor, locationId, values, id) =>
			admin.saveService(actor, locationId, id, values)
		),
	delete: (event) =>
		runAdminAction(
			event,
			'service-delete',
			(admin, actor, locationId, _values, id) => admin.deleteService(actor, locationId, id ?? 0),
			'list'
		)
};
