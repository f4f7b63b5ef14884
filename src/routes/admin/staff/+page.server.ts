import { departmentChoices, staffList } from '$lib/server/admin/staff-data';
import { FormInput, readForm, refuse } from '$lib/server/forms/form-input';
import { readStaffFields, staffValues } from '$lib/server/forms/staff-form';
import type { Actions, PageServerLoad } from './$types';

/** Staff accounts (admins): the list and the form to add one. */
export const load: PageServerLoad = ({ locals }) => {
	const app = locals.app;
	return { staff: staffList(app), departments: departmentChoices(app) };
};

export const actions: Actions = {
	create: async ({ request, locals, getClientAddress }) => {
		const app = locals.app;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const input = new FormInput(form);
		const known = departmentChoices(app).map((d) => d.id);
		const fields = readStaffFields(input, app.accounts.staff, null, known);
		const password = input.password('password');
		if (!input.ok) {
			return refuse(400, {
				errors: input.errors,
				problem: { key: 'form.errors' },
				values: staffValues(fields)
			});
		}
		await app.accounts.createStaff(locals.principal, fields, password, getClientAddress());
		return { ok: { key: 'staff.created' as const } };
	}
};
