import { translate, type MessageKey, type Params } from '$lib/i18n';
import { toApiError } from '$lib/server/http/errors';
import { toCsv } from '$lib/server/stats/csv';
import { reportRange } from '$lib/server/stats/range';
import { surveyResults } from '$lib/server/stats/survey-results';
import { SURVEY_ITEMS } from '$lib/shared/survey';
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * The survey table of /manage as CSV: one row per department (and all); per item the % satisfied,
 * and beside it how many were satisfied and how many answered the item (n), so a spreadsheet can
 * weigh or add up the percentages (issue 12, item 19).
 */
export const GET: RequestHandler = ({ url, locals }) => {
	const app = locals.app;
	const t = (key: MessageKey, params?: Params) => translate(locals.lang, key, params);
	try {
		const range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
		const results = surveyResults(app.db, range);
		const names = new Map(app.office.departments(range.locationId).map((d) => [d.id, d.name]));
		const header = [
			t('manage.survey.department'),
			t('manage.survey.responses'),
			...SURVEY_ITEMS.flatMap((i) => {
				const item = t(`manage.survey.item_short.${i}` as MessageKey);
				return [
					t('manage.survey.csv_percent', { item }),
					t('manage.survey.csv_satisfied', { item }),
					t('manage.survey.csv_answered', { item })
				];
			})
		];
		const rows = [results.total, ...results.byDepartment].map((r) => [
			r.departmentId === null
				? t(range.departmentIds ? 'manage.survey.all_scoped' : 'manage.survey.all')
				: (names.get(r.departmentId)?.[locals.lang] ?? String(r.departmentId)),
			r.responses,
			...r.items.flatMap((i) => [i.percentSatisfied, i.satisfied, i.satisfied + i.dissatisfied])
		]);
		return new Response(toCsv(header, rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="ankieta-${range.from}-${range.to}.csv"`
			}
		});
	} catch (err) {
		const { status, error } = toApiError(err, locals.lang);
		return json({ error }, { status });
	}
};
