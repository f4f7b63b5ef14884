import { locationOf } from '$lib/server/admin/routes';
import { mayActOnDepartment } from '$lib/server/auth/guard';
import { readForm, refuse } from '$lib/server/forms/form-input';
import type { Actions, PageServerLoad } from './$types';

/**
 * "Zamknij dzień" (issue 12, item 16): a manager ends the day's waiting tickets at a location
 * (?location=ID, the first by default), their departments' only; an administrator, all of them.
 */
export const load: PageServerLoad = (event) => {
	const { app, principal } = event.locals;
	const { id, name } = locationOf(event);
	const isAdmin = principal.roles.includes('admin');
	return {
		location: { id, name, timeZone: app.views.location(id)!.hours.timeZone },
		locations: app.views.locations().map((l) => ({ id: l.id, name: l.name })),
		...app.day.status(id, principal),
		/** A manager's closing covers their departments (null: an administrator's, all). */
		scope: isAdmin
			? null
			: app.office
					.departments(id)
					.filter((d) => mayActOnDepartment(principal, d.id))
					.map((d) => d.name)
	};
};

export const actions: Actions = {
	close: async (event) => {
		const form = await readForm(event.request);
		if (!(form instanceof FormData)) return form;
		if (form.get('confirm') !== 'yes') {
			return refuse(400, {
				errors: { confirm: { key: 'day.err.confirm' } },
				problem: { key: 'day.err.confirm' }
			});
		}
		const { id } = locationOf(event);
		const { app, principal } = event.locals;
		const closed = app.day.closeByHand(id, principal, event.getClientAddress());
		return { closed: closed.closed.length };
	}
};
