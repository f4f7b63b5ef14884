/**
 * Issue 14: a checked-in appointment in the one ordering rule. Its ticket goes before the
 * walk-ins once its slot has come, by slot time; before that it waits behind them unless nobody
 * else waits; it does not count in the window's priority run. Examples, then fast-check
 * properties over random queues, slots and call times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	PRIORITY_GROUPS,
	callNext,
	callOrder,
	chooseNext,
	isAppointment,
	peopleAhead,
	type ServiceWindow,
	type Ticket
} from '../../../src/lib/server/queue';
import { ticket, window } from './builders';

const cap3 = { fairnessCap: 3 };
const MIN = 60_000;

describe('appointments in the call order', () => {
	const walkIn = ticket({ id: 1, issuedAt: 0 });
	const elderly = ticket({ id: 2, issuedAt: 1, priority: 'elderly' });
	const booked = ticket({ id: 3, issuedAt: 2, appointmentAt: 10 * MIN });

	it('calls an appointment whose slot has come before every walk-in, priority ones too', () => {
		expect(chooseNext([walkIn, elderly, booked], window(), cap3, 10 * MIN)?.id).toBe(3);
		expect(chooseNext([walkIn, elderly, booked], window(), cap3, 15 * MIN)?.id).toBe(3);
	});

	it('keeps an appointment whose slot has not come behind the walk-ins', () => {
		expect(chooseNext([walkIn, elderly, booked], window(), cap3, 10 * MIN - 1)?.id).toBe(2);
		expect(callOrder([walkIn, elderly, booked], 0, cap3, 0).map((t) => t.id)).toEqual([2, 1, 3]);
	});

	it('calls an appointment before its slot when nobody else waits', () => {
		expect(chooseNext([booked], window(), cap3, 0)?.id).toBe(3);
	});

	it('orders appointments by slot time, not by check-in', () => {
		const later = ticket({ id: 4, issuedAt: 0, appointmentAt: 20 * MIN });
		const order = callOrder([later, booked, walkIn], 0, cap3, 30 * MIN).map((t) => t.id);
		expect(order).toEqual([3, 4, 1]);
	});

	it('does not count an appointment in the priority run, nor end it', () => {
		const w = window({ consecutivePriorityCalls: 2 });
		const change = callNext(w, null, [walkIn, booked], cap3, 10 * MIN);
		expect(change.tickets[0]!.id).toBe(3);
		expect(change.windows[0]!.consecutivePriorityCalls).toBe(2);
	});

	it('serves the appointment only at windows that serve its matter', () => {
		const other = ticket({ id: 5, serviceId: 2, appointmentAt: 0 });
		expect(chooseNext([walkIn, other], window(), cap3, MIN)?.id).toBe(1);
	});

	it('counts ahead of an appointment only the appointments of earlier slots', () => {
		const earlier = ticket({ id: 6, issuedAt: 9, appointmentAt: 5 * MIN });
		expect(peopleAhead(booked, [walkIn, elderly, booked, earlier])).toBe(1);
		// A walk-in counts an appointment issued before it, as it counts any normal ticket.
		expect(peopleAhead(ticket({ id: 7, issuedAt: 5 }), [walkIn, booked])).toBe(2);
	});
});

const queueArb = fc
	.array(
		fc.record({
			issuedAt: fc.integer({ min: 0, max: 50 }),
			priority: fc.option(fc.constantFrom(...PRIORITY_GROUPS), { freq: 2 }),
			// About a third are appointments, their slots spread over the time the calls take.
			appointmentAt: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 2, nil: null }),
			serviceId: fc.constantFrom(1, 2)
		}),
		{ maxLength: 30 }
	)
	.map((specs) =>
		specs.map((s, i) =>
			// A check-in issues a normal ticket: an appointment is never also out of turn.
			ticket({ id: i + 1, ...s, priority: s.appointmentAt === null ? s.priority : null })
		)
	);

interface Call {
	ticket: Ticket;
	at: number;
	/** The walk-ins the window could have called instead. */
	walkInsWaiting: number;
}

/** "Call next" pressed at `w` again and again, one time unit apart from `start`, until empty. */
function callsOverTime(waiting: Ticket[], w: ServiceWindow, cap: number, start: number): Call[] {
	let queue = waiting;
	let win = w;
	const calls: Call[] = [];
	for (let at = start; ; at++) {
		const next = chooseNext(queue, win, { fairnessCap: cap }, at);
		if (!next) return calls;
		const change = callNext(win, null, queue, { fairnessCap: cap }, at);
		expect(change.tickets[0]!.id).toBe(next.id);
		const mine = queue.filter((t) => win.serviceIds.includes(t.serviceId));
		calls.push({ ticket: next, at, walkInsWaiting: mine.filter((t) => !isAppointment(t)).length });
		win = change.windows[0]!;
		queue = queue.filter((t) => t.id !== next.id);
	}
}

