/**
 * SR-01 as properties: random arrivals and random calls by several windows with different
 * service sets, driven through callNext and its Change, checked against a reference model and
 * the rule's guarantees written independently of the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DomainError,
	PRIORITY_GROUPS,
	callNext,
	chooseNext,
	currentTicketOf,
	finishService,
	type Change,
	type OrderingPolicy,
	type PriorityGroup,
	type ServiceWindow,
	type Ticket,
	type TicketState
} from '../../../src/lib/server/queue';
import { earlier, eligibleFor, oldest, referenceNext, ticket, window } from './builders';

const SERVICE_IDS = [1, 2, 3, 4, 5] as const;
/** A service no window serves: such tickets must never be called. */
const ORPHAN_SERVICE = 99;

const priorityArb: fc.Arbitrary<PriorityGroup | null> = fc.oneof(
	{ arbitrary: fc.constant(null), weight: 1 },
	{ arbitrary: fc.constantFrom(...PRIORITY_GROUPS), weight: 1 }
);
const initialStateArb: fc.Arbitrary<TicketState> = fc.oneof(
	{ arbitrary: fc.constant('waiting' as const), weight: 6 },
	{
		arbitrary: fc.constantFrom('done' as const, 'no_show' as const, 'cancelled' as const),
		weight: 1
	}
);

const windowSpecArb = fc.record({
	locationId: fc.constantFrom(1, 2),
	serviceIds: fc.uniqueArray(fc.constantFrom(...SERVICE_IDS), { minLength: 1, maxLength: 4 }),
	run: fc.nat({ max: 5 })
});

/** Where a ticket goes: a window's location and one of its services (so someone serves it). */
const placeArb = fc.record({ pick: fc.nat(), svc: fc.nat(), orphan: fc.boolean() });

