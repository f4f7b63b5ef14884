/**
 * The statistics' summary rows follow the clerk's commands by themselves (migration 010,
 * stats/bins.ts): the command writes only its interval; the server's catch-up adds it to the
 * summary rows shortly after, with no report asking, and a report always counts it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { CATCH_UP_EVERY_MS } from '../../src/lib/server/stats/bins';
import { durationsOverall } from '../../src/lib/server/stats/queries';
import { SYSTEM } from '../support/principals';

let testbed: TestApp;
let app: App;

beforeEach(() => {
	testbed = testApp({
		clock: () => Date.parse('2026-11-23T09:00:00Z')
	});
	app = testbed.app;
});
afterEach(() => {
	testbed.close();
});

const one = (sql: string) => app.db.prepare(sql).pluck().get() as number;

function serveOneVisit() {
	const serviceId = one("SELECT id FROM services WHERE code = 'SO'");
	const windowId = one("SELECT id FROM windows WHERE label = '4'");
	app.queue.issueTicket({ locationId: 1, serviceId, priority: null });
	for (const action of ['call', 'start', 'finish'] as const)
		app.desk.act({ windowId, action }, SYSTEM);
}

it('adds a command’s intervals to the summary rows shortly after, by itself', async () => {
	serveOneVisit();
	const intervals = one('SELECT count(*) FROM stats_interval');
	expect(intervals).toBe(3); // wait, walk, service
	// Not inside the command: the clerk's commit stays small.
	expect(one('SELECT count(*) FROM stats_bins')).toBe(0);
	// It runs every CATCH_UP_EVERY_MS; wait for it to have run, however busy the machine.
	await expect
		.poll(() => one('SELECT interval_id FROM stats_bins_done'), {
			timeout: CATCH_UP_EVERY_MS * 100
		})
		.toBe(one('SELECT max(id) FROM stats_interval'));
	// Every interval once per dimension (8) and level (2), in its duration class.
	expect(one('SELECT sum(n) FROM stats_bins')).toBe(intervals * 8 * 2);
	expect(one('SELECT sum(n) FROM stats_department_bins')).toBe(intervals * 8 * 2);
});

it('a report counts every interval, even right after the command', () => {
	serveOneVisit();
	const overall = durationsOverall(app.db, {
		locationId: 1,
		from: Date.parse('2026-11-22T23:00:00Z'),
		to: Date.parse('2026-11-23T23:00:00Z'),
		timeZone: 'Europe/Warsaw'
	});
	expect(Object.fromEntries(overall.map((d) => [d.measure, d.count]))).toEqual({
		wait: 1,
		walk: 1,
		service: 1
	});
});
