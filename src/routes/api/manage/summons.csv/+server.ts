import { json } from '@sveltejs/kit';
import { translate, type MessageKey } from '$lib/i18n';
import { toApiError } from '$lib/server/http/errors';
import { toCsv } from '$lib/server/stats/csv';
import { reportRange, statsRange } from '$lib/server/stats/range';
import type { RequestHandler } from './$types';

/**
 * The summons table of /manage as CSV (issue 15): per department, the count, the median seconds
 * to accept and to arrive, declined, unanswered and cancelled.
 */
export const GET: RequestHandler = ({ url, locals }) => {
	const app = locals.app;
	const t = (key: MessageKey) => translate(locals.lang, key);
	try {
		const range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
		const report = app.summons.report(statsRange(range, app.office.location(range.locationId)!));
		const departments = new Map(
			app.office.departments(range.locationId).map((d) => [d.id, d.name[locals.lang]])
		);
		const header = [
			t('summons.report.department'),
			t('summons.report.count'),
			`${t('summons.report.accept')} (s)`,
			`${t('summons.report.arrive')} (s)`,
			t('summons.report.declined'),
			t('summons.report.unanswered'),
			t('summons.report.cancelled')
		];
		const rows = [report.total, ...report.byDepartment].map((r) => [
			r.departmentId === null ? t('manage.survey.all') : (departments.get(r.departmentId) ?? ''),
			r.count,
			r.medianAcceptSeconds,
			r.medianArriveSeconds,
			r.declined,
			r.unanswered,
			r.cancelled
		]);
		return new Response(toCsv(header, rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="wezwania-${range.from}-${range.to}.csv"`
			}
		});
	} catch (err) {
		const { status, error } = toApiError(err, locals.lang);
		return json({ error }, { status });
	}
};
