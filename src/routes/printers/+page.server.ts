import { requestOrigin } from '$lib/server/http/origin';
import type { PageServerLoad } from './$types';

/**
 * Staff: every kiosk printer with its last known condition and a preview of its ticket. A
 * stand-in for the admin view until accounts and device pairing are built.
 */
export const load: PageServerLoad = ({ locals, url, request }) => {
	const { printing, views } = locals.app;
	return {
		printers: printing.statuses().map((status) => {
			const { number, sample } = printing.preview(
				status.kiosk,
				locals.lang,
				requestOrigin(request, url)
			);
			return { status, preview: { number, sample } };
		}),
		timeZone: views.locations()[0]?.timeZone ?? 'Europe/Warsaw'
	};
};
