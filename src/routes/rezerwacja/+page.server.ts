import { redirect } from '@sveltejs/kit';
import { bookingMenu } from '$lib/server/desk/booking-page';
import { bookFromForm } from '$lib/server/forms/booking-form';
import { readForm, refuse } from '$lib/server/forms/form-input';
import type { Actions, PageServerLoad } from './$types';

/**
 * The public booking page: each choice (location, matter, interpreter, day) is in the address,
 * so the page works as links without JavaScript, and with it moves between them in place.
 */
export const load: PageServerLoad = ({ url, locals }) => {
	const q = url.searchParams;
	return bookingMenu(locals.app, {
		location: q.get('location'),
		matter: q.get('matter'),
		day: q.get('day'),
		interpreter: q.get('interpreter') === '1'
	});
};

export const actions: Actions = {
	book: async ({ request, locals, getClientAddress }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const result = bookFromForm(locals.app, form, {
			address: getClientAddress(),
			lang: locals.lang,
			staffId: locals.principal.staff?.id ?? null
		});
		if (!result.ok) return refuse(result.status, result.failure);
		redirect(303, `/rezerwacja/${result.booking.viewToken}?nowa=1`);
	}
};
