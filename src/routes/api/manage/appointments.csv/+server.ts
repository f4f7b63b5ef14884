import { json } from '@sveltejs/kit';
import { toApiError } from '$lib/server/http/errors';
import { appointmentsReport } from '$lib/server/stats/appointments';
import { toCsv } from '$lib/server/stats/csv';
import { reportRange } from '$lib/server/stats/range';
import type { RequestHandler } from './$types';

/** /manage's appointment statistics as CSV (?location=&from=&to=), in the principal's scope. */
export const GET: RequestHandler = ({ url, locals }) => {
	const app = locals.app;
	try {
		const range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
		const report = appointmentsReport(app.db, app.office, range, locals.lang);
		return new Response(toCsv(report.header, report.rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="appointments-${range.from}-${range.to}.csv"`
			}
		});
	} catch (err) {
		const { status, error } = toApiError(err, locals.lang);
		return json({ error }, { status });
	}
};
