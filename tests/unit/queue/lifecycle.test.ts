import { describe, expect, it } from 'vitest';
import {
	DomainError,
	TICKET_STATES,
	callNext,
	cancelTicket,
	currentTicketOf,
	finishService,
	markNoShow,
	pauseWindow,
	recall,
	resumeWindow,
	returnToQueue,
	startService,
	transfer,
	type Change,
	type QueueEventType,
	type Ticket,
	type TicketState
} from '../../../src/lib/server/queue';
import { calledTicket, codeOf, deepFreeze, servingTicket, ticket, window } from './builders';

const NOW = 1_767_600_000_000;
const policy = { fairnessCap: 3 };
const otherService = { serviceId: 2, departmentId: 20, locationId: 1 };

/** A ticket in the given state, with the fields that state implies. */
function inState(state: TicketState, over: Partial<Ticket> = {}): Ticket {
	const atWindow = state === 'called' || state === 'serving';
	return ticket({
		id: 42,
		state,
		priority: 'elderly',
		serviceId: 1,
		departmentId: 10,
		issuedAt: 1_000,
		windowId: atWindow || state === 'done' || state === 'no_show' ? 7 : null,
		calledAt: state === 'waiting' ? null : 2_000,
		startedAt: state === 'serving' || state === 'done' ? 2_500 : null,
		...over
	});
}

interface Rule {
	name: string;
	from: TicketState[];
	to: TicketState;
	event: QueueEventType;
	run: (t: Ticket) => Change;
}

const rules: Rule[] = [
	{
		name: 'recall',
		from: ['called'],
		to: 'called',
		event: 'ticket_recalled',
		run: (t) => recall(t, NOW)
	},
	{
		name: 'startService',
		from: ['called'],
		to: 'serving',
		event: 'service_started',
		run: (t) => startService(t, NOW)
	},
	{
		name: 'finishService',
		from: ['called', 'serving'],
		to: 'done',
		event: 'service_finished',
		run: (t) => finishService(t, NOW)
	},
	{
		name: 'markNoShow',
		from: ['called'],
		to: 'no_show',
		event: 'ticket_no_show',
		run: (t) => markNoShow(t, NOW)
	},
	{
		name: 'returnToQueue',
		from: ['called', 'serving'],
		to: 'waiting',
		event: 'ticket_returned',
		run: (t) => returnToQueue(t, NOW)
	},
	{
		name: 'cancelTicket',
		from: ['waiting', 'called'],
		to: 'cancelled',
		event: 'ticket_cancelled',
		run: (t) => cancelTicket(t, NOW)
	},
	{
		name: 'transfer',
		from: ['called', 'serving'],
		to: 'waiting',
		event: 'ticket_transferred',
		run: (t) => transfer(t, otherService, 'needs the tax office', NOW)
	}
];

describe('ticket lifecycle: allowed and refused transitions', () => {
	for (const rule of rules) {
		for (const state of TICKET_STATES) {
			if (rule.from.includes(state)) {
				it(`${rule.name} from ${state} → ${rule.to}, one '${rule.event}' event`, () => {
					const input = deepFreeze(inState(state));
					const before = structuredClone(input);
					const change = rule.run(input);
					expect(input).toEqual(before);
					expect(change.tickets).toHaveLength(1);
					expect(change.windows).toEqual([]);
					const out = change.tickets[0]!;
					expect(out).not.toBe(input);
					expect(out.id).toBe(input.id);
					expect(out.state).toBe(rule.to);
					expect(out.issuedAt).toBe(input.issuedAt);
					expect(change.events).toHaveLength(1);
					const ev = change.events[0]!;
					expect(ev.type).toBe(rule.event);
					expect(ev.at).toBe(NOW);
					expect(ev.ticketId).toBe(input.id);
					expect(ev.locationId).toBe(input.locationId);
					expect(ev.priority).toBe('elderly');
					expect(ev.serviceId).toBe(out.serviceId);
					expect(ev.departmentId).toBe(out.departmentId);
				});
			} else {
				it(`${rule.name} from ${state} is refused with invalid_state`, () => {
					const input = deepFreeze(inState(state));
					expect(codeOf(() => rule.run(input))).toBe('invalid_state');
				});
			}
		}
	}

	it('finishing a waiting, done, no_show or cancelled ticket throws DomainError invalid_state', () => {
		for (const state of ['waiting', 'done', 'no_show', 'cancelled'] as const) {
			expect(() => finishService(inState(state), NOW)).toThrow(DomainError);
			expect(codeOf(() => finishService(inState(state), NOW))).toBe('invalid_state');
		}
	});
});

