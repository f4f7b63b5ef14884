import { error, redirect } from '@sveltejs/kit';
import { LANG_COOKIE, langFrom, translate } from '$lib/i18n';
import { bookingView } from '$lib/server/desk/booking-page';
import { readForm, refuse } from '$lib/server/forms/form-input';
import { BOOKING_TOKEN } from '$lib/server/http/bookings';
import { requestOrigin } from '$lib/server/http/origin';
import { DomainError } from '$lib/server/queue';
import type { Actions, PageServerLoad } from './$types';

/**
 * A booking behind its link: what, when, the code and QR code, cancelling it. Once the visitor
 * has checked in at the kiosk, the link leads on to the live ticket (/t/{code}), as the ticket's
 * own QR code would. The token is 144 random bits; nothing else finds a booking here.
 */
export const load: PageServerLoad = ({ params, url, request, locals, cookies, setHeaders }) => {
	const app = locals.app;
	const booking = BOOKING_TOKEN.test(params.token) ? app.bookings.byToken(params.token) : null;
	if (!booking) {
		error(404, {
			message: translate(langFrom(cookies.get(LANG_COOKIE)), 'booking.not_found'),
			code: 'not_found'
		});
	}
	if (booking.state === 'checked_in' && booking.ticketCode) {
		redirect(303, `/t/${booking.ticketCode}`);
	}
	setHeaders({
		'cache-control': 'no-store',
		'referrer-policy': 'no-referrer',
		'x-robots-tag': 'noindex'
	});
	return {
		...bookingView(app, booking, requestOrigin(request, url)),
		justBooked: url.searchParams.has('nowa'),
		confirming: url.searchParams.has('odwolaj') && booking.state === 'booked'
	};
};

export const actions: Actions = {
	cancel: async ({ params, request, locals }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		if (!BOOKING_TOKEN.test(params.token)) return refuse(404, { errors: {} });
		try {
			locals.app.bookings.cancel(params.token);
		} catch (err) {
			if (!(err instanceof DomainError)) throw err;
			return refuse(err.code === 'not_found' ? 404 : 409, {
				errors: {},
				problem: { key: 'booking.cancel.refused' }
			});
		}
		redirect(303, `/rezerwacja/${params.token}`);
	}
};
