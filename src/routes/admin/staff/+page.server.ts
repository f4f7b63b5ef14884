import { departmentChoices, staffContext, staffList } from '$lib/server/admin/staff-data';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { newStaffForm, parseForm, typedStaff } from '$lib/server/forms/schemas';
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
		const parsed = await parseForm(newStaffForm(staffContext(app)), form);
		if (!parsed.ok) {
			return refuse(400, {
				errors: parsed.errors,
				problem: { key: 'form.errors' },
				values: typedStaff(form, null)
			});
		}
		const { fields, password } = parsed.value;
		await app.accounts.createStaff(locals.principal, fields, password, getClientAddress());
		return { ok: { key: 'staff.created' as const } };
	}
};
