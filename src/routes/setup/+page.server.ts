import { redirect } from '@sveltejs/kit';
import { FormInput, readForm, refuse } from '$lib/server/forms/form-input';
import { LOGIN_PATTERN } from '$lib/server/forms/staff-form';
import { RateLimiter } from '$lib/server/http/rate-limit';
import type { Actions, PageServerLoad } from './$types';

/** First start: creates the first administrator, only while none exists, with the code from the log. */
export const load: PageServerLoad = ({ locals }) => ({ open: locals.app.accounts.setupOpen() });

/** Ten tries per quarter of an hour per address: the setup code cannot be guessed by trying. */
const tries = new RateLimiter(10, 15 * 60 * 1000);

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const accounts = locals.app.accounts;
		if (!tries.take(getClientAddress())) {
			return refuse(429, { errors: {}, problem: { key: 'pair.throttled' } });
		}
		if (!accounts.setupOpen()) {
			return refuse(403, { errors: {}, problem: { key: 'setup.closed' } });
		}
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const input = new FormInput(form);
		const code = input.text('code', { required: true, max: 20 });
		const firstName = input.text('firstName', { required: true, max: 80 });
		const lastName = input.text('lastName', { required: true, max: 80 });
		const position = input.text('position', { max: 120 });
		const login = input.text('login', { required: true, max: 40 });
		if (login && !LOGIN_PATTERN.test(login)) input.fail('login', { key: 'staff.login_format' });
		const password = input.password('password');
		if (form.get('repeat') !== password) input.fail('repeat', { key: 'account.password.mismatch' });
		const values = { firstName, lastName, position, login };
		if (!input.ok) {
			return refuse(400, {
				errors: input.errors,
				problem: { key: 'form.errors' },
				values
			});
		}
		const fields = { firstName, lastName, position, login, departmentIds: [] };
		const result = await accounts.setup(code, fields, password, getClientAddress());
		if (result === 'closed') return refuse(403, { errors: {}, problem: { key: 'setup.closed' } });
		if (result === 'wrong_code') {
			return refuse(400, {
				errors: { code: { key: 'setup.wrong_code' } },
				problem: { key: 'form.errors' },
				values
			});
		}
		redirect(303, '/login?next=/admin');
	}
};
