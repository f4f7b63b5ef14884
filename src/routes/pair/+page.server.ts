import { redirect } from '@sveltejs/kit';
import { setDeviceCookie } from '$lib/server/auth/cookies';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { pairingForm, parseForm, typedText } from '$lib/server/forms/schemas';
import { safeNext } from '$lib/server/http/home';
import { RateLimiter } from '$lib/server/http/rate-limit';
import type { Actions, PageServerLoad } from './$types';

/** Ten tries per quarter of an hour per address: codes cannot be guessed by trying. */
const tries = new RateLimiter(10, 15 * 60 * 1000);

export const load: PageServerLoad = ({ locals }) => ({
	paired: locals.principal.device ? { kind: locals.principal.device.kind } : null
});

export const actions: Actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const address = getClientAddress();
		if (!tries.take(address)) {
			return refuse(429, { errors: {}, problem: { key: 'pair.throttled' } });
		}
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = await parseForm(pairingForm, form);
		const values = typedText(form, ['code']);
		if (!parsed.ok) return refuse(400, { errors: parsed.errors, values });
		const app = locals.app;
		const paired = app.accounts.pair(parsed.value.code, address);
		if (!paired) return refuse(400, { errors: { code: { key: 'pair.invalid' } }, values });
		setDeviceCookie(cookies, url, paired.token);
		const slug = app.views.location(paired.locationId)?.slug ?? '';
		const screen = paired.kind === 'kiosk' ? `/kiosk/${slug}` : `/display/${slug}`;
		redirect(303, safeNext(url.searchParams.get('next'), url.origin) ?? screen);
	}
};
