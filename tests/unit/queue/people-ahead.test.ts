import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIORITY_GROUPS, peopleAhead, type Ticket } from '../../../src/lib/server/queue';
import { earlier, ticket } from './builders';

describe('peopleAhead', () => {
	const me = (over: Partial<Ticket> = {}) => ticket({ id: 50, issuedAt: 500, ...over });

	it('a priority ticket counts only older priority tickets', () => {
		const t = me({ priority: 'elderly' });
		const others = [
			ticket({ id: 1, issuedAt: 100, priority: 'pregnant' }),
			ticket({ id: 2, issuedAt: 900, priority: 'pregnant' }),
			ticket({ id: 3, issuedAt: 100 }),
			ticket({ id: 4, issuedAt: 900 })
		];
		expect(peopleAhead(t, [t, ...others])).toBe(1);
	});

	it('a normal ticket counts every priority ticket and the older normal ones', () => {
		const t = me();
		const others = [
			ticket({ id: 1, issuedAt: 100, priority: 'pregnant' }),
			ticket({ id: 2, issuedAt: 900, priority: 'elderly' }),
			ticket({ id: 3, issuedAt: 100 }),
			ticket({ id: 4, issuedAt: 900 })
		];
		expect(peopleAhead(t, [t, ...others])).toBe(3);
	});

	it('breaks equal issue times by id', () => {
		const t = me();
		expect(
			peopleAhead(t, [t, ticket({ id: 49, issuedAt: 500 }), ticket({ id: 51, issuedAt: 500 })])
		).toBe(1);
	});

	it('ignores other services, other locations, non-waiting tickets and itself', () => {
		const t = me();
		const others = [
			ticket({ id: 1, issuedAt: 100, serviceId: 2 }),
			ticket({ id: 2, issuedAt: 100, locationId: 2 }),
			ticket({ id: 3, issuedAt: 100, state: 'called' }),
			ticket({ id: 4, issuedAt: 100, state: 'serving' }),
			ticket({ id: 5, issuedAt: 100, state: 'done' }),
			ticket({ id: 6, issuedAt: 100, state: 'cancelled', priority: 'elderly' }),
			ticket({ id: 7, issuedAt: 100, state: 'no_show' })
		];
		expect(peopleAhead(t, [t, ...others])).toBe(0);
		expect(peopleAhead(t, [])).toBe(0);
	});

	it('property: matches the reference count', () => {
		const arb = fc.record({
			id: fc.integer({ min: 1, max: 1_000 }),
			issuedAt: fc.integer({ min: 0, max: 50 }),
			priority: fc.option(fc.constantFrom(...PRIORITY_GROUPS), { nil: null }),
			serviceId: fc.constantFrom(1, 2),
			locationId: fc.constantFrom(1, 2),
			state: fc.constantFrom('waiting', 'waiting', 'waiting', 'called', 'done', 'cancelled')
		});
		fc.assert(
			fc.property(
				fc.uniqueArray(arb, { selector: (t) => t.id, minLength: 1, maxLength: 30 }),
				fc.nat(),
				(specs, pick) => {
					const all = specs.map((s) => ticket(s as Partial<Ticket>));
					const t = all[pick % all.length]!;
					const expected = all.filter(
						(o) =>
							o.id !== t.id &&
							o.state === 'waiting' &&
							o.serviceId === t.serviceId &&
							o.locationId === t.locationId &&
							(t.priority !== null
								? o.priority !== null && earlier(o, t)
								: o.priority !== null || earlier(o, t))
					).length;
					expect(peopleAhead(t, all)).toBe(expected);
				}
			)
		);
	});
});
