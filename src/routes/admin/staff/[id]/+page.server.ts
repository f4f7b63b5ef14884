import { error, redirect } from '@sveltejs/kit';
import { departmentChoices, staffContext, staffList } from '$lib/server/admin/staff-data';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { parseForm, passwordResetForm, staffForm, typedStaff } from '$lib/server/forms/schemas';
import { idParam } from '$lib/shared/schemas';
import type { App } from '$lib/server/app';
import type { Actions, PageServerLoad } from './$types';

function memberId(app: App, param: string): number {
	const id = idParam.safeParse(param);
	if (!id.success || !app.accounts.staff.byId(id.data)) error(404, { message: 'Not found' });
	return id.data;
}

/** One staff member (admins): details, role, departments, substitute, active; a new password. */
export const load: PageServerLoad = ({ params, locals }) => {
	const app = locals.app;
	const id = memberId(app, params.id);
	const staff = staffList(app);
	return { member: staff.find((m) => m.id === id)!, staff, departments: departmentChoices(app) };
};

export const actions: Actions = {
	save: async ({ request, params, locals, getClientAddress }) => {
		const app = locals.app;
		const id = memberId(app, params.id);
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = await parseForm(staffForm({ ...staffContext(app), id }), form);
		if (!parsed.ok) {
			return refuse(400, {
				errors: parsed.errors,
				problem: { key: 'form.errors' },
				values: typedStaff(form, id)
			});
		}
		app.accounts.updateStaff(locals.principal, id, parsed.value, getClientAddress());
		// Changing your own role or departments ends your session: sign in again.
		if (locals.principal.staff?.id === id && !app.accounts.sessions.activeCount(id)) {
			redirect(303, '/login');
		}
		return { ok: { key: 'form.saved' as const } };
	},
	password: async ({ request, params, locals, getClientAddress }) => {
		const app = locals.app;
		const id = memberId(app, params.id);
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = await parseForm(passwordResetForm, form);
		if (!parsed.ok) return refuse(400, { errors: parsed.errors, problem: { key: 'form.errors' } });
		await app.accounts.setPassword(locals.principal, id, parsed.value.password, getClientAddress());
		if (locals.principal.staff?.id === id) redirect(303, '/login');
		return { ok: { key: 'staff.password_reset_done' as const } };
	}
};
