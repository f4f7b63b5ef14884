/**
 * The office set-up cache (office/cache.ts): the set-up is read once, but an
 * announced change (app.officeChanges), a commit by another connection, and a clerk's pause or
 * resume are all seen on the next read; cached records cannot be changed by a caller.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { departmentA, testOffice } from '../support/test-office';
import { SYSTEM } from '../support/principals';

let testbed: TestApp;
let app: App;

beforeEach(() => {
	testbed = testApp({
		seed: testOffice({
			location: { slug: 't', name: 'Urząd', hoursEnforced: false },
			departments: [departmentA()],
			windows: { '1': ['A1'], '2': ['A1'] }
		})
	});
	app = testbed.app;
});

afterEach(() => {
	testbed.close();
});

const serviceId = () => app.office.services(1)[0]!.id;

it('keeps the set-up until administration announces a change of that location', () => {
	expect(app.office.location(1)!.name).toBe('Urząd');
	const id = serviceId();
	expect(app.office.service(id)!.name.pl).toBe('Sprawa A1');
	// A change on the server's own connection is what administration does; until it announces
	// it, the cached set-up is served (this is what makes the set-up cheap to read).
	app.db.prepare("UPDATE locations SET name = 'Urząd Miejski'").run();
	app.db.prepare("UPDATE services SET name_pl = 'Sprawa nowa'").run();
	expect(app.office.location(1)!.name).toBe('Urząd');
	app.officeChanges.notify(2); // another location: nothing of location 1 is dropped
	expect(app.office.location(1)!.name).toBe('Urząd');
	app.officeChanges.notify(1);
	expect(app.office.location(1)!.name).toBe('Urząd Miejski');
	expect(app.office.service(id)!.name.pl).toBe('Sprawa nowa');
	expect(app.office.department(app.office.service(id)!.departmentId)!.name.pl).toBe('Wydział A');
});

it('sees a window added by administration, with the matters it serves', () => {
	expect(app.office.windows(1)).toHaveLength(2);
	const added = app.db
		.prepare(
			"INSERT INTO windows (location_id, label, room, status, sort) VALUES (1, '3', '103', 'open', 3)"
		)
		.run().lastInsertRowid;
	app.db
		.prepare('INSERT INTO window_services (window_id, service_id) VALUES (?, ?)')
		.run(added, serviceId());
	app.officeChanges.notify(1);
	const windows = app.office.windows(1);
	expect(windows.map((w) => w.label)).toEqual(['1', '2', '3']);
	expect(windows[2]!.serviceIds).toEqual([serviceId()]);
	expect(app.views.placesOf(1, serviceId()).map((p) => p.room)).toEqual(['001', '002', '103']);
});

it('sees a commit made by another connection without an announcement', async () => {
	expect(app.office.location(1)!.hours.mode).toBe('normal');
	const other = new Database(testbed.databasePath);
	other.prepare("UPDATE locations SET mode = 'closed'").run();
	other.close();
	// Checked once per synchronous stretch of work: the next request, timer or event sees it.
	await Promise.resolve();
	expect(app.office.location(1)!.hours.mode).toBe('closed');
});

it("sees a clerk's pause and resume in the windows it serves", () => {
	const [w1] = app.office.windows(1);
	expect(w1!.status).toBe('open');
	app.desk.act({ windowId: w1!.id, action: 'pause', reason: 'przerwa' }, SYSTEM);
	expect(app.office.windows(1)[0]!.status).toBe('paused');
	// Where to go lists the rooms whose windows serve the matter now: window 1's room is back
	// only when it resumes (issue 12 item 9).
	expect(app.views.placesOf(1, serviceId()).map((p) => p.room)).toEqual(['002']);
	app.desk.act({ windowId: w1!.id, action: 'resume' }, SYSTEM);
	expect(app.office.windows(1)[0]!.status).toBe('open');
	expect(app.views.placesOf(1, serviceId()).map((p) => p.room)).toEqual(['001', '002']);
});

it("a window's matters are kept across clerks' actions, and follow administration", () => {
	const [w1] = app.office.windows(1);
	const before = w1!.serviceIds;
	expect(before).toEqual([serviceId()]);
	app.desk.act({ windowId: w1!.id, action: 'pause', reason: 'przerwa' }, SYSTEM);
	app.desk.act({ windowId: w1!.id, action: 'resume' }, SYSTEM);
	expect(app.office.windows(1)[0]!.serviceIds).toEqual(before);
	// Administration takes the window's matter away and announces it.
	app.db.prepare('DELETE FROM window_services WHERE window_id = ?').run(w1!.id);
	app.officeChanges.notify(1);
	expect(app.office.windows(1)[0]!.serviceIds).toEqual([]);
	// A clerk's pause afterwards does not bring the old matter back.
	app.desk.act({ windowId: w1!.id, action: 'pause', reason: 'przerwa' }, SYSTEM);
	expect(app.office.windows(1)[0]!.serviceIds).toEqual([]);
	app.desk.act({ windowId: w1!.id, action: 'resume' }, SYSTEM);
	app.db
		.prepare('INSERT INTO window_services (window_id, service_id) VALUES (?, ?)')
		.run(w1!.id, serviceId());
	app.officeChanges.notify(1);
	expect(app.office.windows(1)[0]!.serviceIds).toEqual(before);
});

it('answers null for what does not exist, and refuses changes to cached records', () => {
	expect(app.office.location(99)).toBeNull();
	expect(app.office.service(9999)).toBeNull();
	expect(app.office.department(9999)).toBeNull();
	expect(app.office.windows(99)).toEqual([]);
	const location = app.office.location(1)!;
	expect(() => {
		(location as { name: string }).name = 'x';
	}).toThrow(TypeError);
	expect(() => app.office.services(1).push(app.office.services(1)[0]!)).toThrow(TypeError);
});

it('inside a transaction, the kept windows until it changes one; a rollback leaves nothing', () => {
	const kept = app.office.windows(1);
	const rollback = new Error('rollback');
	expect(() =>
		app.db.transaction(() => {
			// Every issued ticket asks inside its transaction (no_window): the kept list, not a read.
			expect(app.office.windows(1)).toBe(kept);
			app.office.saveWindowState({ ...kept[0]!, status: 'paused', pauseReason: 'przerwa' });
			// The transaction's own change is seen, read afresh and not kept.
			expect(app.office.windows(1)[0]!.status).toBe('paused');
			throw rollback;
		})()
	).toThrow(rollback);
	expect(app.office.windows(1)[0]!.status).toBe('open');
});

it('a change of the set-up reads the windows afresh inside its own transaction', () => {
	const [w1] = app.office.windows(1);
	expect(w1!.serviceIds).toEqual([serviceId()]);
	const seen = app.office.change(1, () => {
		app.db.prepare('DELETE FROM window_services WHERE window_id = ?').run(w1!.id);
		return { changed: true, inside: app.office.windows(1)[0]!.serviceIds };
	});
	expect(seen.inside).toEqual([]);
	expect(app.office.windows(1)[0]!.serviceIds).toEqual([]);
});
