import { json } from '@sveltejs/kit';
import { toApiError } from '$lib/server/http/errors';
import { DomainError } from '$lib/server/queue';
import { toCsv } from '$lib/server/stats/csv';
import { reportRange } from '$lib/server/stats/range';
import { timeReport } from '$lib/server/stats/time-report';
import type { RequestHandler } from './$types';

/** One table of /manage's time report as CSV (?table=times-department|times-hour|…). */
export const GET: RequestHandler = ({ url, locals }) => {
	const app = locals.app;
	try {
		const range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
		const report = timeReport(app.db, app.office, range, locals.lang);
		const table = report.tables.find((t) => t.id === url.searchParams.get('table'));
		if (!table) throw new DomainError('invalid_input', { field: 'table' });
		return new Response(toCsv(table.header, table.rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${table.id}-${range.from}-${range.to}.csv"`
			}
		});
	} catch (err) {
		const { status, error } = toApiError(err, locals.lang);
		return json({ error }, { status });
	}
};