describe('ticket events carry the window where the action happened', () => {
	// SR: every change emits one event carrying ticketId/windowId/serviceId/departmentId/priority.
	const cases: [string, TicketState, (t: Ticket) => Change][] = [
		['recall', 'called', (t) => recall(t, NOW)],
		['startService', 'called', (t) => startService(t, NOW)],
		['finishService', 'serving', (t) => finishService(t, NOW)],
		['markNoShow', 'called', (t) => markNoShow(t, NOW)],
		['cancelTicket (called)', 'called', (t) => cancelTicket(t, NOW)],
		['returnToQueue', 'serving', (t) => returnToQueue(t, NOW)],
		['transfer', 'serving', (t) => transfer(t, otherService, 'see room 101', NOW)]
	];
	it.each(cases)('%s event has windowId of the acting window', (_name, state, run) => {
		const t = inState(state, { windowId: 5 });
		expect(run(t).events[0]?.windowId).toBe(5);
	});

	it('cancelling a waiting ticket carries no window', () => {
		expect(cancelTicket(inState('waiting'), NOW).events[0]?.windowId).toBeNull();
	});
});

describe('individual rules', () => {
	it('recall increments recalls and keeps the ticket called at its window', () => {
		const t = calledTicket({ recalls: 2 });
		const out = recall(t, NOW).tickets[0]!;
		expect(out.recalls).toBe(3);
		expect(out.windowId).toBe(t.windowId);
		expect(out.calledAt).toBe(t.calledAt);
	});

	it('startService records the start time', () => {
		expect(startService(calledTicket(), NOW).tickets[0]?.startedAt).toBe(NOW);
	});

	it('finishService records the finish time and keeps an earlier start', () => {
		const out = finishService(servingTicket({ startedAt: 2_500 }), NOW).tickets[0]!;
		expect(out.finishedAt).toBe(NOW);
		expect(out.startedAt).toBe(2_500);
	});

	it('returnToQueue keeps issuedAt and clears windowId', () => {
		for (const t of [calledTicket({ issuedAt: 123 }), servingTicket({ issuedAt: 123 })]) {
			const out = returnToQueue(t, NOW).tickets[0]!;
			expect(out.state).toBe('waiting');
			expect(out.issuedAt).toBe(123);
			expect(out.windowId).toBeNull();
		}
	});

	it('a returned ticket is not the window current ticket any more', () => {
		const t = calledTicket({ windowId: 7 });
		const out = returnToQueue(t, NOW).tickets[0]!;
		expect(currentTicketOf(window({ id: 7 }), [out])).toBeNull();
	});
});

describe('transfer (SR-05)', () => {
	it('moves to the other service and department, keeps issuedAt, counts and stores the trimmed note', () => {
		const t = servingTicket({ issuedAt: 777, transfers: 1, serviceId: 1, departmentId: 10 });
		const change = transfer(
			t,
			{ serviceId: 4, departmentId: 30, locationId: 1 },
			'  bring ID  ',
			NOW
		);
		const out = change.tickets[0]!;
		expect(out).toMatchObject({
			state: 'waiting',
			serviceId: 4,
			departmentId: 30,
			issuedAt: 777,
			transfers: 2,
			transferNote: 'bring ID',
			windowId: null
		});
		expect(change.events[0]).toMatchObject({
			type: 'ticket_transferred',
			serviceId: 4,
			departmentId: 30,
			data: { fromServiceId: 1, fromDepartmentId: 10 }
		});
	});

	it('accepts a 500-character note', () => {
		const out = transfer(calledTicket(), otherService, 'x'.repeat(500), NOW).tickets[0]!;
		expect(out.transferNote).toHaveLength(500);
	});

	it.each([
		['empty', ''],
		['blank', '   \n\t '],
		['501 characters', 'x'.repeat(501)]
	])('refuses a %s note with invalid_input', (_label, note) => {
		expect(codeOf(() => transfer(calledTicket(), otherService, note, NOW))).toBe('invalid_input');
	});

	it('refuses a transfer to the same service', () => {
		const t = calledTicket({ serviceId: 1 });
		const target = { serviceId: 1, departmentId: 10, locationId: 1 };
		expect(codeOf(() => transfer(t, target, 'note', NOW))).toBe('invalid_input');
	});

	it('refuses a transfer to another location', () => {
		const t = calledTicket({ locationId: 1 });
		const target = { serviceId: 2, departmentId: 20, locationId: 2 };
		expect(codeOf(() => transfer(t, target, 'note', NOW))).toBe('invalid_input');
	});
});

