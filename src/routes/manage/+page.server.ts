import { error } from '@sveltejs/kit';
import { toApiError } from '$lib/server/http/errors';
import {
	rangeProblemOf,
	reportRange,
	statsRange,
	type RangeProblem
} from '$lib/server/stats/range';
import { appointmentsReport } from '$lib/server/stats/appointments';
import { surveyResults } from '$lib/server/stats/survey-results';
import { timeReport } from '$lib/server/stats/time-report';
import type { PageServerLoad } from './$types';

/**
 * Managers' results for a period and location (?location=&from=&to=). A period typed wrong
 * (reversed, a day that does not exist, over ten years) is said on the form, beside the dates
 * as typed, and the default period is shown meanwhile; only a location that is not there is an
 * error page.
 */
export const load: PageServerLoad = ({ url, locals }) => {
	const app = locals.app;
	const read = (query: URLSearchParams) =>
		reportRange(app.views, query, Date.now(), locals.principal);
	let range;
	let rangeProblem: { problem: RangeProblem; from: string; to: string } | null = null;
	try {
		range = read(url.searchParams);
	} catch (err) {
		const problem = rangeProblemOf(err);
		if (!problem) {
			const { status, error: e } = toApiError(err, locals.lang);
			error(status, { message: e.message, code: e.code });
		}
		const typed = (name: string) => (url.searchParams.get(name) ?? '').slice(0, 10);
		rangeProblem = { problem, from: typed('from'), to: typed('to') };
		const location = url.searchParams.get('location');
		range = read(new URLSearchParams(location === null ? {} : { location }));
	}
	const departments = app.office
		.departments(range.locationId)
		.filter((d) => !range.departmentIds || range.departmentIds.includes(d.id))
		.map((d) => ({ id: d.id, name: d.name }));
	return {
		range,
		rangeProblem,
		locations: app.views.locations().map((l) => ({ id: l.id, name: l.name })),
		departments,
		services: app.office
			.services(range.locationId)
			.map((s) => ({ id: s.id, name: s.name, departmentId: s.departmentId })),
		/** A manager's figures cover only their departments (null: an admin's, the whole location). */
		scope: range.departmentIds ? departments : null,
		survey: surveyResults(app.db, range),
		times: timeReport(app.db, app.office, range, locals.lang),
		inquiries: app.inquiries.report(statsRange(range, app.office.location(range.locationId)!)),
		summons: app.summons.report(statsRange(range, app.office.location(range.locationId)!)),
		appointments: appointmentsReport(app.db, app.office, range, locals.lang)
	};
};
