import { describe, expect, it } from 'vitest';
import {
	DEFAULT_POLICY,
	PRIORITY_GROUPS,
	chooseNext,
	type OrderingPolicy
} from '../../../src/lib/server/queue';
import { ticket, window } from './builders';

const cap3: OrderingPolicy = { fairnessCap: 3 };

describe('chooseNext (SR-01)', () => {
	it('default fairness cap is 3', () => {
		expect(DEFAULT_POLICY.fairnessCap).toBe(3);
	});

	it('returns null when nothing is waiting', () => {
		expect(chooseNext([], window(), cap3, 0)).toBeNull();
	});

	it('calls normal tickets first come, first served', () => {
		const a = ticket({ id: 1, issuedAt: 300 });
		const b = ticket({ id: 2, issuedAt: 100 });
		const c = ticket({ id: 3, issuedAt: 200 });
		expect(chooseNext([a, b, c], window(), cap3, 0)?.id).toBe(2);
	});

	it('breaks equal issue times by the lower id', () => {
		const a = ticket({ id: 9, issuedAt: 100 });
		const b = ticket({ id: 4, issuedAt: 100 });
		expect(chooseNext([a, b], window(), cap3, 0)?.id).toBe(4);
	});

	it.each(PRIORITY_GROUPS)('calls a %s ticket out of turn, before older normal ones', (group) => {
		const normal = ticket({ id: 1, issuedAt: 100 });
		const prio = ticket({ id: 2, issuedAt: 900, priority: group });
		expect(chooseNext([normal, prio], window(), cap3, 0)?.id).toBe(2);
	});

	it('calls the oldest priority ticket first', () => {
		const p1 = ticket({ id: 1, issuedAt: 500, priority: 'elderly' });
		const p2 = ticket({ id: 2, issuedAt: 200, priority: 'pregnant' });
		const n = ticket({ id: 3, issuedAt: 100 });
		expect(chooseNext([p1, p2, n], window(), cap3, 0)?.id).toBe(2);
	});

	it('below the cap a priority ticket still goes first', () => {
		const n = ticket({ id: 1, issuedAt: 100 });
		const p = ticket({ id: 2, issuedAt: 900, priority: 'elderly' });
		const w = window({ consecutivePriorityCalls: 2 });
		expect(chooseNext([n, p], w, cap3, 0)?.id).toBe(2);
	});

	it('after cap priority calls in a row an older normal ticket goes next', () => {
		const n = ticket({ id: 1, issuedAt: 100 });
		const p = ticket({ id: 2, issuedAt: 900, priority: 'elderly' });
		expect(chooseNext([n, p], window({ consecutivePriorityCalls: 3 }), cap3, 0)?.id).toBe(1);
		expect(chooseNext([n, p], window({ consecutivePriorityCalls: 5 }), cap3, 0)?.id).toBe(1);
	});

	it('after the cap a younger normal ticket does not jump an older priority one', () => {
		const p = ticket({ id: 1, issuedAt: 100, priority: 'small_children' });
		const n = ticket({ id: 2, issuedAt: 900 });
		expect(chooseNext([n, p], window({ consecutivePriorityCalls: 3 }), cap3, 0)?.id).toBe(1);
	});

	it('after the cap an equal issue time is decided by the lower id', () => {
		const w = window({ consecutivePriorityCalls: 3 });
		const n = ticket({ id: 5, issuedAt: 100 });
		expect(
			chooseNext([n, ticket({ id: 6, issuedAt: 100, priority: 'elderly' })], w, cap3, 0)?.id
		).toBe(5);
		expect(
			chooseNext([n, ticket({ id: 4, issuedAt: 100, priority: 'elderly' })], w, cap3, 0)?.id
		).toBe(4);
	});

	it('honours a configured cap', () => {
		const n = ticket({ id: 1, issuedAt: 100 });
		const p = ticket({ id: 2, issuedAt: 900, priority: 'elderly' });
		const w = window({ consecutivePriorityCalls: 1 });
		expect(chooseNext([n, p], w, { fairnessCap: 1 }, 0)?.id).toBe(1);
		expect(chooseNext([n, p], w, { fairnessCap: 2 }, 0)?.id).toBe(2);
	});

	it('after the cap, with no normal ticket, still calls the priority ticket', () => {
		const p = ticket({ id: 2, issuedAt: 900, priority: 'elderly' });
		expect(chooseNext([p], window({ consecutivePriorityCalls: 7 }), cap3, 0)?.id).toBe(2);
	});

	it('only calls waiting tickets', () => {
		const w = window();
		for (const state of ['called', 'serving', 'done', 'no_show', 'cancelled'] as const) {
			expect(chooseNext([ticket({ state, issuedAt: 1 })], w, cap3, 0)).toBeNull();
		}
	});

	it('only calls tickets of its own location', () => {
		const other = ticket({ id: 1, issuedAt: 1, locationId: 2, priority: 'elderly' });
		const own = ticket({ id: 2, issuedAt: 500 });
		expect(chooseNext([other, own], window({ locationId: 1 }), cap3, 0)?.id).toBe(2);
	});

	it('only calls tickets of the services it serves', () => {
		const other = ticket({ id: 1, issuedAt: 1, serviceId: 3, priority: 'elderly' });
		const own = ticket({ id: 2, issuedAt: 500, serviceId: 2 });
		expect(chooseNext([other, own], window({ serviceIds: [1, 2] }), cap3, 0)?.id).toBe(2);
		expect(chooseNext([other], window({ serviceIds: [1, 2] }), cap3, 0)).toBeNull();
	});

	it('does not reorder or mutate its input', () => {
		const list = Object.freeze([
			Object.freeze(ticket({ id: 2, issuedAt: 200 })),
			Object.freeze(ticket({ id: 1, issuedAt: 100 }))
		]);
		const before = structuredClone(list);
		chooseNext(list, Object.freeze(window()), cap3, 0);
		expect(list).toEqual(before);
	});
});
