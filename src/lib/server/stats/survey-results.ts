import type { Db } from '../db/open';
import {
	SURVEY_ITEMS,
	type ItemResult,
	type SurveyItem,
	type SurveyResultsRow
} from '$lib/shared/survey';

export type { ItemResult, SurveyResultsRow };

/** A period and place to report on; days are office days (YYYY-MM-DD), both ends included. */
export interface ReportRange {
	locationId: number;
	from: string;
	to: string;
	/** Only these departments (a manager's own: range.ts `reportScope`); absent: all of them. */
	departmentIds?: readonly number[];
}

export interface SurveyComment {
	day: string;
	item: SurveyItem | 'H';
	text: string;
	satisfied: boolean | null;
}

export interface SurveyResults {
	total: SurveyResultsRow;
	byDepartment: SurveyResultsRow[];
	byChannel: { channel: string; responses: number }[];
	comments: SurveyComment[];
}

/** % satisfied with one decimal, as the ordinance's reports would quote it. */
function percent(yes: number, no: number): number | null {
	return yes + no === 0 ? null : Math.round((1000 * yes) / (yes + no)) / 10;
}

/**
 * Survey results for managers (SR-22–24): % satisfied per item A–G, overall and per department a
 * response names, and the comments beside the numbers. A response naming two departments counts
 * for both; the total counts it once; a response without a single answer does not count. Restricted to departments, every figure and comment is of
 * the responses naming one of them, and only their rows are given.
 */
export function surveyResults(db: Db, range: ReportRange): SurveyResults {
	const params = {
		loc: range.locationId,
		from: range.from,
		to: range.to,
		departments: JSON.stringify(range.departmentIds ?? [])
	};
	const departments = 'SELECT value FROM json_each(@departments)';
	// Only forms with at least one answer count (issue 12, item 17): a blank one sent from a tablet
	// says nothing about the office. An answer row exists only for a marked or commented item.
	const answered = `(r.suggestions IS NOT NULL
		OR EXISTS (SELECT 1 FROM survey_answers x WHERE x.response_id = r.id))`;
	const period = `r.location_id = @loc AND r.day BETWEEN @from AND @to AND ${answered}`;
	// Restricted to departments: the responses naming one of them, and only their rows.
	const inRange = range.departmentIds
		? `${period} AND r.id IN (SELECT response_id
			 FROM survey_response_departments WHERE department_id IN (${departments}))`
		: period;
	const inDepartments = range.departmentIds ? `AND d.department_id IN (${departments})` : '';

	const itemCounts = db
		.prepare(
			`SELECT a.item, SUM(a.satisfied = 1) AS yes, SUM(a.satisfied = 0) AS no
			 FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
			 WHERE ${inRange} GROUP BY a.item`
		)
		.all(params) as { item: SurveyItem; yes: number; no: number }[];
	const responses = db
		.prepare(`SELECT count(*) FROM survey_responses r WHERE ${inRange}`)
		.pluck()
		.get(params) as number;

	const deptCounts = db
		.prepare(
			`SELECT d.department_id AS dept, a.item, SUM(a.satisfied = 1) AS yes, SUM(a.satisfied = 0) AS no
			 FROM survey_response_departments d
			 JOIN survey_responses r ON r.id = d.response_id
			 JOIN survey_answers a ON a.response_id = r.id
			 WHERE ${inRange} ${inDepartments} GROUP BY d.department_id, a.item`
		)
		.all(params) as { dept: number; item: SurveyItem; yes: number; no: number }[];
	const deptResponses = db
		.prepare(
			`SELECT d.department_id AS dept, count(*) AS n FROM survey_response_departments d
			 JOIN survey_responses r ON r.id = d.response_id WHERE ${inRange} ${inDepartments}
			 GROUP BY d.department_id ORDER BY d.department_id`
		)
		.all(params) as { dept: number; n: number }[];

	const row = (
		departmentId: number | null,
		n: number,
		counts: { item: SurveyItem; yes: number; no: number }[]
	): SurveyResultsRow => ({
		departmentId,
		responses: n,
		items: SURVEY_ITEMS.map((item) => {
			const c = counts.find((x) => x.item === item);
			const yes = c?.yes ?? 0;
			const no = c?.no ?? 0;
			return { item, satisfied: yes, dissatisfied: no, percentSatisfied: percent(yes, no) };
		})
	});

	const comments = db
		.prepare(
			`SELECT r.day, a.item, a.comment AS text, a.satisfied FROM survey_answers a
			 JOIN survey_responses r ON r.id = a.response_id
			 WHERE ${inRange} AND a.comment IS NOT NULL
			 UNION ALL
			 SELECT r.day, 'H', r.suggestions, NULL FROM survey_responses r
			 WHERE ${inRange} AND r.suggestions IS NOT NULL
			 ORDER BY 1 DESC, 2`
		)
		.all(params) as {
		day: string;
		item: SurveyItem | 'H';
		text: string;
		satisfied: number | null;
	}[];

	return {
		total: row(null, responses, itemCounts),
		byDepartment: deptResponses.map((d) =>
			row(
				d.dept,
				d.n,
				deptCounts.filter((c) => c.dept === d.dept)
			)
		),
		byChannel: db
			.prepare(
				`SELECT r.channel, count(*) AS responses FROM survey_responses r WHERE ${inRange}
				 GROUP BY r.channel ORDER BY r.channel`
			)
			.all(params) as { channel: string; responses: number }[],
		comments: comments.map((c) => ({
			day: c.day,
			item: c.item,
			text: c.text,
			satisfied: c.satisfied === null ? null : c.satisfied === 1
		}))
	};
}
