import { error } from '@sveltejs/kit';
import { toApiError } from '$lib/server/http/errors';
import { reportRange } from '$lib/server/stats/range';
import { surveyResults } from '$lib/server/stats/survey-results';
import { timeReport } from '$lib/server/stats/time-report';
import type { PageServerLoad } from './$types';

/** Managers' results for a period and location (?location=&from=&to=). */
export const load: PageServerLoad = ({ url, locals }) => {
	const app = locals.app;
	let range;
	try {
		range = reportRange(app.views, url.searchParams, Date.now(), locals.principal);
	} catch (err) {
		const { status, error: e } = toApiError(err, locals.lang);
		error(status, { message: e.message, code: e.code });
	}
	const departments = app.office
		.departments(range.locationId)
		.filter((d) => !range.departmentIds || range.departmentIds.includes(d.id))
		.map((d) => ({ id: d.id, name: d.name }));
	return {
		range,
		locations: app.views.locations().map((l) => ({ id: l.id, name: l.name })),
		departments,
		/** A manager's figures cover only their departments (null: an admin's, the whole location). */
		scope: range.departmentIds ? departments : null,
		survey: surveyResults(app.db, range),
		times: timeReport(app.db, app.office, range, locals.lang)
	};
};
