import { adminPageBase, runAdminAction } from '$lib/server/admin/routes';
import { mayActOnDepartment } from '$lib/server/auth/guard';
import { appointmentsAdminOf } from '$lib/server/office/admin-appointments';
import type { Actions, PageServerLoad } from './$types';

/** `?stretch=ID` or `?interpreter=ID`: the row whose form the page shows. */
const rowParam = (url: URL, name: string) => {
	const raw = url.searchParams.get(name);
	return raw && /^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : null;
};

/**
 * Appointments: each matter's weekly schedule, the interpreter's week and the booking policy of
 * the location. Managers see and change the schedules of their departments' matters.
 */
export const load: PageServerLoad = (event) => {
	const base = adminPageBase(event);
	const { locals, url } = event;
	const services = locals.app.office
		.services(base.location.id)
		.filter((s) => mayActOnDepartment(locals.principal, s.departmentId));
	const mine = new Set(services.map((s) => s.id));
	const view = appointmentsAdminOf(locals.app).view(base.location.id);
	const schedules = view.schedules.filter((r) => mine.has(r.serviceId));
	const stretchId = rowParam(url, 'stretch');
	const interpreterId = rowParam(url, 'interpreter');
	return {
		...base,
		services: services.map((s) => ({ id: s.id, name: s.name })),
		schedules,
		interpreter: view.interpreter,
		policy: view.policy,
		ownPolicy: view.ownPolicy,
		stretch: schedules.find((r) => r.id === stretchId) ?? null,
		interpreterRow: view.interpreter.find((r) => r.id === interpreterId) ?? null
	};
};

const admin = (event: Parameters<Actions[string]>[0]) => appointmentsAdminOf(event.locals.app);

export const actions: Actions = {
	stretch: (event) =>
		runAdminAction(event, 'stretch', (_o, actor, locationId, values, id) =>
			admin(event).saveStretch(actor, locationId, id, values)
		),
	deleteStretch: (event) =>
		runAdminAction(
			event,
			'stretch-delete',
			(_o, actor, locationId, _values, id) =>
				admin(event).deleteStretch(actor, locationId, id ?? 0),
			'list'
		),
	interpreter: (event) =>
		runAdminAction(event, 'interpreter', (_o, actor, locationId, values, id) =>
			admin(event).saveInterpreter(actor, locationId, id, values)
		),
	deleteInterpreter: (event) =>
		runAdminAction(
			event,
			'interpreter-delete',
			(_o, actor, locationId, _values, id) =>
				admin(event).deleteInterpreter(actor, locationId, id ?? 0),
			'list'
		),
	policy: (event) =>
		runAdminAction(event, 'policy', (_o, actor, locationId, values) =>
			admin(event).savePolicy(actor, locationId, values)
		)
};
