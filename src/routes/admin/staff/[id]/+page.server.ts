import { error, redirect } from '@sveltejs/kit';
import { departmentChoices, staffContext, staffList } from '$lib/server/admin/staff-data';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { contactForm } from '$lib/server/forms/directory-forms';
import { typedText } from '$lib/server/forms/fields';
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
	return {
		member: staff.find((m) => m.id === id)!,
		contact: app.directory.contactOf(id),
		staff,
		departments: departmentChoices(app)
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals, getClientAddress }) => {
		const app = locals.app;
		const id = memberId(app, params.id);
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = await parseForm(staffForm({ ...staffContext(app), id }), form);
		// The directory's extension and room are refused with the rest, and saved with it.
		const contact = await parseForm(contactForm, form);
		if (!parsed.ok || !contact.ok) {
			return refuse(400, {
				errors: { ...(parsed.ok ? {} : parsed.errors), ...(contact.ok ? {} : contact.errors) },
				problem: { key: 'form.errors' },
				values: { ...typedStaff(form, id), ...typedText(form, ['extension', 'room']) }
			});
		}
		app.accounts.updateStaff(locals.principal, id, parsed.value, getClientAddress());
		const { extension, room } = contact.value;
		app.directory.setContact(locals.principal, id, extension, room);
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
