/**
 * Migration 034: an issued ticket writes fewer index entries. The event log keeps only its index
 * by ticket, and the tickets' index by window holds only tickets that have a window. Every read
 * that used what was dropped or narrowed must still find its rows through an index, not by
 * scanning the log or the tickets (a year is millions of rows), and still find all of them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Statement } from 'better-sqlite3';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { departmentA, matter, testOffice } from '../support/test-office';

let testbed: TestApp;
let app: App;
let now = Date.parse('2026-11-23T08:00:00Z');

beforeAll(() => {
	testbed = testApp({
		seed: testOffice({
			location: { slug: 't', name: 'T', hoursEnforced: false },
			departments: [departmentA(matter('A1'), matter('A2'))],
			windows: { '1': ['A1', 'A2'], '2': ['A2'], '3': ['A1'] }
		}),
		clock: () => now
	});
	app = testbed.app;
});

afterAll(() => {
	testbed.close();
});

/** The plan's lines for a statement, with its parameters bound to something. */
function plan(sql: string): string[] {
	const params = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!);
	const stmt = app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
	const rows = (
		params.length
			? stmt.all(Object.fromEntries(params.map((p) => [p, 1])))
			: stmt.all(...Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 1))
	) as { detail: string }[];
	return rows.map((r) => r.detail);
}

/** The repository's own prepared statement, so the test checks the SQL the server runs. */
function ticketsQuery(name: string): string {
	const q = (app.tickets as unknown as { q: Record<string, Statement> }).q;
	return q[name]!.source;
}

it('keeps one index on the event log and only windowed tickets in tickets_window', () => {
	const eventIndexes = app.db.prepare('PRAGMA index_list(events)').all() as { name: string }[];
	expect(eventIndexes.map((i) => i.name)).toEqual(['events_ticket']);
	const ticketIndexes = app.db.prepare('PRAGMA index_list(tickets)').all() as {
		name: string;
		partial: number;
	}[];
	expect(ticketIndexes.find((i) => i.name === 'tickets_window')?.partial).toBe(1);
});

it('finds every windowed ticket through the narrowed index, and issuing adds none', () => {
	const [w1, w2, w3] = app.office.windows(1).map((w) => w.id);
	const [a1, a2] = app.office.services(1).map((s) => s.id);
	const issue = (serviceId: number) => {
		now += 1000;
		return app.queue.issueTicket({ locationId: 1, serviceId: serviceId!, priority: null }).ticket!;
	};
	// How many entries the index holds, as ANALYZE counts them (its first statistic).
	const indexed = () => {
		app.db.exec('ANALYZE tickets_window');
		const stat = app.db
			.prepare("SELECT stat FROM sqlite_stat1 WHERE idx = 'tickets_window'")
			.pluck()
			.get() as string | undefined;
		return Number(stat?.split(' ')[0] ?? 0);
	};
	for (let i = 0; i < 6; i++) issue(i % 2 ? a1! : a2!);
	expect(indexed()).toBe(0);
	// Window 1 serves one ticket to the end and calls another; window 2 calls and recalls.
	now += 1000;
	const first = app.queue.act({ windowId: w1!, action: 'call' }).ticket!;
	app.queue.act({ windowId: w1!, action: 'start', ticketId: first.id });
	app.queue.act({ windowId: w1!, action: 'finish', ticketId: first.id });
	const second = app.queue.act({ windowId: w1!, action: 'call' }).ticket!;
	const third = app.queue.act({ windowId: w2!, action: 'call' }).ticket!;
	now += 5000;
	app.queue.act({ windowId: w2!, action: 'recall', ticketId: third.id });
	const recalledAt = now;
	issue(a1!);
	expect(indexed()).toBe(3);
	expect(app.tickets.currentOfWindow(w1!)?.id).toBe(second.id);
	expect(app.tickets.currentOfWindow(w2!)?.id).toBe(third.id);
	expect(app.tickets.currentOfWindow(w3!)).toBeNull();
	expect(app.tickets.everUsed('window', w1!)).toBe(true);
	expect(app.tickets.everUsed('window', w3!)).toBe(false);
	// The board counts from the last announcement: the recall's time, found by ticket.
	expect(app.tickets.lastAnnounced(1).get(third.id)).toBe(recalledAt);
});

it('reads the tickets by window and the events by ticket through an index', () => {
	for (const name of ['currentOfWindow', 'anyOfWindow']) {
		const lines = plan(ticketsQuery(name));
		expect(lines.join('; '), name).toMatch(/USING (COVERING )?INDEX tickets_/);
		expect(lines.join('; '), name).not.toMatch(/SCAN tickets(?! USING)/);
	}
	// The event log is read only by ticket: the board's last announcement, the survey's
	// departments, and the roll-up triggers' look for a ticket's issue event.
	const byTicket = [
		ticketsQuery('lastAnnounced'),
		`SELECT DISTINCT department_id FROM events WHERE ticket_id = ?
		 AND type IN ('ticket_called', 'service_started', 'service_finished')
		 AND department_id IS NOT NULL ORDER BY department_id`,
		`SELECT e.at FROM events e WHERE e.ticket_id = ? AND e.type = 'ticket_issued' LIMIT 1`
	];
	for (const sql of byTicket) {
		const lines = plan(sql).filter((l) => /\bevents\b|\be\b/.test(l));
		expect(lines.join('; '), sql).toMatch(/SEARCH e(vents)? USING INDEX events_ticket/);
		expect(lines.join('; '), sql).not.toMatch(/SCAN e(vents)?\b/);
	}
});
