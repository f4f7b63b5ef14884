/** Survey results over a fixed synthetic set of answers, checked against hand-computed values. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { surveyResults } from '../../src/lib/server/stats/survey-results';

let testbed: TestApp;
let app: App;

beforeAll(() => {
	testbed = testApp({
		clock: () => Date.parse('2026-11-23T12:00:00Z')
	});
	app = testbed.app;
	const paper = (
		day: string,
		departmentIds: number[],
		answers: object,
		suggestions: string | null = null
	) => app.surveys.recordPaper({ locationId: 1, day, departmentIds, answers, suggestions });
	// Department 1: two forms; department 2: one form that also names department 1.
	paper('2026-11-02', [1], {
		A: { satisfied: true, comment: null },
		E: { satisfied: false, comment: 'Kolejka' }
	});
	paper('2026-11-03', [1], {
		A: { satisfied: true, comment: null },
		E: { satisfied: true, comment: null }
	});
	paper(
		'2026-11-04',
		[1, 2],
		{ A: { satisfied: false, comment: null }, B: { satisfied: null, comment: 'Miło' } },
		'Więcej okienek'
	);
	// Outside the period: must not count.
	paper('2026-10-01', [1], { A: { satisfied: false, comment: null } });
	// A blank form (from a tablet, or typed in before blank paper forms were refused) answers
	// nothing: it must not count, for the total, its department or its channel.
	const blank = app.db
		.prepare(
			"INSERT INTO survey_responses (location_id, day, channel) VALUES (1, '2026-11-05', 'kiosk')"
		)
		.run().lastInsertRowid;
	app.db
		.prepare('INSERT INTO survey_response_departments (response_id, department_id) VALUES (?, 2)')
		.run(blank);
});
afterAll(() => {
	testbed.close();
});

describe('survey results', () => {
	it('give % satisfied per item among those who answered, overall and per department', () => {
		const r = surveyResults(app.db, { locationId: 1, from: '2026-11-01', to: '2026-11-30' });
		expect(r.total.responses).toBe(3);
		const a = r.total.items.find((i) => i.item === 'A')!;
		expect([a.satisfied, a.dissatisfied, a.percentSatisfied]).toEqual([2, 1, 66.7]); // 2 of 3
		const e = r.total.items.find((i) => i.item === 'E')!;
		expect(e.percentSatisfied).toBe(50); // 1 of 2
		expect(r.total.items.find((i) => i.item === 'B')!.percentSatisfied).toBeNull(); // only a comment
		expect(r.byDepartment.map((d) => [d.departmentId, d.responses])).toEqual([
			[1, 3],
			[2, 1]
		]);
		const dept2A = r.byDepartment[1]!.items.find((i) => i.item === 'A')!;
		expect(dept2A.percentSatisfied).toBe(0);
		expect(r.byChannel).toEqual([{ channel: 'paper', responses: 3 }]);
	});

	it('list the comments beside the numbers, newest first, with H suggestions', () => {
		const r = surveyResults(app.db, { locationId: 1, from: '2026-11-01', to: '2026-11-30' });
		expect(r.comments).toEqual([
			{ day: '2026-11-04', item: 'B', text: 'Miło', satisfied: null },
			{ day: '2026-11-04', item: 'H', text: 'Więcej okienek', satisfied: null },
			{ day: '2026-11-02', item: 'E', text: 'Kolejka', satisfied: false }
		]);
	});
});

describe('survey results of some departments (a manager’s)', () => {
	const november = (departmentIds: number[]) =>
		surveyResults(app.db, { locationId: 1, from: '2026-11-01', to: '2026-11-30', departmentIds });

	it('count only the responses naming one of them, and give only their rows', () => {
		// Department 2: the one form of 4 November (A dissatisfied, B a comment only).
		const r = november([2]);
		expect(r.total.responses).toBe(1);
		const a = r.total.items.find((i) => i.item === 'A')!;
		expect([a.satisfied, a.dissatisfied, a.percentSatisfied]).toEqual([0, 1, 0]);
		expect(r.total.items.find((i) => i.item === 'E')!.percentSatisfied).toBeNull();
		expect(r.byDepartment.map((d) => [d.departmentId, d.responses])).toEqual([[2, 1]]);
		expect(r.byChannel).toEqual([{ channel: 'paper', responses: 1 }]);
		expect(r.comments).toEqual([
			{ day: '2026-11-04', item: 'B', text: 'Miło', satisfied: null },
			{ day: '2026-11-04', item: 'H', text: 'Więcej okienek', satisfied: null }
		]);
	});

	it('give the whole location’s figures when the scope names every department', () => {
		const r = november([1, 2]);
		expect(r).toEqual(
			surveyResults(app.db, { locationId: 1, from: '2026-11-01', to: '2026-11-30' })
		);
	});

	it('give nothing for no department', () => {
		const r = november([]);
		expect([r.total.responses, r.byDepartment, r.comments]).toEqual([0, [], []]);
	});
});