const scenarioArb = fc.record({
	cap: fc.integer({ min: 1, max: 4 }),
	windows: fc.array(windowSpecArb, { minLength: 1, maxLength: 4 }),
	initial: fc.array(
		fc.record({
			place: placeArb,
			priority: priorityArb,
			state: initialStateArb,
			issuedAt: fc.integer({ min: 0, max: 40 })
		}),
		{ maxLength: 25 }
	),
	steps: fc.array(
		fc.oneof(
			fc.record({
				kind: fc.constant('arrive' as const),
				place: placeArb,
				priority: priorityArb,
				gap: fc.nat({ max: 3 })
			}),
			fc.record({ kind: fc.constant('call' as const), window: fc.nat() })
		),
		{ maxLength: 60 }
	)
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

interface CallRecord {
	/** The window as it was before the call. */
	window: ServiceWindow;
	windowAfter: ServiceWindow;
	/** All tickets as they were before the call. */
	before: readonly Ticket[];
	/** The called ticket as returned in the Change, or null for 'nothing_waiting'. */
	called: Ticket | null;
	change: Change | null;
}

interface Trace {
	policy: OrderingPolicy;
	calls: CallRecord[];
	/** Calls made while draining the queue after the random steps. */
	drainCalls: CallRecord[];
	final: readonly Ticket[];
	/** Ids of tickets some window of their location serves and that were waiting at some point. */
	servable: Set<number>;
	allTickets: readonly Ticket[];
}

function applyChange(
	tickets: readonly Ticket[],
	windows: readonly ServiceWindow[],
	change: Change
): [Ticket[], ServiceWindow[]] {
	const t = tickets.map((x) => change.tickets.find((c) => c.id === x.id) ?? x);
	const w = windows.map((x) => change.windows.find((c) => c.id === x.id) ?? x);
	return [t, w];
}

function simulate(s: Scenario): Trace {
	const policy: OrderingPolicy = { fairnessCap: s.cap };
	let windows: ServiceWindow[] = s.windows.map((spec, i) =>
		window({
			id: i + 1,
			label: String(i + 1),
			locationId: spec.locationId,
			serviceIds: [...spec.serviceIds],
			consecutivePriorityCalls: spec.run
		})
	);
	let nextId = 1;
	let clock = 50;
	const place = (p: { pick: number; svc: number; orphan: boolean }) => {
		const w = windows[p.pick % windows.length]!;
		const serviceId =
			p.orphan && p.svc % 5 === 0 ? ORPHAN_SERVICE : w.serviceIds[p.svc % w.serviceIds.length]!;
		return { locationId: w.locationId, serviceId };
	};
	let tickets: Ticket[] = s.initial.map((a) =>
		ticket({
			id: nextId++,
			...place(a.place),
			priority: a.priority,
			state: a.state,
			issuedAt: a.issuedAt
		})
	);
	const servable = new Set<number>();
	const markServable = (t: Ticket) => {
		if (t.state === 'waiting' && windows.some((w) => eligibleFor([t], w).length > 0))
			servable.add(t.id);
	};
	tickets.forEach(markServable);

	const callAt = (wi: number): CallRecord => {
		clock += 1;
		const current = currentTicketOf(windows[wi]!, tickets);
		if (current) [tickets, windows] = applyChange(tickets, windows, finishService(current, clock));
		const w = windows[wi]!;
		const before = tickets;
		try {
			const change = callNext(w, currentTicketOf(w, tickets), tickets, policy, clock);
			[tickets, windows] = applyChange(tickets, windows, change);
			return {
				window: w,
				windowAfter: windows[wi]!,
				before,
				called: change.tickets[0] ?? null,
				change
			};
		} catch (e) {
			if (e instanceof DomainError && e.code === 'nothing_waiting') {
				return { window: w, windowAfter: windows[wi]!, before, called: null, change: null };
			}
			throw e;
		}
	};

	const calls: CallRecord[] = [];
	for (const step of s.steps) {
		if (step.kind === 'arrive') {
			clock += step.gap;
			const t = ticket({
				id: nextId++,
				...place(step.place),
				priority: step.priority,
				issuedAt: clock
			});
			tickets = [...tickets, t];
			markServable(t);
		} else {
			calls.push(callAt(step.window % windows.length));
		}
	}
	// Keep calling, round robin, until a whole round finds nothing (bounded for safety).
	const drainCalls: CallRecord[] = [];
	const limit = tickets.length * windows.length + windows.length + 5;
	for (let round = 0, idle = 0; idle < windows.length && round < limit; round++) {
		const rec = callAt(round % windows.length);
		drainCalls.push(rec);
		idle = rec.called ? 0 : idle + 1;
	}
	return { policy, calls, drainCalls, final: tickets, servable, allTickets: tickets };
}

const allCalls = (t: Trace) => [...t.calls, ...t.drainCalls];
const RUNS = { numRuns: 300 };

describe('SR-01 ordering, property-based', () => {
	it('every call matches the reference ordering model, and nothing_waiting only when nothing is eligible', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const trace = simulate(s);
				for (const rec of allCalls(trace)) {
					const expected = referenceNext(rec.before, rec.window, trace.policy.fairnessCap);
					expect(rec.called?.id ?? null).toBe(expected?.id ?? null);
				}
			}),
			RUNS
		);
	});

	it('(a) FIFO within a class: each call takes the oldest eligible ticket of its class', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const trace = simulate(s);
				for (const rec of allCalls(trace)) {
					if (!rec.called) continue;
					const isPriority = rec.called.priority !== null;
					const sameClass = eligibleFor(rec.before, rec.window).filter(
						(t) => (t.priority !== null) === isPriority
					);
					expect(sameClass.some((t) => earlier(t, rec.called!))).toBe(false);
				}
				// Per window and class, over the whole run: when a window calls X and later Y of the
				// same class, and Y was already waiting for it when X was called, X came before Y.
				const calls = allCalls(trace).filter((r) => r.called);
				calls.forEach((first, i) => {
					for (const second of calls.slice(i + 1)) {
						if (second.window.id !== first.window.id) continue;
						if ((second.called!.priority !== null) !== (first.called!.priority !== null)) continue;
						const wasEligible = eligibleFor(first.before, first.window).some(
							(t) => t.id === second.called!.id
						);
						if (wasEligible) expect(earlier(first.called!, second.called!)).toBe(true);
					}
				});
			}),
			RUNS
		);
	});

	it('(b) the fairness cap is never exceeded', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const trace = simulate(s);
				const cap = trace.policy.fairnessCap;
				for (const rec of allCalls(trace)) {
					if (!rec.called) continue;
					// The run is counted as the requirement says.
					expect(rec.windowAfter.consecutivePriorityCalls).toBe(
						rec.called.priority !== null ? rec.window.consecutivePriorityCalls + 1 : 0
					);
					if (rec.called.priority === null || rec.window.consecutivePriorityCalls < cap) continue;
					const olderNormal = eligibleFor(rec.before, rec.window).filter(
						(t) => t.priority === null && earlier(t, rec.called!)
					);
					expect(olderNormal).toEqual([]);
				}
			}),
			RUNS
		);
	});

	it('(b) below the cap a waiting priority ticket is always called out of turn', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const trace = simulate(s);
				for (const rec of allCalls(trace)) {
					if (rec.window.consecutivePriorityCalls >= trace.policy.fairnessCap) continue;
					const anyPriority = eligibleFor(rec.before, rec.window).some((t) => t.priority !== null);
					if (anyPriority) expect(rec.called?.priority ?? null).not.toBeNull();
					else expect(rec.called?.priority ?? null).toBeNull();
				}
			}),
			RUNS
		);
	});

	it('(c) nothing is called twice', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const trace = simulate(s);
				const ids = allCalls(trace)
					.map((r) => r.called?.id)
					.filter((id) => id !== undefined);
				expect(new Set(ids).size).toBe(ids.length);
				for (const rec of allCalls(trace)) {
					if (!rec.called) continue;
					const was = rec.before.find((t) => t.id === rec.called!.id);
					expect(was?.state).toBe('waiting');
					expect(rec.called.state).toBe('called');
					expect(rec.called.windowId).toBe(rec.window.id);
				}
			}),
			RUNS
		);
	});

	it('(d) nothing waiting is skipped forever: draining calls every servable ticket', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const trace = simulate(s);
				const called = new Set(allCalls(trace).flatMap((r) => (r.called ? [r.called.id] : [])));
				const last = trace.drainCalls.slice(-s.windows.length);
				expect(last.every((r) => r.called === null)).toBe(true);
				for (const id of trace.servable) expect(called.has(id)).toBe(true);
				// Only servable tickets were called (orphans, other locations, done/cancelled never).
				for (const id of called) expect(trace.servable.has(id)).toBe(true);
				expect(
					trace.final.filter((t) => t.state === 'waiting' && trace.servable.has(t.id))
				).toEqual([]);
			}),
			RUNS
		);
	});

	it('(e) chooseNext never returns a ticket the window cannot serve', () => {
		const ticketArb = fc.record({
			id: fc.integer({ min: 1, max: 10_000 }),
			locationId: fc.constantFrom(1, 2),
			serviceId: fc.constantFrom(1, 2, 3, 4, 5, ORPHAN_SERVICE),
			priority: priorityArb,
			state: fc.constantFrom('waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'),
			issuedAt: fc.integer({ min: 0, max: 100 })
		});
		fc.assert(
			fc.property(
				fc.uniqueArray(ticketArb, { selector: (t) => t.id, maxLength: 30 }),
				windowSpecArb,
				fc.integer({ min: 1, max: 4 }),
				(specs, ws, cap) => {
					const tickets = specs.map((x) => ticket(x as Partial<Ticket>));
					const w = window({
						locationId: ws.locationId,
						serviceIds: [...ws.serviceIds],
						consecutivePriorityCalls: ws.run
					});
					const chosen = chooseNext(tickets, w, { fairnessCap: cap }, 0);
					const eligible = eligibleFor(tickets, w);
					if (chosen === null) {
						expect(eligible).toEqual([]);
					} else {
						expect(chosen.state).toBe('waiting');
						expect(chosen.locationId).toBe(w.locationId);
						expect(w.serviceIds).toContain(chosen.serviceId);
						expect(chosen.id).toBe(referenceNext(tickets, w, cap)?.id);
					}
					expect(oldest(eligible) === undefined).toBe(chosen === null);
				}
			),
			{ numRuns: 500 }
		);
	});
});
