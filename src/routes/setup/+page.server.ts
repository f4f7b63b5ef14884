import { redirect } from '@sveltejs/kit';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { parseForm, setupForm, typedText } from '$lib/server/forms/schemas';
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
		const parsed = await parseForm(setupForm, form);
		const values = typedText(form, ['firstName', 'lastName', 'position', 'login']);
		if (!parsed.ok) {
			return refuse(400, { errors: parsed.errors, problem: { key: 'form.errors' }, values });
		}
		const { code, fields, password } = parsed.value;
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
