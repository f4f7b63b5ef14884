import { notFound } from '$lib/pages/not-found';
import { TICKET_CODE } from '$lib/shared/schemas';
import type { PageServerLoad } from './$types';

/**
 * The live ticket behind the QR code. The code is 128 random bits; the ticket number alone finds
 * nothing. The page shows the ticket's state and where to go, never anything personal.
 */
export const load: PageServerLoad = ({ params, cookies, setHeaders, locals }) => {
	const app = locals.app;
	const record = TICKET_CODE.test(params.code) ? app.tickets.byCode(params.code) : null;
	const location = record ? app.views.location(record.locationId) : null;
	if (!record || !location) notFound(cookies, 'ticket');
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
