/**
 * Presence and substitutes (issue 15, SR-15/16/19): a person's presence on a day from what is
 * set, planned absences and the window hold; whom to contact instead (substitute chain without
 * loops, then the present heads of unit); who may set whose presence.
 */
import { describe, expect, it } from 'vitest';
import {
	contactInstead,
	maySetPresence,
	presenceOn,
	type DirectoryPerson,
	type PresenceFacts
} from '../../../src/lib/server/queue';

const facts = (f: Partial<PresenceFacts> = {}): PresenceFacts => ({
	set: 'in_office',
	setUntil: null,
	absences: [],
	holdsWindow: false,
	...f
});

describe('presenceOn', () => {
	it('is what was set, when nothing else says otherwise', () => {
		expect(presenceOn('2026-12-03', facts({ set: 'remote' }))).toEqual({
			presence: 'remote',
			absentUntil: null
		});
		expect(presenceOn('2026-12-03', facts({ set: 'out_of_room' })).presence).toBe('out_of_room');
	});

	it('is at a window while the console holds one, over any set status', () => {
		expect(presenceOn('2026-12-03', facts({ set: 'remote', holdsWindow: true })).presence).toBe(
			'at_window'
		);
		expect(
			presenceOn('2026-12-03', facts({ set: 'absent', setUntil: '2026-12-10', holdsWindow: true }))
				.presence
		).toBe('at_window');
	});

	it('keeps a set absence through its last day, and lets it lapse the day after', () => {
		const f = facts({ set: 'absent', setUntil: '2026-12-04' });
		expect(presenceOn('2026-12-04', f)).toEqual({ presence: 'absent', absentUntil: '2026-12-04' });
		expect(presenceOn('2026-12-05', f)).toEqual({ presence: 'in_office', absentUntil: null });
		// Without a last day: until further notice.
		expect(presenceOn('2027-06-01', facts({ set: 'absent' }))).toEqual({
			presence: 'absent',
			absentUntil: null
		});
	});

	it('makes a planned absence win on its days, first and last included, whatever else is set', () => {
		const f = facts({
			set: 'remote',
			holdsWindow: true,
			absences: [{ from: '2026-12-07', to: '2026-12-11' }]
		});
		expect(presenceOn('2026-12-06', f).presence).toBe('at_window');
		expect(presenceOn('2026-12-07', f)).toEqual({ presence: 'absent', absentUntil: '2026-12-11' });
		expect(presenceOn('2026-12-11', f)).toEqual({ presence: 'absent', absentUntil: '2026-12-11' });
		expect(presenceOn('2026-12-12', f).presence).toBe('at_window');
	});

	it('names the last day of absences that follow on without a gap, across a month end', () => {
		const absences = [
			{ from: '2027-01-01', to: '2027-01-06' },
			{ from: '2026-12-21', to: '2026-12-31' },
			{ from: '2027-01-08', to: '2027-01-09' } // a day back in between: not joined
		];
		expect(presenceOn('2026-12-28', facts({ absences })).absentUntil).toBe('2027-01-06');
		expect(presenceOn('2027-01-07', facts({ absences })).presence).toBe('in_office');
	});
});

const person = (p: Partial<DirectoryPerson> & { id: number }): DirectoryPerson => ({
	role: 'clerk',
	departmentIds: [1],
	substituteId: null,
	active: true,
	presence: 'in_office',
	...p
});
const office = (...people: DirectoryPerson[]) => new Map(people.map((p) => [p.id, p]));

describe('contactInstead', () => {
	it('names no one for a person who is present (out of the room counts as present)', () => {
		const people = office(
			person({ id: 1, substituteId: 2, presence: 'out_of_room' }),
			person({ id: 2 })
		);
		expect(contactInstead(1, people)).toEqual([]);
	});

	it('names the substitute when they are present', () => {
		const people = office(
			person({ id: 1, substituteId: 2, presence: 'absent' }),
			person({ id: 2, presence: 'remote' }),
			person({ id: 9, role: 'manager' })
		);
		expect(contactInstead(1, people)).toEqual([2]);
	});

	it("goes on to the substitute's substitute when the substitute is absent or inactive", () => {
		const people = office(
			person({ id: 1, substituteId: 2, presence: 'absent' }),
			person({ id: 2, substituteId: 3, presence: 'absent' }),
			person({ id: 3, substituteId: 4, active: false }),
			person({ id: 4 })
		);
		expect(contactInstead(1, people)).toEqual([4]);
	});

	it('stops at a loop of substitutes and names the present heads of unit instead', () => {
		const people = office(
			person({ id: 1, substituteId: 2, presence: 'absent', departmentIds: [1, 2] }),
			person({ id: 2, substituteId: 3, presence: 'absent' }),
			person({ id: 3, substituteId: 1, presence: 'absent' }),
			person({ id: 7, role: 'manager', departmentIds: [2] }),
			person({ id: 8, role: 'manager', departmentIds: [1], presence: 'absent' }),
			person({ id: 9, role: 'manager', departmentIds: [5] }), // another unit's head
			person({ id: 10, role: 'admin', departmentIds: [1] })
		);
		expect(contactInstead(1, people)).toEqual([7]);
	});

	it('handles a person who is their own substitute, and names no one when no head is in', () => {
		const people = office(
			person({ id: 1, substituteId: 1, presence: 'absent' }),
			person({ id: 8, role: 'manager', presence: 'absent' })
		);
		expect(contactInstead(1, people)).toEqual([]);
	});

	it('never names an absent head for themselves: another head of their unit', () => {
		const people = office(
			person({ id: 8, role: 'manager', presence: 'absent' }),
			person({ id: 9, role: 'manager', presence: 'at_window' })
		);
		expect(contactInstead(8, people)).toEqual([9]);
	});
});

describe('maySetPresence', () => {
	const target = { id: 5, departmentIds: [2] };
	it('lets a person set their own, a manager those of their departments, an admin anyone', () => {
		expect(maySetPresence({ id: 5, role: 'clerk', departmentIds: [2] }, target)).toBe(true);
		expect(maySetPresence({ id: 6, role: 'clerk', departmentIds: [2] }, target)).toBe(false);
		expect(maySetPresence({ id: 7, role: 'manager', departmentIds: [2, 3] }, target)).toBe(true);
		expect(maySetPresence({ id: 8, role: 'manager', departmentIds: [3] }, target)).toBe(false);
		expect(maySetPresence({ id: 9, role: 'admin', departmentIds: [] }, target)).toBe(true);
	});
});
