/**
 * Issue 12 on a real SQLite file through the queue service: the console's list is the order in
 * which "call next" calls (random queues), a chosen call counted as out of order, a no-show taken
 * back, and a missed ticket restored to its place or to the end of the queue.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { departmentA, matter, MIN, MONDAY_9, testOffice } from '../support/test-office';
import { DomainError, UNDO_MS, PRIORITY_GROUPS } from '../../src/lib/server/queue';
import { visitRates } from '../../src/lib/server/stats/queries';
import { statsRange } from '../../src/lib/server/stats/range';
import type { WindowActionRequest } from '../../src/lib/shared/schemas';

const OFFICE = testOffice({
	location: {
		week: { '1': { opens: '07:30', closes: '17:00' }, '2': { opens: '07:30', closes: '17:00' } },
		hoursEnforced: false,
		fairnessCap: 2
	},
	departments: [departmentA(matter('A1'), matter('A2'))],
	windows: { '1': ['A1'], '2': ['A2'] }
});

let testbed: TestApp;
let app: App;
let now: number;
let ids: { location: number; a1: number; a2: number; w1: number; w2: number };

beforeEach(() => {
	now = MONDAY_9;
	testbed = testApp({ seed: OFFICE, clock: () => now });
	app = testbed.app;
	const { location, service, window } = idsOf(app);
	ids = { location, a1: service('A1'), a2: service('A2'), w1: window('1'), w2: window('2') };
});

afterEach(() => {
	testbed.close();
});

const issue = (serviceId = ids.a1, priority: (typeof PRIORITY_GROUPS)[number] | null = null) => {
	now += 1_000;
	return app.queue.issueTicket({ locationId: ids.location, serviceId, priority }).ticket!;
};
const act = (req: WindowActionRequest) => {
	now += 1_000;
	return app.queue.act(req, null);
};
const listed = (windowId = ids.w1) =>
	app.views.consoleSnapshot(windowId)!.waiting.map((t) => t.number);
const rates = () =>
	visitRates(
		app.db,
		statsRange(
			{ locationId: ids.location, from: '2026-11-23', to: '2026-11-23' },
			app.views.location(ids.location)!
		)
	);
function refusal(fn: () => unknown): string {
	try {
		fn();
	} catch (err) {
		if (err instanceof DomainError) return err.code;
		throw err;
	}
	return 'no refusal';
}

describe('the console lists the queue in call order', () => {
	it('for random queues, each call takes the first of the list, down to the last', () => {
		fc.assert(
			fc.property(
				fc.array(fc.option(fc.constantFrom(...PRIORITY_GROUPS), { freq: 2 }), {
					minLength: 1,
					maxLength: 12
				}),
				(priorities) => {
					for (const p of priorities) issue(ids.a1, p);
					const list = listed();
					const called: string[] = [];
					for (;;) {
						const result = act({ windowId: ids.w1, action: 'call' });
						called.push(result.ticket!.number);
						// The list after each call still begins with the next one.
						act({ windowId: ids.w1, action: 'finish' });
						if (listed().length === 0) break;
						expect(listed()[0]).toBe(list[called.length]);
					}
					expect(called).toEqual(list);
				}
			),
			{ numRuns: 25 }
		);
	});
});

describe('calling a chosen ticket', () => {
	it('calls it, records the clerk’s choice in the event log and counts it as out of order', () => {
		const first = issue();
		const chosen = issue();
		const result = act({ windowId: ids.w1, action: 'call_ticket', ticketId: chosen.id });
		expect(result.ticket).toMatchObject({ id: chosen.id, state: 'called', windowId: ids.w1 });
		const event = app.db
			.prepare(`SELECT data_json FROM events WHERE type = 'ticket_called' AND ticket_id = ?`)
			.pluck()
			.get(chosen.id) as string;
		expect(JSON.parse(event)).toMatchObject({ chosen: 1, outOfOrder: 1 });
		expect(rates().outOfOrder).toBe(1);
		act({ windowId: ids.w1, action: 'finish' });
		// The next in turn, chosen by hand, is not out of order.
		act({ windowId: ids.w1, action: 'call_ticket', ticketId: first.id });
		expect(rates().outOfOrder).toBe(1);
	});

	it('refuses an unknown ticket, another window’s matter, a busy window, changing nothing', () => {
		const mine = issue();
		const other = issue(ids.a2);
		const before = app.db.prepare('SELECT count(*) FROM events').pluck().get();
		expect(refusal(() => act({ windowId: ids.w1, action: 'call_ticket', ticketId: 999_999 }))).toBe(
			'not_found'
		);
		expect(
			refusal(() => act({ windowId: ids.w1, action: 'call_ticket', ticketId: other.id }))
		).toBe('not_served_here');
		expect(app.db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(before);
		act({ windowId: ids.w1, action: 'call' });
		expect(
			refusal(() => act({ windowId: ids.w1, action: 'call_ticket', ticketId: mine.id }))
		).not.toBe('no refusal');
	});
});

describe('taking back a no-show or cancellation', () => {
	it('calls the ticket at the window again and does not count the slip', () => {
		const t = issue();
		act({ windowId: ids.w1, action: 'call' });
		act({ windowId: ids.w1, action: 'no_show', ticketId: t.id });
		expect(rates().noShows).toBe(1);
		const back = act({ windowId: ids.w1, action: 'undo', ticketId: t.id });
		expect(back.ticket).toMatchObject({ id: t.id, state: 'called', windowId: ids.w1 });
		expect(rates().noShows).toBe(0);
		act({ windowId: ids.w1, action: 'cancel', ticketId: t.id });
		expect(rates().cancelled).toBe(1);
		act({ windowId: ids.w1, action: 'undo', ticketId: t.id });
		expect(rates().cancelled).toBe(0);
		expect(app.views.publicTicket(t.code)!.state).toBe('called');
	});

	it('is refused once the undo time has passed', () => {
		const t = issue();
		act({ windowId: ids.w1, action: 'call' });
		act({ windowId: ids.w1, action: 'no_show', ticketId: t.id });
		now += UNDO_MS + 1;
		expect(refusal(() => act({ windowId: ids.w1, action: 'undo', ticketId: t.id }))).toBe(
			'undo_expired'
		);
		expect(rates().noShows).toBe(1);
	});
});

describe('restoring a missed ticket', () => {
	function missOne() {
		const first = issue();
		const rest = [issue(), issue()];
		act({ windowId: ids.w1, action: 'call' });
		act({ windowId: ids.w1, action: 'no_show', ticketId: first.id });
		return { first, rest };
	}

	it('lists today’s missed tickets, and within the grace time returns one to its place', () => {
		const { first, rest } = missOne();
		expect(app.views.consoleSnapshot(ids.w1)!.missed.map((t) => t.number)).toEqual([first.number]);
		// Not the other window's: it serves another matter.
		expect(app.views.consoleSnapshot(ids.w2)!.missed).toEqual([]);
		now += 29 * MIN;
		const back = act({ windowId: ids.w1, action: 'restore', ticketId: first.id });
		expect(back.ticket).toMatchObject({ state: 'waiting', issuedAt: first.issuedAt });
		expect(listed()).toEqual([first.number, ...rest.map((t) => t.number)]);
		expect(app.views.consoleSnapshot(ids.w1)!.missed).toEqual([]);
		expect(app.views.publicTicket(first.code)).toMatchObject({ state: 'waiting', ahead: 0 });
	});

	it('after the grace time returns it to the end of the queue', () => {
		const { first, rest } = missOne();
		now += 31 * MIN;
		act({ windowId: ids.w1, action: 'restore', ticketId: first.id });
		expect(listed()).toEqual([...rest.map((t) => t.number), first.number]);
	});

	it('honours the location’s own grace time', () => {
		app.db.prepare('UPDATE locations SET restore_grace_minutes = 5').run();
		// A new server reads the set-up afresh (an admin's edit goes through the office's owner).
		app = testbed.restart();
		const { first, rest } = missOne();
		now += 6 * MIN;
		act({ windowId: ids.w1, action: 'restore', ticketId: first.id });
		expect(listed()).toEqual([...rest.map((t) => t.number), first.number]);
	});

	it('refuses a ticket of yesterday, one still waiting, another window’s matter', () => {
		const { first } = missOne();
		const waiting = issue();
		const other = issue(ids.a2);
		expect(refusal(() => act({ windowId: ids.w1, action: 'restore', ticketId: waiting.id }))).toBe(
			'invalid_state'
		);
		expect(refusal(() => act({ windowId: ids.w2, action: 'restore', ticketId: first.id }))).toBe(
			'not_served_here'
		);
		expect(refusal(() => act({ windowId: ids.w1, action: 'restore', ticketId: other.id }))).toBe(
			'invalid_state'
		);
		now += 24 * 60 * MIN;
		expect(refusal(() => act({ windowId: ids.w1, action: 'restore', ticketId: first.id }))).toBe(
			'not_today'
		);
	});
});
