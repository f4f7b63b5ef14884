/**
 * The recent visits per matter that every issued ticket's wait estimate reads
 * (db/repositories/recent-durations.ts) are kept between reads, and never outlive a change:
 * a finish on this connection, a commit by another one, or a transaction that rolled back.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createApp, type App } from '../../src/lib/server/app';
import { openDatabase } from '../../src/lib/server/db/open';
import { seedOffice } from '../../src/lib/server/office/seed';
import { ESTIMATE_SAMPLE } from '../../src/lib/server/queue/estimate';

let dir: string;
let databasePath: string;
let app: App;
let now = Date.parse('2026-11-23T08:00:00Z');

beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-recent-'));
	databasePath = path.join(dir, 'db.sqlite');
	const db = openDatabase(databasePath);
	seedOffice(db, {
		location: { slug: 't', name: 'Urząd', week: {}, hoursEnforced: false },
		floors: [{ floor: 0, pl: 'zielony', en: 'green', hex: '#1b7f3b' }],
		departments: [
			{
				key: 'a',
				kind: 'wydzial',
				pl: 'Wydział A',
				en: 'Department A',
				prefix: 'A',
				services: [{ code: 'A1', pl: 'Sprawa A1', en: 'Matter A1' }]
			}
		],
		windows: [{ label: '1', room: '001', services: ['A1'] }]
	});
	db.close();
	app = createApp({ config: { databasePath, seed: 'none', publicUrl: '' }, clock: () => now });
});

afterEach(() => {
	app.close();
	fs.rmSync(dir, { recursive: true, force: true });
});

const serviceId = () => app.office.services(1)[0]!.id;
const recent = () => app.tickets.recentServiceDurations(serviceId(), ESTIMATE_SAMPLE);

/** One visit of `minutes` at window 1, from the call to the finish. */
function visit(minutes: number): void {
	const windowId = app.office.windows(1)[0]!.id;
	app.queue.issueTicket({ locationId: 1, serviceId: serviceId(), priority: null });
	app.queue.act({ windowId, action: 'call' });
	now += minutes * 60_000;
	app.queue.act({ windowId, action: 'finish' });
	now += 1000;
}

it('is read once between finishes, and a finish brings its visit in', () => {
	visit(5);
	const first = recent();
	expect(first).toEqual([5 * 60_000]);
	// Tickets issued in between read the same list: nothing to read again.
	app.queue.issueTicket({ locationId: 1, serviceId: serviceId(), priority: null });
	expect(recent()).toBe(first);
	// A finish: the newest visit first.
	app.queue.act({ windowId: app.office.windows(1)[0]!.id, action: 'call' });
	now += 7 * 60_000;
	app.queue.act({ windowId: app.office.windows(1)[0]!.id, action: 'finish' });
	expect(recent()).toEqual([7 * 60_000, 5 * 60_000]);
});

it('sees a visit another connection wrote', () => {
	visit(5);
	expect(recent()).toEqual([5 * 60_000]);
	const other = new Database(databasePath);
	other.prepare("UPDATE tickets SET finished_at = called_at + 60000 WHERE state = 'done'").run();
	other.close();
	expect(recent()).toEqual([60_000]);
});

it('keeps nothing a rolled-back transaction read', () => {
	visit(5);
	const rollback = new Error('rollback');
	expect(() =>
		app.db.transaction(() => {
			app.db
				.prepare("UPDATE tickets SET finished_at = called_at + 60000 WHERE state = 'done'")
				.run();
			expect(recent()).toEqual([60_000]);
			throw rollback;
		})()
	).toThrow(rollback);
	expect(recent()).toEqual([5 * 60_000]);
});
