import { error } from '@sveltejs/kit';
import { toApiError } from '$lib/server/http/errors';
import { backroomReport } from '$lib/server/stats/backroom-report';
import { reportRange, statsRange } from '$lib/server/stats/range';
import type { PageServerLoad } from './$types';

/**
 * The back room's figures for a period (?location=&from=&to=, as /manage): the staff's question
 * log by matter, idle time per window, calls for help. A period typed wrong is a 400 page.
 */
export const load: PageServerLoad = ({ url, locals }) => {
	const app = locals.app;
	try {
		const range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
		const location = app.office.location(range.locationId)!;
		return {
			range,
			timeZone: location.hours.timeZone,
			report: backroomReport(app, statsRange(range, location), locals.lang)
		};
	} catch (err) {
		const { status, error: e } = toApiError(err, locals.lang);
		error(status, { message: e.message, code: e.code });
	}
};
