import { error, redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { parseForm, passwordChangeForm } from '$lib/server/forms/schemas';
import type { Actions, PageServerLoad } from './$types';

/** Your own account: details as on the badge, a password change, and signing out everywhere. */
export const load: PageServerLoad = ({ locals }) => {
	const app = locals.app;
	const staff = locals.principal.staff;
	const me = staff && app.accounts.staff.byId(staff.id);
	if (!me) error(401);
	const names = new Map(
		app.views.locations().flatMap((l) => app.office.departments(l.id).map((d) => [d.id, d.name]))
	);
	return {
		account: {
			name: `${me.firstName} ${me.lastName}`,
			login: me.login,
			position: me.position,
			role: me.role,
			departments: me.departmentIds.map((d) => names.get(d)).filter((n) => n !== undefined)
		},
		sessions: app.accounts.sessions.activeCount(me.id)
	};
};

export const actions: Actions = {
	password: async ({ request, locals, cookies, url, getClientAddress }) => {
		const staff = locals.principal.staff!;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const accounts = locals.app.accounts;
		const isCurrent = (password: string) => accounts.checkPassword(staff.id, password);
		const parsed = await parseForm(passwordChangeForm(isCurrent), form);
		if (!parsed.ok) return refuse(400, { errors: parsed.errors, problem: { key: 'form.errors' } });
		await accounts.setPassword(
			locals.principal,
			staff.id,
			parsed.value.password,
			getClientAddress()
		);
		clearSessionCookie(cookies, url);
		redirect(303, '/login?signed_out');
	},
	everywhere: ({ locals, cookies, url, getClientAddress }) => {
		locals.app.accounts.logoutEverywhere(locals.principal, getClientAddress());
		clearSessionCookie(cookies, url);
		redirect(303, '/login?signed_out');
	}
};
