import { redirect } from '@sveltejs/kit';
import { isLang, LANG_COOKIE, LANG_COOKIE_MAX_AGE, LANG_PARAM } from '$lib/i18n';
import { notFound } from '$lib/pages/not-found';
import { TICKET_CODE } from '$lib/shared/schemas';
import type { PageServerLoad } from './$types';

/**
 * The live ticket behind the QR code. The code is 128 random bits; the ticket number alone finds
 * nothing. The page shows the ticket's state and where to go, never anything personal.
 */
export const load: PageServerLoad = ({ params, cookies, setHeaders, locals, url }) => {
	const app = locals.app;
	const record = TICKET_CODE.test(params.code) ? app.tickets.byCode(params.code) : null;
	const location = record ? app.views.location(record.locationId) : null;
	if (!record || !location) notFound(cookies, 'ticket');
	followKioskLanguage(url, cookies);
	setHeaders({
		'cache-control': 'no-store',
		'referrer-policy': 'no-referrer',
		'x-robots-tag': 'noindex'
	});
	return {
		ticket: app.views.publicTicketOf(record),
		office: location.name,
		timeZone: location.hours.timeZone
	};
};

/**
 * A ticket taken in English carries `?lang=en` in its QR code: the phone remembers it as the
 * visitor's choice (the cookie the language switch writes, readable by that switch) and comes
 * back to the plain address, so a later switch on the phone is not undone by the link.
 */
function followKioskLanguage(url: URL, cookies: Parameters<PageServerLoad>[0]['cookies']): void {
	const asked = url.searchParams.get(LANG_PARAM);
	if (asked === null) return;
	if (isLang(asked)) {
		cookies.set(LANG_COOKIE, asked, {
			path: '/',
			maxAge: LANG_COOKIE_MAX_AGE,
			httpOnly: false,
			sameSite: 'lax',
			secure: url.protocol === 'https:'
		});
	}
	redirect(303, url.pathname);
}
