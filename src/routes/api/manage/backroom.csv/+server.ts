import { json } from '@sveltejs/kit';
import { translate, type MessageKey } from '$lib/i18n';
import { toApiError } from '$lib/server/http/errors';
import { backroomReport } from '$lib/server/stats/backroom-report';
import { toCsv, type Cell } from '$lib/server/stats/csv';
import { reportRange, statsRange } from '$lib/server/stats/range';
import type { RequestHandler } from './$types';

/**
 * The back room's tables of /manage/backroom as CSV (issue 15): ?table=notes (the question log
 * by matter, the default) or ?table=idle (idle minutes per window), for ?location=&from=&to=.
 */
export const GET: RequestHandler = ({ url, locals }) => {
	const app = locals.app;
	const t = (key: MessageKey) => translate(locals.lang, key);
	try {
		const range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
		const report = backroomReport(
			app,
			statsRange(range, app.office.location(range.locationId)!),
			locals.lang
		);
		const idle = url.searchParams.get('table') === 'idle';
		const header = idle
			? [t('manage.idle.window'), t('manage.idle.minutes'), t('manage.idle.episodes')]
			: [
					t('manage.inq.department'),
					t('manage.inq.service'),
					t('manage.notes.questions'),
					t('manage.notes.problems')
				];
		const rows: Cell[][] = idle
			? report.idle.map((w) => [w.label, Math.round(w.ms / 6000) / 10, w.episodes])
			: report.notes.map((r) => [
					r.department ?? '',
					r.service ?? t('manage.notes.no_service'),
					r.questions,
					r.problems
				]);
		const name = idle ? 'bezczynnosc' : 'pytania';
		return new Response(toCsv(header, rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${name}-${range.from}-${range.to}.csv"`
			}
		});
	} catch (err) {
		const { status, error } = toApiError(err, locals.lang);
		return json({ error }, { status });
	}
};
