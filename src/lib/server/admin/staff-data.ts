/** What the staff and device screens list: departments and locations by name. */
import type { App } from '../app';

export function departmentChoices(app: App) {
	return app.views
		.locations()
		.flatMap((l) =>
			app.office.departments(l.id).map((d) => ({ id: d.id, name: d.name, location: l.name }))
		);
}

/** What the staff forms' rules check against (forms/schemas.ts): the staff and the departments. */
export function staffContext(app: App) {
	return { staff: app.accounts.staff, departments: departmentChoices(app).map((d) => d.id) };
}

export function staffList(app: App) {
	return app.accounts.staff.all().map((m) => ({
		id: m.id,
		login: m.login,
		name: `${m.firstName} ${m.lastName}`,
		firstName: m.firstName,
		lastName: m.lastName,
		position: m.position,
		role: m.role,
		departmentIds: m.departmentIds,
		substituteId: m.substituteId,
		active: m.active
	}));
}
