import { adminPageBase, runAdminAction } from '$lib/server/admin/routes';
import type { AdminResult } from '$lib/server/office/admin';
import type { FormValues } from '$lib/server/office/schemas';
import type { Actions, PageServerLoad } from './$types';

/** A location's hours, cut-off, mode and contacts, and its floors' colours (admins only). */
export const load: PageServerLoad = (event) => {
	const { locals } = event;
	const base = adminPageBase(event);
	const location = locals.app.office.location(base.location.id)!;
	return {
		...base,
		settings: {
			name: location.name,
			address: location.address,
			week: location.hours.week as Record<string, { opens: string; closes: string } | undefined>,
			cutoffMinutes: location.hours.cutoffMinutes,
			restoreGraceMinutes: location.restoreGraceMinutes,
			enforced: location.hours.enforced,
			mode: location.hours.mode,
			contact: location.contact
		},
		// Whole minutes on the form; a test may have set seconds in the table (at least 1 minute shown).
		board: {
			callHighlightMinutes: Math.max(1, Math.round(location.board.callHighlightMs / 60_000)),
			showsPaused: location.board.showsPaused
		},
		floors: location.floors,
		help: {
			chosen: locals.app.help.chosenDepartment(location.id),
			departments: locals.app.office
				.departments(location.id)
				.map((d) => ({ id: d.id, name: d.name }))
		}
	};
};

/** The help department's form: '' is the Kancelaria (the default), else a department's id. */
function helpDepartmentOf(values: FormValues): number | null | undefined {
	const raw = values.departmentId;
	if (raw === '') return null;
	return typeof raw === 'string' && /^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : undefined;
}

export const actions: Actions = {
	location: (event) =>
		runAdminAction(event, 'location', (admin, actor, locationId, values) =>
			admin.updateLocation(actor, locationId, values)
		),
	board: (event) =>
		runAdminAction(event, 'board', (admin, actor, locationId, values) =>
			admin.updateBoard(actor, locationId, values)
		),
	help: (event) =>
		runAdminAction(event, 'help', (_admin, actor, locationId, values): AdminResult => {
			const departmentId = helpDepartmentOf(values);
			const help = event.locals.app.help;
			const ours = (id: number) =>
				event.locals.app.office.department(id)?.locationId === locationId;
			if (departmentId === undefined || (departmentId !== null && !ours(departmentId))) {
				return {
					ok: false,
					status: 400,
					errors: { departmentId: { key: 'admin.help.err_department' } }
				};
			}
			const changed = help.chooseDepartment(actor.principal, actor.ip, locationId, departmentId);
			return { ok: true, id: locationId, changed };
		}),
	floor: (event) =>
		runAdminAction(
			event,
			(values) => (values.new ? 'floor-new' : `floor-${String(values.floor)}`),
			(admin, actor, locationId, values) => admin.saveFloor(actor, locationId, values)
		)
};
