/** SR-05: a transferred client keeps their place, so ordering uses the original issue time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	callNext,
	finishService,
	returnToQueue,
	transfer,
	type ServiceWindow,
	type Ticket
} from '../../../src/lib/server/queue';
import { earlier, ticket, window } from './builders';

const policy = { fairnessCap: 3 };
const B = { serviceId: 2, departmentId: 20, locationId: 1 };

/** Call at `w` until nothing is waiting for it, finishing each call; returns ids in call order. */
function drain(w: ServiceWindow, tickets: Ticket[], now: number): number[] {
	const order: number[] = [];
	let win = w;
	let all = tickets;
	for (;;) {
		if (!all.some((t) => t.state === 'waiting' && win.serviceIds.includes(t.serviceId))) break;
		const change = callNext(win, null, all, policy, now++);
		const called = change.tickets[0]!;
		order.push(called.id);
		const done = finishService(called, now++).tickets[0]!;
		all = all.map((t) => (t.id === done.id ? done : t));
		win = change.windows[0]!;
	}
	return order;
}

describe('transfer keeps the place (SR-05)', () => {
	it('a transferred ticket is called before tickets issued after its original issue time', () => {
		const wA = window({ id: 1, serviceIds: [1] });
		const wB = window({ id: 2, serviceIds: [2] });
		const moving = ticket({ id: 10, serviceId: 1, issuedAt: 100 });
		const b1 = ticket({ id: 11, serviceId: 2, issuedAt: 50 });
		const b2 = ticket({ id: 12, serviceId: 2, issuedAt: 150 });
		const b3 = ticket({ id: 13, serviceId: 2, issuedAt: 200 });
		const called = callNext(wA, null, [moving], policy, 300).tickets[0]!;
		const moved = transfer(called, B, 'wrong department', 400).tickets[0]!;
		expect(drain(wB, [moved, b1, b2, b3], 500)).toEqual([11, 10, 12, 13]);
	});

	it('a returned ticket goes back to its original place', () => {
		const w = window({ id: 1, serviceIds: [1] });
		const t1 = ticket({ id: 1, issuedAt: 100 });
		const t2 = ticket({ id: 2, issuedAt: 200 });
		const t3 = ticket({ id: 3, issuedAt: 300 });
		const called = callNext(w, null, [t1, t2, t3], policy, 400).tickets[0]!;
		expect(called.id).toBe(1);
		const back = returnToQueue(called, 500).tickets[0]!;
		expect(drain(w, [back, t2, t3], 600)).toEqual([1, 2, 3]);
	});

	it('property: the transferred ticket is called after exactly the older tickets of its class in the new queue', () => {
		fc.assert(
			fc.property(
				fc.boolean(),
				fc.integer({ min: 0, max: 1_000 }),
				fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 15 }),
				(priority, movingIssuedAt, queueTimes) => {
					const cls = priority ? ('elderly' as const) : null;
					const moving = ticket({ id: 1, serviceId: 1, issuedAt: movingIssuedAt, priority: cls });
					const queue = queueTimes.map((issuedAt, i) =>
						ticket({ id: i + 2, serviceId: 2, issuedAt, priority: cls })
					);
					const wA = window({ id: 1, serviceIds: [1] });
					const wB = window({ id: 2, serviceIds: [2] });
					const called = callNext(wA, null, [moving], policy, 5_000).tickets[0]!;
					const moved = transfer(called, B, 'note', 5_001).tickets[0]!;
					const order = drain(wB, [...queue, moved], 6_000);
					const expectedAhead = queue.filter((t) => earlier(t, moving)).length;
					expect(order.indexOf(1)).toBe(expectedAhead);
					expect(order).toHaveLength(queue.length + 1);
				}
			),
			{ numRuns: 200 }
		);
	});
});
