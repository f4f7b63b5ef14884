/**
 * Group commit of issued tickets (desk/group-commit.ts): kiosks' requests that arrive in
 * the same turn are committed in one transaction, each answered with its own ticket or its own
 * refusal; a refused request leaves no trace, and a failed commit acknowledges nobody.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { DomainError } from '../../src/lib/server/queue';

let testbed: TestApp;
let app: App;
const ctx = { lang: 'pl' as const, origin: 'http://kiosk.test' };

beforeEach(() => {
	testbed = testApp({
		// Monday 23 November 2026, 10:00 in Warsaw: the demo office is open.
		clock: () => Date.parse('2026-11-23T09:00:00Z')
	});
	app = testbed.app;
});

afterEach(() => {
	testbed.close();
});

const matter = (code: string) => idsOf(app).service(code);
const count = (table: 'tickets' | 'events') =>
	app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

it('commits the requests of one turn together, each with its own answer', async () => {
	const batches = vi.spyOn(app.queue, 'issueTickets');
	const so = matter('SO');
	const answers = await Promise.allSettled([
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx),
		app.desk.issueTicket({ locationId: 1, serviceId: 99_999, priority: null }, ctx),
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null, kiosk: 'k2' }, ctx)
	]);
	expect(batches).toHaveBeenCalledTimes(1);
	expect(batches.mock.calls[0]![0]).toHaveLength(3);
	const [first, refused, third] = answers;
	expect(first.status === 'fulfilled' && first.value.ticket.number).toMatch(/001$/);
	expect(refused.status).toBe('rejected');
	expect(refused.status === 'rejected' && (refused.reason as DomainError).code).toBe('not_found');
	expect(third.status === 'fulfilled' && third.value.ticket.number).toMatch(/002$/);
	// The second ticket sees the first ahead of it: both were committed before either answer.
	expect(third.status === 'fulfilled' && third.value.ticket.ahead).toBe(1);
	expect(count('tickets')).toBe(2);
	expect(count('events')).toBe(2);
	const kiosk = app.db.prepare('SELECT kiosk FROM tickets ORDER BY id').pluck().all();
	expect(kiosk).toEqual([null, 'k2']);
});

it('rolls back only the request that failed after writing (its savepoint)', async () => {
	// The sequence is advanced before the ticket is written; this trigger fails the write.
	app.db.exec(`CREATE TEMP TRIGGER refuse_broken_kiosk BEFORE INSERT ON tickets
		WHEN NEW.kiosk = 'broken' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
	const so = matter('SO');
	const answers = await Promise.allSettled([
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx),
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null, kiosk: 'broken' }, ctx),
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx)
	]);
	expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
	// No gap in the numbers: the failed request's step of the sequence was undone too.
	const numbers = app.db.prepare('SELECT number FROM tickets ORDER BY id').pluck().all();
	expect(numbers.map((n) => String(n).slice(-3))).toEqual(['001', '002']);
});

it('acknowledges nobody when SQLite gives up the whole transaction', async () => {
	// RAISE(ROLLBACK) ends the whole transaction, as a full disk or an I/O error can.
	app.db.exec(`CREATE TEMP TRIGGER lose_the_transaction BEFORE INSERT ON tickets
		WHEN NEW.kiosk = 'doomed' BEGIN SELECT RAISE(ROLLBACK, 'the transaction is lost'); END`);
	const so = matter('SO');
	const answers = await Promise.allSettled([
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx),
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null, kiosk: 'doomed' }, ctx),
		app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx)
	]);
	expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected', 'rejected']);
	expect(count('tickets')).toBe(0);
	expect(app.db.inTransaction).toBe(false);
	// The desk carries on with the next batch.
	const next = await app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx);
	expect(next.ticket.number).toMatch(/001$/);
});

it('starts a new batch for a request that arrives in a later turn', async () => {
	const batches = vi.spyOn(app.queue, 'issueTickets');
	const so = matter('SO');
	await app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx);
	await app.desk.issueTicket({ locationId: 1, serviceId: so, priority: null }, ctx);
	expect(batches.mock.calls.map((c) => c[0].length)).toEqual([1, 1]);
	expect(count('tickets')).toBe(2);
});
