/**
 * Issue 12: the console lists the queue in the order "call next" calls it (one rule, callOrder),
 * and the rules for calling a chosen ticket, taking back a no-show or cancellation and restoring
 * a missed ticket.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	PRIORITY_GROUPS,
	UNDO_MS,
	callChosen,
	callNext,
	callOrder,
	chooseNext,
	restoreTicket,
	undoEnd,
	type ServiceWindow,
	type Ticket
} from '../../../src/lib/server/queue';
import { calledTicket, codeOf, ticket, window } from './builders';

function expectRefusal(fn: () => unknown, code: string): void {
	expect(codeOf(fn)).toBe(code);
}

const queueArb = fc
	.array(
		fc.record({
			issuedAt: fc.integer({ min: 0, max: 50 }),
			priority: fc.option(fc.constantFrom(...PRIORITY_GROUPS), { freq: 2 }),
			serviceId: fc.constantFrom(1, 2)
		}),
		{ maxLength: 30 }
	)
	.map((specs) => specs.map((s, i) => ticket({ id: i + 1, ...s })));

/** What repeated presses of "call next" at `w` call, each call finished before the next. */
function callsInTurn(waiting: Ticket[], w: ServiceWindow, cap: number): number[] {
	let queue = waiting;
	let win = w;
	const called: number[] = [];
	for (;;) {
		const next = chooseNext(queue, win, { fairnessCap: cap }, 0);
		if (!next) return called;
		const change = callNext(win, null, queue, { fairnessCap: cap }, 0);
		expect(change.tickets[0]!.id).toBe(next.id);
		called.push(next.id);
		win = change.windows[0]!;
		queue = queue.filter((t) => t.id !== next.id);
	}
}

