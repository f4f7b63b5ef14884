/**
 * The statistics queries on a small synthetic day made by the real queue service with the clock
 * in the test's hand; every expected value below is worked out by hand from the timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { departmentA, kancelaria, testOffice } from '../support/test-office';
import {
	durationsByDepartment,
	durationsByHour,
	durationsByWeekday,
	offsetSql,
	ticketHeatmap,
	type StatsRange
} from '../../src/lib/server/stats/queries';

const S = 1000;
// Monday 23 November 2026 in Warsaw (UTC+1): local midnight is 23:00 UTC the day before.
const MONDAY = Date.parse('2026-11-22T23:00:00Z');
const at = (hhmmss: string) => {
	const [h, m, s] = hhmmss.split(':').map(Number);
	return MONDAY + ((h! * 60 + m!) * 60 + (s ?? 0)) * S;
};

let testbed: TestApp;
let app: App;
let now = 0;
let range: StatsRange;
let deptA: number;
let deptK: number;

beforeAll(() => {
	testbed = testApp({
		seed: testOffice({
			location: {
				slug: 's',
				name: 'S',
				week: { '1': { opens: '07:30', closes: '17:00' }, '2': { opens: '07:30', closes: '15:30' } }
			},
			// Complaints numbered K, and refused after closing like any matter.
			departments: [departmentA(), kancelaria({ prefix: undefined, lateAcceptance: undefined })],
			windows: { '1': ['A1', 'SK'], '2': ['A1'] }
		}),
		clock: () => now
	});
	app = testbed.app;
	const { service, department, window } = idsOf(app);
	const a1 = service('A1');
	const sk = service('SK');
	deptA = department('A');
	deptK = department('K');
	const w1 = window('1');
	const w2 = window('2');
	const step = (time: string, run: () => unknown) => {
		now = at(time);
		run();
	};
	const issue = (serviceId: number) => () =>
		app.queue.issueTicket({ locationId: 1, serviceId, priority: null });
	const act =
		(windowId: number, action: 'call' | 'recall' | 'start' | 'finish' | 'no_show') => () =>
			app.queue.act({ windowId, action });

	step('09:00:00', issue(a1)); // T1
	step('09:01:00', issue(a1)); // T2
	step('09:02:00', issue(sk)); // T3
	step('09:04:00', act(w1, 'call')); // T1: waited 240 s (A, began 9h)
	step('09:05:00', act(w2, 'call')); // T2: waited 240 s (A, 9h)
	step('09:05:30', act(w1, 'start')); // T1: walked 90 s
	step('09:06:00', act(w2, 'recall')); // T2: announced again; the walk counts from the call
	step('09:07:00', act(w2, 'start')); // T2: walked 120 s
	step('09:10:30', act(w1, 'finish')); // T1: served 300 s (A)
	step('09:11:00', act(w1, 'call')); // T3: waited 540 s (K, 9h)
	step('09:12:00', act(w1, 'start')); // T3: walked 60 s (K)
	step('09:13:00', () =>
		app.queue.act({ windowId: w2, action: 'transfer', serviceId: sk, note: 'do kancelarii' })
	); // T2: served 360 s in A, now waits in K
	step('09:14:00', act(w1, 'finish')); // T3: served 120 s (K)
	step('10:00:00', issue(a1)); // T4
	step('10:00:00', act(w1, 'call')); // T2 (issued before T4): waited 2820 s in K since 09:13
	step('10:02:00', act(w1, 'no_show')); // T2: no walk, no service
	step('10:03:00', act(w2, 'call')); // T4: waited 180 s (A, 10h)
	step('10:04:00', act(w2, 'finish')); // T4: finished without start: no walk, no service
	// Tuesday: outside the range.
	now = at('09:00:00') + 24 * 3600 * S;
	issue(a1)();
	app.queue.act({ windowId: w2, action: 'call' });

	range = { locationId: 1, from: MONDAY, to: MONDAY + 24 * 3600 * S, timeZone: 'Europe/Warsaw' };
});

afterAll(() => {
	testbed.close();
});

const s = (count: number, mean: number, median: number, p90: number) => ({
	count,
	mean: mean * S,
	median: median * S,
	p90: p90 * S
});

describe('statistics over a synthetic day', () => {
	it('by department: waits per queue entered, walks from the first call, services to their end', () => {
		const rows = durationsByDepartment(app.db, range);
		const get = (departmentId: number, measure: string) =>
			rows.find((r) => r.departmentId === departmentId && r.measure === measure);
		// A: waits 240, 240, 180; walks 90, 120; services 300, 360 (the last ended by a transfer).
		expect(get(deptA, 'wait')).toMatchObject(s(3, 220, 240, 240));
		expect(get(deptA, 'walk')).toMatchObject(s(2, 105, 90, 120));
		expect(get(deptA, 'service')).toMatchObject(s(2, 330, 300, 360));
		// K: waits 540 and 2820 (after the transfer); walk 60; service 120.
		expect(get(deptK, 'wait')).toMatchObject(s(2, 1680, 540, 2820));
		expect(get(deptK, 'walk')).toMatchObject(s(1, 60, 60, 60));
		expect(get(deptK, 'service')).toMatchObject(s(1, 120, 120, 120));
		expect(rows).toHaveLength(6);
	});

	it('by local hour at which each interval began', () => {
		const rows = durationsByHour(app.db, range);
		const get = (hour: number, measure: string) =>
			rows.find((r) => r.hour === hour && r.measure === measure);
		expect(get(9, 'wait')).toMatchObject(s(4, 960, 240, 2820));
		expect(get(10, 'wait')).toMatchObject(s(1, 180, 180, 180));
		expect(get(9, 'walk')).toMatchObject(s(3, 90, 90, 120));
		expect(get(9, 'service')).toMatchObject(s(3, 260, 300, 360));
		expect(rows).toHaveLength(4);
	});

	it('by weekday', () => {
		const rows = durationsByWeekday(app.db, range);
		expect(rows.map((r) => r.weekday)).toEqual([1, 1, 1]);
		const get = (measure: string) => rows.find((r) => r.measure === measure);
		expect(get('wait')).toMatchObject(s(5, 804, 240, 2820));
		expect(get('walk')).toMatchObject(s(3, 90, 90, 120));
		expect(get('service')).toMatchObject(s(3, 260, 300, 360));
	});

	it('counts tickets per hour and weekday', () => {
		expect(ticketHeatmap(app.db, range)).toEqual([
			{ weekday: 1, hour: 9, tickets: 3 },
			{ weekday: 1, hour: 10, tickets: 1 }
		]);
	});

	it('is empty for a range without tickets', () => {
		const empty = {
			...range,
			from: range.from - 7 * 24 * 3600 * S,
			to: range.from - 24 * 3600 * S
		};
		expect(durationsByDepartment(app.db, empty)).toEqual([]);
		expect(ticketHeatmap(app.db, empty)).toEqual([]);
	});

	it('follows daylight saving time in Warsaw', () => {
		const year = {
			locationId: 1,
			from: Date.parse('2025-12-31T23:00:00Z'),
			to: Date.parse('2026-12-31T23:00:00Z'),
			timeZone: 'Europe/Warsaw'
		};
		// Summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
		expect(offsetSql(year, 'at')).toBe(
			`(CASE WHEN at < ${Date.parse('2026-03-29T01:00:00Z')} THEN 3600000 ` +
				`WHEN at < ${Date.parse('2026-10-25T01:00:00Z')} THEN 7200000 ELSE 3600000 END)`
		);
	});
});
