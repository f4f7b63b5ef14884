/**
 * A ticket's answer reads its people ahead, the queues' lengths and the matter's recent visits,
 * each kept by a cache that first asks SQLite whether another connection committed
 * (db/data-version.ts). One answer asks once, the next asks again: a change another connection
 * made between two answers is in the second.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { DataVersion } from '../../src/lib/server/db/data-version';
import { testApp, type TestApp } from '../support/test-app';
import { departmentA, matter, testOffice } from '../support/test-office';

let testbed: TestApp;
let app: App;
let now = Date.parse('2026-11-23T08:00:00Z');

beforeAll(() => {
	testbed = testApp({
		seed: testOffice({
			location: { slug: 't', name: 'T', hoursEnforced: false },
			departments: [departmentA(matter('A1'))],
			windows: { '1': ['A1'] }
		}),
		clock: () => now
	});
	app = testbed.app;
});

afterAll(() => {
	testbed.close();
});

function otherConnection(sql: string) {
	const other = new Database(testbed.databasePath);
	other.prepare(sql).run();
	other.close();
}

it('looks once within one read and afresh in the next', () => {
	const version = new DataVersion(app.db);
	const before = version.get();
	const seen = version.once(() => {
		const first = version.get();
		otherConnection("UPDATE locations SET name = 'T2'");
		return [first, version.get()];
	});
	expect(seen).toEqual([before, before]);
	expect(version.get()).not.toBe(before);
	// Nested reads share the outer look.
	const nested = version.once(() => version.once(() => version.get()));
	expect(nested).toBe(version.get());
});

it('answers a ticket with the queue as another connection left it', () => {
	const serviceId = app.office.services(1)[0]!.id;
	const issue = () => {
		now += 1000;
		return app.queue.issueTicket({ locationId: 1, serviceId, priority: null }).ticket!;
	};
	issue();
	issue();
	const third = issue();
	expect(app.views.publicTicketOf(third).ahead).toBe(2);
	otherConnection("UPDATE tickets SET state = 'cancelled' WHERE number LIKE '%001'");
	expect(app.views.publicTicketOf(third).ahead).toBe(1);
});