describe('callOrder: the list is the order of the calls', () => {
	it('for random queues, runs and caps, the list is exactly what "call next" calls, in turn', () => {
		fc.assert(
			fc.property(
				queueArb,
				fc.integer({ min: 0, max: 6 }),
				fc.integer({ min: 1, max: 4 }),
				(queue, run, cap) => {
					const w = window({ serviceIds: [1], consecutivePriorityCalls: run });
					const mine = queue.filter((t) => t.serviceId === 1);
					const listed = callOrder(mine, run, { fairnessCap: cap }, 0).map((t) => t.id);
					expect(listed).toEqual(callsInTurn(queue, w, cap));
					expect(listed[0] ?? null).toBe(chooseNext(queue, w, { fairnessCap: cap }, 0)?.id ?? null);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('puts priority first but lets the oldest normal ticket in after the cap (the issue’s case)', () => {
		const p008 = ticket({ id: 1, number: 'P008', issuedAt: 1 });
		const s008 = ticket({ id: 2, number: 'S008', issuedAt: 2, priority: 'elderly' });
		const s009 = ticket({ id: 3, number: 'S009', issuedAt: 3 });
		const i007 = ticket({ id: 4, number: 'I007', issuedAt: 4, priority: 'pregnant' });
		const order = callOrder([p008, s008, s009, i007], 0, { fairnessCap: 3 }, 0);
		expect(order.map((t) => t.number)).toEqual(['S008', 'I007', 'P008', 'S009']);
		expect(callOrder([p008, s008, s009, i007], 3, { fairnessCap: 3 }, 0)[0]!.number).toBe('P008');
	});

	it('does not change its argument', () => {
		const queue = [ticket({ id: 2, issuedAt: 5 }), ticket({ id: 1, issuedAt: 1 })];
		callOrder(queue, 0, { fairnessCap: 3 }, 0);
		expect(queue.map((t) => t.id)).toEqual([2, 1]);
	});
});

describe('callChosen', () => {
	const policy = { fairnessCap: 3 };
	const first = ticket({ id: 1, issuedAt: 1 });
	const urgent = ticket({ id: 2, issuedAt: 9, number: 'U014' });

	it('calls the chosen ticket and records that it jumped the order', () => {
		const change = callChosen(window(), null, urgent, [first, urgent], policy, 100);
		expect(change.tickets[0]).toMatchObject({ id: 2, state: 'called', windowId: 7, calledAt: 100 });
		expect(change.events[0]).toMatchObject({
			type: 'ticket_called',
			data: { chosen: 1, outOfOrder: 1, waitedMs: 91 }
		});
	});

	it('is not out of order when the chosen ticket was next anyway', () => {
		const change = callChosen(window(), null, first, [first, urgent], policy, 100);
		expect(change.events[0]!.data.outOfOrder).toBe(0);
	});

	it('counts in the window’s priority run', () => {
		const prio = ticket({ id: 3, issuedAt: 20, priority: 'pregnant' });
		const w = window({ consecutivePriorityCalls: 2 });
		expect(
			callChosen(w, null, prio, [prio], policy, 100).windows[0]!.consecutivePriorityCalls
		).toBe(3);
		expect(
			callChosen(w, null, first, [first], policy, 100).windows[0]!.consecutivePriorityCalls
		).toBe(0);
	});

	it('refuses a busy, paused or closed window, a ticket not waiting, one of another matter', () => {
		const busy = calledTicket({ id: 9 });
		expectRefusal(() => callChosen(window(), busy, urgent, [urgent], policy, 1), 'window_busy');
		expectRefusal(
			() => callChosen(window({ status: 'paused' }), null, urgent, [urgent], policy, 1),
			'window_paused'
		);
		expectRefusal(
			() => callChosen(window({ status: 'closed' }), null, urgent, [urgent], policy, 1),
			'window_closed'
		);
		expectRefusal(() => callChosen(window(), null, busy, [], policy, 1), 'invalid_state');
		const other = ticket({ id: 5, serviceId: 2 });
		expectRefusal(() => callChosen(window(), null, other, [other], policy, 1), 'not_served_here');
		const elsewhere = ticket({ id: 6, locationId: 2 });
		expectRefusal(
			() => callChosen(window(), null, elsewhere, [elsewhere], policy, 1),
			'not_served_here'
		);
	});
});

describe('undoEnd', () => {
	const missed = calledTicket({ id: 1, state: 'no_show', finishedAt: 10_000 });

	it('calls the ticket at the window again, as it was', () => {
		const change = undoEnd(window(), null, missed, 10_000 + UNDO_MS);
		expect(change.tickets[0]).toMatchObject({ state: 'called', windowId: 7, finishedAt: null });
		expect(change.events[0]).toMatchObject({
			type: 'ticket_reinstated',
			data: { from: 'no_show' }
		});
		const served = calledTicket({ state: 'cancelled', startedAt: 3_000, finishedAt: 10_000 });
		expect(undoEnd(window(), null, served, 11_000).tickets[0]!.state).toBe('serving');
	});

	it('refuses after the undo time, at another window, with a client at the window, or a live ticket', () => {
		expectRefusal(() => undoEnd(window(), null, missed, 10_001 + UNDO_MS), 'undo_expired');
		expectRefusal(() => undoEnd(window({ id: 8 }), null, missed, 10_500), 'not_served_here');
		expectRefusal(() => undoEnd(window(), calledTicket({ id: 2 }), missed, 10_500), 'window_busy');
		expectRefusal(() => undoEnd(window(), null, calledTicket(), 10_500), 'invalid_state');
	});
});

describe('restoreTicket', () => {
	const grace = 30 * 60_000;
	const missed = calledTicket({ id: 1, issuedAt: 1_000, state: 'no_show', finishedAt: 100_000 });

	it('within the grace time the ticket waits again at its original place', () => {
		const change = restoreTicket(missed, window(), missed.day, grace, 100_000 + grace);
		expect(change.tickets[0]).toMatchObject({
			state: 'waiting',
			issuedAt: 1_000,
			windowId: null,
			calledAt: null,
			finishedAt: null
		});
		expect(change.events[0]).toMatchObject({
			type: 'ticket_returned',
			windowId: 7,
			data: { restoredFrom: 'no_show', late: 0, originalIssuedAt: 1_000 }
		});
	});

	it('later it queues from the end', () => {
		const now = 100_001 + grace;
		const change = restoreTicket(missed, window(), missed.day, grace, now);
		expect(change.tickets[0]).toMatchObject({ state: 'waiting', issuedAt: now });
		expect(change.events[0]!.data.late).toBe(1);
	});

	it('refuses a ticket of another day, another matter, or one not missed', () => {
		expectRefusal(() => restoreTicket(missed, window(), '2026-01-06', grace, 1), 'not_today');
		expectRefusal(
			() => restoreTicket(missed, window({ serviceIds: [2] }), missed.day, grace, 1),
			'not_served_here'
		);
		expectRefusal(() => restoreTicket(ticket(), window(), missed.day, grace, 1), 'invalid_state');
	});
});
