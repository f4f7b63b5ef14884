/**
 * The queue service on a real SQLite file, with the clock in the test's hand: numbering, hours,
 * the event log, transfers, and refusals that change nothing.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/lib/server/app';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { departmentA, kancelaria, matter, MIN, MONDAY_9, testOffice } from '../support/test-office';
import { MIGRATIONS } from '../../src/lib/server/db/migrate';
import { DomainError } from '../../src/lib/server/queue';

/** A small office whose hours are enforced: Monday 07:30–17:00, complaints until 17:30. */
const SMALL_OFFICE = testOffice({
	location: {
		week: {
			'1': { opens: '07:30', closes: '17:00' },
			'2': { opens: '07:30', closes: '15:30' }
		},
		cutoffMinutes: 15,
		hoursEnforced: true
	},
	departments: [
		departmentA(matter('A1'), matter('A2', { priorityAllowed: false })),
		kancelaria({ availableWhenLimited: true })
	],
	windows: { '1': ['A1', 'A2', 'SK'], '2': ['A1'] }
});

let testbed: TestApp;
let app: App;
let now: number;
let ids: { location: number; a1: number; a2: number; sk: number; w1: number; w2: number };

function count(table: 'tickets' | 'events'): number {
	return app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

function refusal(fn: () => unknown): string {
	try {
		fn();
	} catch (err) {
		if (err instanceof DomainError) return err.code;
		throw err;
	}
	throw new Error('expected a refusal');
}

beforeEach(() => {
	now = MONDAY_9;
	testbed = testApp({
		seed: SMALL_OFFICE,
		clock: () => now
	});
	app = testbed.app;
	const { location, service, window } = idsOf(app);
	ids = {
		location,
		a1: service('A1'),
		a2: service('A2'),
		sk: service('SK'),
		w1: window('1'),
		w2: window('2')
	};
});

afterEach(() => {
	testbed.close();
});

const issue = (serviceId: number, priority: 'elderly' | null = null) =>
	app.queue.issueTicket({ locationId: ids.location, serviceId, priority }).ticket!;

describe('ticket numbers', () => {
	it('use the prefix and a daily sequence, and restart the next day in Warsaw time', () => {
		expect(issue(ids.a1).number).toBe('A001');
		expect(issue(ids.a2).number).toBe('A002'); // same department prefix, same sequence
		expect(issue(ids.sk).number).toBe('S001'); // the service's own prefix
		// Tuesday 07:45 Warsaw is 06:45 UTC: a new office day.
		now = Date.parse('2026-11-24T06:45:00Z');
		const tuesday = issue(ids.a1);
		expect(tuesday.number).toBe('A001');
		expect(tuesday.day).toBe('2026-11-24');
	});

	it('are never issued twice in a day, even if the sequence table were wrong', () => {
		issue(ids.a1);
		app.db.prepare('UPDATE ticket_sequences SET last_seq = 0').run();
		const before = count('tickets');
		expect(() => issue(ids.a1)).toThrow(/UNIQUE/);
		expect(count('tickets')).toBe(before);
	});
});

describe('opening hours', () => {
	it('stop ordinary tickets at the cut-off but take complaints until 17:30 on Monday', () => {
		now = Date.parse('2026-11-23T15:44:00Z'); // 16:44 Warsaw
		expect(issue(ids.a1).number).toBe('A001');
		now = Date.parse('2026-11-23T15:45:00Z'); // 16:45
		expect(refusal(() => issue(ids.a1))).toBe('office_closed');
		now = Date.parse('2026-11-23T16:29:00Z'); // 17:29
		expect(issue(ids.sk).number).toBe('S001');
		now = Date.parse('2026-11-23T16:30:00Z'); // 17:30
		expect(refusal(() => issue(ids.sk))).toBe('office_closed');
	});

	it('refuse on a closed day and in closed mode, and limit matters in limited mode', () => {
		now = Date.parse('2026-11-25T09:00:00Z'); // Wednesday: not in this office's week
		expect(refusal(() => issue(ids.a1))).toBe('office_closed');
		now = MONDAY_9;
		// What administration does: commit the change, then announce it.
		app.db.prepare("UPDATE locations SET mode = 'limited'").run();
		app.officeChanges.notify(ids.location);
		expect(refusal(() => issue(ids.a1))).toBe('service_unavailable');
		expect(issue(ids.sk).number).toBe('S001');
		app.db.prepare("UPDATE locations SET mode = 'closed'").run();
		app.officeChanges.notify(ids.location);
		expect(refusal(() => issue(ids.sk))).toBe('office_closed');
		const menu = app.views.kioskMenu(ids.location);
		const all = menu.departments.flatMap((d) => d.services);
		expect(all.every((s) => !s.available && s.refusal === 'closed_mode')).toBe(true);
	});
});

describe('refusals change nothing', () => {
	it('leaves tickets and events untouched', () => {
		issue(ids.a1);
		const tickets = count('tickets');
		const events = count('events');
		expect(refusal(() => issue(ids.a2, 'elderly'))).toBe('priority_not_allowed');
		expect(
			refusal(() => app.queue.issueTicket({ locationId: 999, serviceId: ids.a1, priority: null }))
		).toBe('not_found');
		expect(refusal(() => app.queue.act({ windowId: ids.w1, action: 'finish' }))).toBe(
			'no_current_ticket'
		);
		expect(refusal(() => app.queue.act({ windowId: 999, action: 'call' }))).toBe('not_found');
		app.queue.act({ windowId: ids.w1, action: 'pause', reason: 'Przerwa' });
		expect(refusal(() => app.queue.act({ windowId: ids.w1, action: 'call' }))).toBe(
			'window_paused'
		);
		expect(count('tickets')).toBe(tickets);
		expect(count('events')).toBe(events + 1); // only the pause
		expect(app.tickets.waiting(ids.location)).toHaveLength(1);
	});

	it('refuses an action on a ticket the window no longer has (stale screen)', () => {
		const first = issue(ids.a1);
		app.queue.act({ windowId: ids.w1, action: 'call' });
		app.queue.act({ windowId: ids.w1, action: 'finish', ticketId: first.id });
		issue(ids.a1);
		app.queue.act({ windowId: ids.w1, action: 'call' });
		expect(
			refusal(() => app.queue.act({ windowId: ids.w1, action: 'no_show', ticketId: first.id }))
		).toBe('stale');
	});
});

describe('the event log', () => {
	it('gets one row per change, with the ticket where it stood, and cannot be rewritten', () => {
		const t = issue(ids.a1, 'elderly');
		now += 4 * MIN;
		app.queue.act({ windowId: ids.w1, action: 'call' });
		now += MIN;
		app.queue.act({ windowId: ids.w1, action: 'start' });
		now += 6 * MIN;
		app.queue.act({ windowId: ids.w1, action: 'finish' });
		const rows = app.db
			.prepare('SELECT type, at, ticket_id, window_id, priority FROM events ORDER BY id')
			.all() as {
			type: string;
			at: number;
			ticket_id: number;
			window_id: number | null;
			priority: string;
		}[];
		expect(rows.map((r) => r.type)).toEqual([
			'ticket_issued',
			'ticket_called',
			'service_started',
			'service_finished'
		]);
		expect(rows.every((r) => r.ticket_id === t.id && r.priority === 'elderly')).toBe(true);
		expect(rows[1]!.at - rows[0]!.at).toBe(4 * MIN);
		expect(rows[1]!.window_id).toBe(ids.w1);
		expect(() => app.db.prepare('UPDATE events SET type = ?').run('x')).toThrow(/append-only/);
		expect(() => app.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
	});
});

describe('transfer (SR-05)', () => {
	it('moves the client with a note and keeps their place by original issue time', () => {
		const early = issue(ids.a1); // 09:00
		now += MIN;
		const later = issue(ids.sk); // 09:01, already waiting in the target queue
		now += MIN;
		app.queue.act({ windowId: ids.w2, action: 'call' }); // window 2 serves A1 only
		app.queue.act({
			windowId: ids.w2,
			action: 'transfer',
			serviceId: ids.sk,
			note: '  Skarga na opóźnienie decyzji  '
		});
		const moved = app.tickets.byId(early.id)!;
		expect(moved).toMatchObject({
			state: 'waiting',
			serviceId: ids.sk,
			transfers: 1,
			transferNote: 'Skarga na opóźnienie decyzji',
			number: early.number,
			issuedAt: early.issuedAt
		});
		const next = app.queue.act({ windowId: ids.w1, action: 'call' }).ticket!;
		expect(next.id).toBe(early.id);
		expect(next.id).not.toBe(later.id);
		const staff = app.views.staffSnapshot(ids.location);
		expect(staff.windows.find((w) => w.id === ids.w1)?.current?.transferNote).toBe(
			'Skarga na opóźnienie decyzji'
		);
	});
});

describe('wait estimate at issue', () => {
	it('is unknown until enough visits are measured, then a range from the open windows', () => {
		const first = app.views.publicTicketOf(issue(ids.a1));
		expect(first.estimate).toEqual({ known: false, reason: 'no_history' });
		app.queue.act({ windowId: ids.w2, action: 'call' });
		// Three finished visits of A1 at window 2, each 10 minutes from the call to the end.
		for (let i = 0; i < 3; i++) {
			if (i > 0) {
				issue(ids.a1);
				app.queue.act({ windowId: ids.w2, action: 'call' });
			}
			app.queue.act({ windowId: ids.w2, action: 'start' });
			now += 10 * MIN;
			app.queue.act({ windowId: ids.w2, action: 'finish' });
		}
		for (let i = 0; i < 5; i++) issue(ids.a1);
		const last = issue(ids.a1);
		const both = app.views.publicTicketOf(last);
		expect(both.ahead).toBe(5);
		// 6 turns of 10 min at 2 windows: about 30 min, inside the range.
		expect(both.estimate).toMatchObject({ known: true });
		if (!both.estimate?.known) throw new Error('expected a range');
		expect(both.estimate.from).toBeLessThanOrEqual(30);
		expect(both.estimate.to).toBeGreaterThanOrEqual(30);
		app.queue.act({ windowId: ids.w2, action: 'pause', reason: 'Przerwa' });
		// Window 2 on a break: the upper end counts window 1 alone, so it moves out.
		const one = app.views.publicTicketOf(last).estimate;
		if (!one?.known) throw new Error('expected a range');
		expect(one.to).toBeGreaterThan(both.estimate.to);
		expect(one.to).toBeGreaterThanOrEqual(60);
		app.queue.act({ windowId: ids.w1, action: 'pause', reason: 'Przerwa' });
		expect(app.views.publicTicketOf(last).estimate).toEqual({
			known: false,
			reason: 'windows_paused'
		});
	});
});

describe('a matter no window serves now (issue 12 item 7)', () => {
	it('refuses the ticket while every window serving it is closed, and issues while paused', () => {
		app.queue.setWindowStatus(ids.w2, 'closed', null, null);
		app.queue.setWindowStatus(ids.w1, 'paused', 'Przerwa', null);
		// Paused: the break ends, the ticket is called then; its wait is unknown meanwhile.
		const paused = issue(ids.a1);
		expect(app.views.publicTicketOf(paused).estimate).toEqual({
			known: false,
			reason: 'windows_paused'
		});
		app.queue.setWindowStatus(ids.w1, 'open', null, null);
		app.queue.act({ windowId: ids.w1, action: 'call' });
		app.queue.act({ windowId: ids.w1, action: 'start' });
		app.queue.act({ windowId: ids.w1, action: 'finish' });
		app.queue.setWindowStatus(ids.w1, 'closed', null, null);
		const tickets = count('tickets');
		const events = count('events');
		expect(refusal(() => issue(ids.a1))).toBe('no_window');
		expect(count('tickets')).toBe(tickets);
		expect(count('events')).toBe(events);
		const menu = app.views.kioskMenu(ids.location);
		const a1 = menu.departments.flatMap((d) => d.services).find((s) => s.id === ids.a1)!;
		expect(a1).toMatchObject({ available: false, refusal: 'no_window', estimate: null });
		expect(a1.places).toEqual([]);
	});
});

describe('start-up', () => {
	it('applies migrations once and seeds the demo office only into an empty database', () => {
		const file = path.join(testbed.dir, 'demo.sqlite');
		const first = createApp({ config: { databasePath: file, seed: 'office', publicUrl: '' } });
		const services = first.db.prepare('SELECT count(*) FROM services').pluck().get();
		first.close();
		const second = createApp({ config: { databasePath: file, seed: 'office', publicUrl: '' } });
		expect(second.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(services);
		expect(second.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
			MIGRATIONS.length
		);
		expect(second.db.pragma('journal_mode', { simple: true })).toBe('wal');
		second.close();
	});
});
