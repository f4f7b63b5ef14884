import { redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { parseForm, signInForm, typedText } from '$lib/server/forms/schemas';
import { homeOf, safeNext } from '$lib/server/http/home';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const staff = locals.principal.staff;
	if (staff)
		redirect(303, safeNext(url.searchParams.get('next'), url.origin) ?? homeOf(staff.role));
	return {
		setupOpen: locals.app.accounts.setupOpen(),
		signedOut: url.searchParams.has('signed_out')
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = await parseForm(signInForm, form);
		const values = typedText(form, ['login']);
		if (!parsed.ok) {
			return refuse(400, {
				errors: parsed.errors,
				problem: { key: 'auth.login.required' },
				values
			});
		}
		const { login, password } = parsed.value;
		const result = await locals.app.accounts.login(login, password, getClientAddress());
		if (!result.ok) {
			const problem =
				result.reason === 'throttled'
					? {
							key: 'auth.login.throttled' as const,
							params: { count: Math.ceil(result.retryAfterMs / 60_000) }
						}
					: { key: 'auth.login.invalid' as const };
			return refuse(result.reason === 'throttled' ? 429 : 401, {
				errors: {},
				problem,
				values
			});
		}
		setSessionCookie(cookies, url, result.token, result.expiresAt);
		redirect(303, safeNext(url.searchParams.get('next'), url.origin) ?? homeOf(result.member.role));
	}
};
