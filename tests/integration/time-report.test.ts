/**
 * The managers' time report over one synthetic Monday, against values worked out by hand:
 *   09:00 A and B take Civic Affairs tickets; 10:00 C takes a Tax Section ticket.
 *   A: called 09:04 (wait 4), started 09:05 (walk 1), finished 09:15 (service 10), window 4.
 *   B: called 09:06 (wait 6), started 09:08 (walk 2), finished 09:12 (service 4), window 5.
 *   C: called 10:10 (wait 10), started 10:10 (walk 0), finished 10:13 (service 3), window 9.
 * Median and p90 are nearest-rank: of [4, 6, 10] the median is 6 and p90 is 10.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { dayStart } from '../../src/lib/server/stats/range';
import { timeReport } from '../../src/lib/server/stats/time-report';

let testbed: TestApp;
let app: App;
let now = 0;
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

beforeAll(() => {
	testbed = testApp({
		clock: () => now
	});
	app = testbed.app;
	const id = (sql: string) => app.db.prepare(sql).pluck().get() as number;
	const usc = id("SELECT id FROM services WHERE code = 'SO'");
	const tax = id("SELECT id FROM services WHERE code = 'M01'");
	const win = (label: string) => id(`SELECT id FROM windows WHERE label = '${label}'`);
	const step = (time: string, fn: () => unknown) => {
		now = at(time);
		fn();
	};
	const issue = (serviceId: number) => () =>
		app.queue.issueTicket({ locationId: 1, serviceId, priority: null });
	const act = (label: string, action: 'call' | 'start' | 'finish') => () =>
		app.queue.act({ windowId: win(label), action });
	step('09:00', issue(usc));
	step('09:00', issue(usc));
	step('09:04', act('4', 'call'));
	step('09:05', act('4', 'start'));
	step('09:06', act('5', 'call'));
	step('09:08', act('5', 'start'));
	step('09:12', act('5', 'finish'));
	step('09:15', act('4', 'finish'));
	step('10:00', issue(tax));
	step('10:10', act('9', 'call'));
	step('10:10', act('9', 'start'));
	step('10:13', act('9', 'finish'));
});
afterAll(() => {
	testbed.close();
});

const report = () =>
	timeReport(app.db, app.office, { locationId: 1, from: '2026-11-23', to: '2026-11-23' }, 'pl');

describe('time report', () => {
	it('gives overall wait, walk and service in minutes', () => {
		const { overall } = report();
		expect(overall.wait).toEqual({ count: 3, mean: 6.7, median: 6, p90: 10 });
		expect(overall.walk).toEqual({ count: 3, mean: 1, median: 1, p90: 2 });
		expect(overall.service).toEqual({ count: 3, mean: 5.7, median: 4, p90: 10 });
	});

	it('breaks them down by department, hour and weekday, and counts tickets by hour × weekday', () => {
		const tables = Object.fromEntries(report().tables.map((t) => [t.id, t.rows]));
		// [name, wait count, mean, median, p90, walk …, service …]
		expect(tables['times-department']).toEqual([
			['Referat Podatków', 1, 10, 10, 10, 1, 0, 0, 0, 1, 3, 3, 3],
			['Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego', 2, 5, 4, 6, 2, 1.5, 1, 2, 2, 7, 4, 10]
		]);
		expect(tables['times-hour']!.map((r) => r.slice(0, 5))).toEqual([
			['09:00', 2, 5, 4, 6],
			['10:00', 1, 10, 10, 10]
		]);
		expect(tables['times-weekday']!.map((r) => r.slice(0, 5))).toEqual([
			['poniedziałek', 3, 6.7, 6, 10]
		]);
		expect(tables.heatmap).toEqual([['poniedziałek', 2, 1]]);
	});

	it('counts nothing outside the period', () => {
		const other = timeReport(
			app.db,
			app.office,
			{ locationId: 1, from: '2026-11-24', to: '2026-11-30' },
			'en'
		);
		expect(other.overall.wait).toBeNull();
		expect(other.tables.every((t) => t.rows.length === 0)).toBe(true);
	});

	it('starts office days at local midnight', () => {
		expect(new Date(dayStart('2026-11-23', 'Europe/Warsaw')).toISOString()).toBe(
			'2026-11-22T23:00:00.000Z'
		);
		expect(new Date(dayStart('2026-07-01', 'Europe/Warsaw')).toISOString()).toBe(
			'2026-06-30T22:00:00.000Z'
		);
		expect(new Date(dayStart('2026-07-01', 'America/New_York')).toISOString()).toBe(
			'2026-07-01T04:00:00.000Z'
		);
	});
});

describe('service levels, rates and breakdowns', () => {
	// Tuesday 24 November, worked out by hand:
	//   09:00 D (elderly, Civic Affairs) and E (Tax Section) take tickets.
	//   09:05 window 9 calls E (wait 5, Tax: within 15 min); 09:06 transfers E to Civic Affairs.
	//   09:20 window 4 calls D (out of turn; wait 20: over target); 09:22 D is a no-show.
	//   09:25 window 5 calls E (wait 19 since the transfer: over target); 09:30 finishes.
	beforeAll(() => {
		const id = (sql: string) => app.db.prepare(sql).pluck().get() as number;
		const usc = id("SELECT id FROM services WHERE code = 'SO'");
		const tax = id("SELECT id FROM services WHERE code = 'M01'");
		const win = (label: string) => id(`SELECT id FROM windows WHERE label = '${label}'`);
		const step = (hhmm: string, fn: () => unknown) => {
			now = Date.parse(`2026-11-24T${hhmm}:00+01:00`);
			fn();
		};
		step('09:00', () =>
			app.queue.issueTicket({ locationId: 1, serviceId: usc, priority: 'elderly' })
		);
		step('09:00', () => app.queue.issueTicket({ locationId: 1, serviceId: tax, priority: null }));
		step('09:05', () => app.queue.act({ windowId: win('9'), action: 'call' }));
		step('09:06', () =>
			app.queue.act({ windowId: win('9'), action: 'transfer', serviceId: usc, note: 'Meldunek' })
		);
		step('09:20', () => app.queue.act({ windowId: win('4'), action: 'call' }));
		step('09:22', () => app.queue.act({ windowId: win('4'), action: 'no_show' }));
		step('09:25', () => app.queue.act({ windowId: win('5'), action: 'call' }));
		step('09:30', () => app.queue.act({ windowId: win('5'), action: 'finish' }));
	});

	const tuesday = () =>
		timeReport(app.db, app.office, { locationId: 1, from: '2026-11-24', to: '2026-11-24' }, 'pl');

	it('are worked out from the event log', () => {
		const report = tuesday();
		const rows = Object.fromEntries(report.tables.map((t) => [t.id, t.rows]));
		// [window, wait count, mean, median, p90]
		expect(rows['times-window']!.map((r) => r.slice(0, 5))).toEqual([
			['Stanowisko 4', 1, 20, 20, 20],
			['Stanowisko 5', 1, 19, 19, 19],
			['Stanowisko 9', 1, 5, 5, 5]
		]);
		expect(rows['times-priority']!.map((r) => r.slice(0, 5))).toEqual([
			['bilet zwykły', 2, 12, 5, 19],
			['Osoba w podeszłym wieku', 1, 20, 20, 20]
		]);
		expect(rows['service-levels']).toEqual([
			['Zaświadczenie o stanie majątkowym', '80 % w ciągu 15 min', 1, 1, 100, 'tak'],
			['Sprawy obywatelskie i stanu cywilnego', '80 % w ciągu 15 min', 2, 0, 0, 'nie']
		]);
		expect(report.rates).toEqual({
			tickets: 2,
			noShows: 1,
			transfers: 1,
			cancelled: 0,
			closed: 0,
			outOfOrder: 0
		});
	});
});

describe('the time report of one department (a manager’s)', () => {
	// The same two days, by hand, for Civic Affairs (SO) and the Tax Section (M01) apart:
	//   Monday, Civic Affairs: A and B only: waits 4 and 6, walks 1 and 2, services 10 and 4.
	//   Monday, Tax Section: C only: wait 10, walk 0, service 3 at window 9, at 10:00.
	//   Tuesday, Civic Affairs: D waits 20 (window 4, no-show), E waits 19 after its transfer
	//   (window 5); D is its only ticket; the queue: +1 at 09:00 (D), +1 at 09:06 (E transferred
	//   in), −1 at 09:20 and 09:25.
	//   Tuesday, Tax Section: E waits 5 (window 9) and is transferred out; the queue: +1 at 09:00,
	//   −1 at 09:05.
	const department = (code: string) =>
		app.db.prepare('SELECT department_id FROM services WHERE code = ?').pluck().get(code) as number;
	const scoped = (code: string, day: string) =>
		timeReport(
			app.db,
			app.office,
			{ locationId: 1, from: day, to: day, departmentIds: [department(code)] },
			'pl'
		);
	const tables = (report: ReturnType<typeof scoped>) =>
		Object.fromEntries(report.tables.map((t) => [t.id, t.rows]));

	it('gives the Monday of Civic Affairs only', () => {
		const report = scoped('SO', '2026-11-23');
		expect(report.overall).toEqual({
			wait: { count: 2, mean: 5, median: 4, p90: 6 },
			walk: { count: 2, mean: 1.5, median: 1, p90: 2 },
			service: { count: 2, mean: 7, median: 4, p90: 10 }
		});
		const rows = tables(report);
		const civic = [2, 5, 4, 6, 2, 1.5, 1, 2, 2, 7, 4, 10];
		expect(rows['times-department']).toEqual([
			['Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego', ...civic]
		]);
		expect(rows['times-location']!.map((r) => r.slice(1))).toEqual([civic]);
		expect(rows['times-service']!.map((r) => r.slice(1))).toEqual([civic]);
		expect(rows['times-priority']!.map((r) => r.slice(1))).toEqual([civic]);
		expect(rows['times-staff']!.map((r) => r.slice(1))).toEqual([civic]);
		expect(rows['times-hour']).toEqual([['09:00', ...civic]]);
		expect(rows['times-weekday']).toEqual([['poniedziałek', ...civic]]);
		expect(rows['times-window']!.map((r) => r.slice(0, 5))).toEqual([
			['Stanowisko 4', 1, 4, 4, 4],
			['Stanowisko 5', 1, 6, 6, 6]
		]);
		expect(rows.heatmap).toEqual([['poniedziałek', 2]]);
		expect(rows['service-levels']).toEqual([
			['Sprawy obywatelskie i stanu cywilnego', '80 % w ciągu 15 min', 2, 2, 100, 'tak']
		]);
		expect(report.rates).toEqual({
			tickets: 2,
			noShows: 0,
			transfers: 0,
			cancelled: 0,
			closed: 0,
			outOfOrder: 0
		});
		expect(report.waitByHour).toEqual([{ hour: 9, median: 4, p90: 6 }]);
	});

	it('gives the Monday of the Tax Section only', () => {
		const report = scoped('M01', '2026-11-23');
		expect(report.overall).toEqual({
			wait: { count: 1, mean: 10, median: 10, p90: 10 },
			walk: { count: 1, mean: 0, median: 0, p90: 0 },
			service: { count: 1, mean: 3, median: 3, p90: 3 }
		});
		const rows = tables(report);
		expect(rows['times-department']).toEqual([
			['Referat Podatków', 1, 10, 10, 10, 1, 0, 0, 0, 1, 3, 3, 3]
		]);
		expect(rows['times-window']!.map((r) => r[0])).toEqual(['Stanowisko 9']);
		expect(rows.heatmap).toEqual([['poniedziałek', 1]]);
		expect(report.rates).toEqual({
			tickets: 1,
			noShows: 0,
			transfers: 0,
			cancelled: 0,
			closed: 0,
			outOfOrder: 0
		});
	});

	it('follows a transfer: its wait, queue and rates count in each department apart', () => {
		const civic = scoped('SO', '2026-11-24');
		const rows = tables(civic);
		expect(rows['times-window']!.map((r) => r.slice(0, 5))).toEqual([
			['Stanowisko 4', 1, 20, 20, 20],
			['Stanowisko 5', 1, 19, 19, 19]
		]);
		expect(rows['service-levels']!.map((r) => r.slice(2))).toEqual([[2, 0, 0, 'nie']]);
		expect(civic.rates).toEqual({
			tickets: 1,
			noShows: 1,
			transfers: 0,
			cancelled: 0,
			closed: 0,
			outOfOrder: 0
		});
		expect(rows['queue-length']).toEqual([
			['09:00', 0, 0],
			['09:15', 2, 2],
			['09:30', 0, 0]
		]);

		const tax = scoped('M01', '2026-11-24');
		const taxRows = tables(tax);
		expect(taxRows['times-window']!.map((r) => r.slice(0, 5))).toEqual([
			['Stanowisko 9', 1, 5, 5, 5]
		]);
		expect(taxRows['service-levels']!.map((r) => r.slice(2))).toEqual([[1, 1, 100, 'tak']]);
		expect(tax.rates).toEqual({
			tickets: 1,
			noShows: 0,
			transfers: 1,
			cancelled: 0,
			closed: 0,
			outOfOrder: 0
		});
		expect(taxRows['queue-length']).toEqual([
			['09:00', 0, 0],
			['09:15', 0, 0]
		]);
	});

	it('gives nothing to a manager of no department', () => {
		const none = timeReport(
			app.db,
			app.office,
			{ locationId: 1, from: '2026-11-23', to: '2026-11-24', departmentIds: [] },
			'pl'
		);
		expect(none.overall).toEqual({ wait: null, walk: null, service: null });
		expect(none.tables.every((t) => t.rows.length === 0)).toBe(true);
		expect(none.rates).toEqual({
			tickets: 0,
			noShows: 0,
			transfers: 0,
			cancelled: 0,
			closed: 0,
			outOfOrder: 0
		});
	});
});