describe('callNext', () => {
	it('calls the next ticket, stamps it and updates the window run', () => {
		const p = deepFreeze(ticket({ id: 1, issuedAt: 500, priority: 'pregnant', serviceId: 1 }));
		const n = deepFreeze(ticket({ id: 2, issuedAt: 100, serviceId: 1 }));
		const w = deepFreeze(window({ id: 7, consecutivePriorityCalls: 1 }));
		const snapshot = structuredClone({ p, n, w });
		const change = callNext(w, null, deepFreeze([n, p]), policy, NOW);
		expect({ p, n, w }).toEqual(snapshot);
		expect(change.tickets).toHaveLength(1);
		expect(change.tickets[0]).toMatchObject({ id: 1, state: 'called', calledAt: NOW, windowId: 7 });
		expect(change.windows).toHaveLength(1);
		expect(change.windows[0]).toMatchObject({ id: 7, consecutivePriorityCalls: 2 });
		expect(change.windows[0]).not.toBe(w);
		expect(change.events).toHaveLength(1);
		expect(change.events[0]).toMatchObject({
			type: 'ticket_called',
			at: NOW,
			ticketId: 1,
			windowId: 7,
			serviceId: 1,
			departmentId: 10,
			priority: 'pregnant',
			locationId: 1
		});
	});

	it('a normal call resets the window priority run', () => {
		const change = callNext(
			window({ consecutivePriorityCalls: 3 }),
			null,
			[ticket({ id: 1, issuedAt: 1 }), ticket({ id: 2, issuedAt: 9, priority: 'elderly' })],
			policy,
			NOW
		);
		expect(change.tickets[0]?.id).toBe(1);
		expect(change.windows[0]?.consecutivePriorityCalls).toBe(0);
	});

	it.each([
		['window_paused', window({ status: 'paused', pauseReason: 'break' }), null],
		['window_closed', window({ status: 'closed' }), null],
		['window_busy', window(), calledTicket({ windowId: 7 })]
	] as const)('refuses with %s', (code, w, current) => {
		expect(codeOf(() => callNext(w, current, [ticket()], policy, NOW))).toBe(code);
	});

	it('refuses with window_busy while the window is serving', () => {
		expect(codeOf(() => callNext(window(), servingTicket(), [ticket()], policy, NOW))).toBe(
			'window_busy'
		);
	});

	it('refuses with nothing_waiting when no eligible ticket waits', () => {
		const waiting = [
			ticket({ serviceId: 2 }),
			ticket({ locationId: 2 }),
			ticket({ state: 'cancelled' })
		];
		expect(codeOf(() => callNext(window(), null, waiting, policy, NOW))).toBe('nothing_waiting');
		expect(codeOf(() => callNext(window(), null, [], policy, NOW))).toBe('nothing_waiting');
	});
});

describe('pauseWindow / resumeWindow', () => {
	it('pauses an open window with a reason, one window_paused event', () => {
		const w = deepFreeze(window({ id: 7 }));
		const before = structuredClone(w);
		const change = pauseWindow(w, 'coffee', NOW);
		expect(w).toEqual(before);
		expect(change.tickets).toEqual([]);
		expect(change.windows).toHaveLength(1);
		expect(change.windows[0]).toMatchObject({ id: 7, status: 'paused', pauseReason: 'coffee' });
		expect(change.windows[0]).not.toBe(w);
		expect(change.events).toHaveLength(1);
		expect(change.events[0]).toMatchObject({ type: 'window_paused', windowId: 7, at: NOW });
	});

	it('accepts a 200-character reason', () => {
		expect(pauseWindow(window(), 'r'.repeat(200), NOW).windows[0]?.status).toBe('paused');
	});

	it.each([
		['empty', ''],
		['blank', '   '],
		['201 characters', 'r'.repeat(201)]
	])('refuses a %s reason with invalid_input', (_l, reason) => {
		expect(codeOf(() => pauseWindow(window(), reason, NOW))).toBe('invalid_input');
	});

	it('refuses pausing a window that is already paused', () => {
		const w = window({ status: 'paused', pauseReason: 'break' });
		expect(codeOf(() => pauseWindow(w, 'again', NOW))).toBe('window_paused');
	});

	it('refuses to pause a closed window (open it first)', () => {
		const w = deepFreeze(window({ status: 'closed' }));
		expect(codeOf(() => pauseWindow(w, 'break', NOW))).toBe('window_closed');
	});

	it.each(['paused', 'closed'] as const)('resumeWindow opens a %s window', (status) => {
		const w = deepFreeze(window({ id: 7, status, pauseReason: status === 'paused' ? 'x' : null }));
		const before = structuredClone(w);
		const change = resumeWindow(w, NOW);
		expect(w).toEqual(before);
		expect(change.windows).toHaveLength(1);
		expect(change.windows[0]).toMatchObject({ id: 7, status: 'open', pauseReason: null });
		expect(change.events).toHaveLength(1);
		expect(change.events[0]).toMatchObject({ type: 'window_resumed', windowId: 7, at: NOW });
	});
});
