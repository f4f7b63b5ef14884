import { json } from '@sveltejs/kit';
import { translate, type MessageKey } from '$lib/i18n';
import { toApiError } from '$lib/server/http/errors';
import { toCsv } from '$lib/server/stats/csv';
import { reportRange, statsRange } from '$lib/server/stats/range';
import type { RequestHandler } from './$types';

/**
 * The inquiry register's table of /manage as CSV (issue 15): per department, then per matter,
 * the counts, the share answered within 3 working days and the median hours to the call-back.
 */
export const GET: RequestHandler = ({ url, locals }) => {
	const app = locals.app;
	const t = (key: MessageKey) => translate(locals.lang, key);
	try {
		const range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
		const report = app.inquiries.report(statsRange(range, app.office.location(range.locationId)!));
		const departments = new Map(
			app.office.departments(range.locationId).map((d) => [d.id, d.name[locals.lang]])
		);
		const services = new Map(
			app.office.services(range.locationId).map((s) => [s.id, s.name[locals.lang]])
		);
		const header = [
			t('manage.inq.department'),
			t('manage.inq.service'),
			t('manage.inq.received'),
			t('manage.inq.answered'),
			t('manage.inq.in_time'),
			t('manage.inq.percent'),
			t('manage.inq.median_hours'),
			t('manage.inq.overdue')
		];
		const rows = [report.total, ...report.byDepartment, ...report.byService].map((r) => [
			r.departmentId === null ? t('manage.survey.all') : (departments.get(r.departmentId) ?? ''),
			r.serviceId === null ? '' : (services.get(r.serviceId) ?? ''),
			r.received,
			r.answered,
			r.inTime,
			r.percentInTime,
			r.medianHours,
			r.overdueOpen
		]);
		return new Response(toCsv(header, rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="zapytania-${range.from}-${range.to}.csv"`
			}
		});
	} catch (err) {
		const { status, error } = toApiError(err, locals.lang);
		return json({ error }, { status });
	}
};
