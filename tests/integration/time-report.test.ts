/**
 * The managers' time report over one synthetic Monday, against values worked out by hand:
 *   09:00 A and B take Civic Affairs tickets; 10:00 C takes a Tax Section ticket.
 *   A: called 09:04 (wait 4), started 09:05 (walk 1), finished 09:15 (service 10), window 4.
 *   B: called 09:06 (wait 6), started 09:08 (walk 2), finished 09:12 (service 4), window 5.
 *   C: called 10:10 (wait 10), started 10:10 (walk 0), finished 10:13 (service 3), window 9.
 * Median and p90 are nearest-rank: of [4, 6, 10] the median is 6 and p90 is 10.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/lib/server/app';
import { dayStart, timeReport } from '../../src/lib/server/stats/time-report';

let dir: string;
let app: App;
let now = 0;
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-times-'));
	app = createApp({
		config: { databasePath: path.join(dir, 'db.sqlite'), seed: 'office', publicUrl: '' },
		clock: () => now
	});
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
	app.close();
	fs.rmSync(dir, { recursive: true, force: true });
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
		expect(report.rates).toEqual({ tickets: 2, noShows: 1, transfers: 1, cancelled: 0 });
	});
});