describe('appointment ordering properties (fast-check)', () => {
	const settings = fc.tuple(
		queueArb,
		fc.integer({ min: 0, max: 6 }),
		fc.integer({ min: 1, max: 4 }),
		fc.integer({ min: 0, max: 60 })
	);

	it('the console’s list is what "call next" calls at that moment, and its first line is chooseNext', () => {
		fc.assert(
			fc.property(settings, ([queue, run, cap, now]) => {
				const w = window({ serviceIds: [1], consecutivePriorityCalls: run });
				const mine = queue.filter((t) => t.serviceId === 1);
				const listed = callOrder(mine, run, { fairnessCap: cap }, now).map((t) => t.id);
				expect(listed[0] ?? null).toBe(chooseNext(queue, w, { fairnessCap: cap }, now)?.id ?? null);
				// With the clock stopped, the calls in turn are the list.
				let win = w;
				let left = queue;
				const calls: number[] = [];
				for (;;) {
					const next = chooseNext(left, win, { fairnessCap: cap }, now);
					if (!next) break;
					calls.push(next.id);
					win = callNext(win, null, left, { fairnessCap: cap }, now).windows[0]!;
					left = left.filter((t) => t.id !== next.id);
				}
				expect(listed).toEqual(calls);
			}),
			{ numRuns: 300 }
		);
	});

	it('nothing waiting is skipped forever, FIFO within each class, and no appointment before its slot while walk-ins wait', () => {
		fc.assert(
			fc.property(settings, ([queue, run, cap, start]) => {
				const w = window({ serviceIds: [1, 2], consecutivePriorityCalls: run });
				const calls = callsOverTime(queue, w, cap, start);
				// Everyone is called in the end.
				expect(calls.map((c) => c.ticket.id).sort((a, b) => a - b)).toEqual(
					queue.map((t) => t.id).sort((a, b) => a - b)
				);
				const ofClass = (pred: (t: Ticket) => boolean) => calls.map((c) => c.ticket).filter(pred);
				const issueOrder = (a: Ticket, b: Ticket) => a.issuedAt - b.issuedAt || a.id - b.id;
				const slotOrder = (a: Ticket, b: Ticket) =>
					a.appointmentAt! - b.appointmentAt! || a.id - b.id;
				const normal = ofClass((t) => !isAppointment(t) && t.priority === null);
				const priority = ofClass((t) => t.priority !== null);
				const appointments = ofClass(isAppointment);
				expect(normal).toEqual([...normal].sort(issueOrder));
				expect(priority).toEqual([...priority].sort(issueOrder));
				expect(appointments).toEqual([...appointments].sort(slotOrder));
				for (const c of calls) {
					if (isAppointment(c.ticket) && c.at < c.ticket.appointmentAt!) {
						expect(c.walkInsWaiting).toBe(0);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('an appointment whose slot has come is never left behind a walk-in', () => {
		fc.assert(
			fc.property(settings, ([queue, run, cap, start]) => {
				const w = window({ serviceIds: [1, 2], consecutivePriorityCalls: run });
				const calls = callsOverTime(queue, w, cap, start);
				calls.forEach((c, i) => {
					if (isAppointment(c.ticket)) return;
					const calledBefore = new Set(calls.slice(0, i).map((e) => e.ticket.id));
					const dueLeft = queue.filter(
						(t) => isAppointment(t) && t.appointmentAt! <= c.at && !calledBefore.has(t.id)
					);
					expect(dueLeft).toEqual([]);
				});
			}),
			{ numRuns: 100 }
		);
	});

	it('walk-ins keep the fairness cap: an appointment call neither counts in nor ends the run', () => {
		fc.assert(
			fc.property(settings, ([queue, run, cap, start]) => {
				const w = window({ serviceIds: [1, 2], consecutivePriorityCalls: run });
				let win = w;
				let left = queue;
				for (let at = start; ; at++) {
					const next = chooseNext(left, win, { fairnessCap: cap }, at);
					if (!next) break;
					const after = callNext(win, null, left, { fairnessCap: cap }, at).windows[0]!;
					const expected = isAppointment(next)
						? win.consecutivePriorityCalls
						: next.priority !== null
							? win.consecutivePriorityCalls + 1
							: 0;
					expect(after.consecutivePriorityCalls).toBe(expected);
					win = after;
					left = left.filter((t) => t.id !== next.id);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
