/**
 * Summoning a specialist (issue 15, SR-02/SR-07), the pure rules: who receives a summons (a named
 * person who can come, else the directory's substitute chain and heads of unit with the summoner
 * and the remote passed over; any present clerk of a department), and the state machine
 * sent → accepted → arrived | declined | cancelled | expired.
 */
import { describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../../src/lib/server/queue';
import { DomainError } from '../../../src/lib/server/queue';
import {
	accept,
	arrive,
	cancel,
	decline,
	expire,
	isDue,
	recipientsOf,
	sendSummons,
	SUMMONS_ANSWER_MS,
	type Summons
} from '../../../src/lib/server/queue/summons';

const person = (id: number, over: Partial<DirectoryPerson> = {}): [number, DirectoryPerson] => [
	id,
	{
		id,
		role: 'clerk',
		departmentIds: [1],
		substituteId: null,
		active: true,
		presence: 'in_office',
		...over
	}
];

// 1 summons; 2 is the specialist (substitute 3, whose substitute is 4); 5 heads department 1;
// 6 works in department 2 only.
const office = (over: Record<number, Partial<DirectoryPerson>> = {}) =>
	new Map([
		person(1, over[1]),
		person(2, { substituteId: 3, ...over[2] }),
		person(3, { substituteId: 4, ...over[3] }),
		person(4, over[4]),
		person(5, { role: 'manager', ...over[5] }),
		person(6, { departmentIds: [2], ...over[6] })
	]);

const codeOf = (f: () => unknown) => {
	try {
		f();
	} catch (err) {
		return err instanceof DomainError ? err.code : String(err);
	}
	return 'done';
};

describe('who receives a summons', () => {
	it('goes to a named person who can come, wherever they are in the building', () => {
		expect(recipientsOf(1, { staffId: 2 }, office())).toEqual([2]);
		expect(recipientsOf(1, { staffId: 2 }, office({ 2: { presence: 'at_window' } }))).toEqual([2]);
		expect(recipientsOf(1, { staffId: 2 }, office({ 2: { presence: 'out_of_room' } }))).toEqual([
			2
		]);
	});

	it('goes to the substitute of an absent or remote person, then theirs, then the heads', () => {
		expect(recipientsOf(1, { staffId: 2 }, office({ 2: { presence: 'absent' } }))).toEqual([3]);
		// Working remotely: reachable by phone, not at the window.
		expect(recipientsOf(1, { staffId: 2 }, office({ 2: { presence: 'remote' } }))).toEqual([3]);
		expect(
			recipientsOf(
				1,
				{ staffId: 2 },
				office({ 2: { presence: 'absent' }, 3: { presence: 'remote' } })
			)
		).toEqual([4]);
		expect(
			recipientsOf(
				1,
				{ staffId: 2 },
				office({ 2: { presence: 'absent' }, 3: { presence: 'absent' }, 4: { presence: 'absent' } })
			)
		).toEqual([5]);
	});

	it('passes over the summoner in the chain: one does not summon oneself', () => {
		// 2's substitute is the summoner (3): on to 3's substitute.
		expect(recipientsOf(3, { staffId: 2 }, office({ 2: { presence: 'absent' } }))).toEqual([4]);
		expect(codeOf(() => recipientsOf(2, { staffId: 2 }, office()))).toBe('invalid_input');
	});

	it('refuses an unknown or inactive person', () => {
		expect(codeOf(() => recipientsOf(1, { staffId: 99 }, office()))).toBe('not_found');
		expect(codeOf(() => recipientsOf(1, { staffId: 2 }, office({ 2: { active: false } })))).toBe(
			'not_found'
		);
	});

	it('goes to every present clerk of a department but the summoner, and to nobody when none is in', () => {
		const people = office({ 3: { presence: 'absent' }, 4: { presence: 'remote' } });
		expect(recipientsOf(1, { departmentId: 1 }, people)).toEqual([2, 5]);
		expect(recipientsOf(1, { departmentId: 2 }, people)).toEqual([6]);
		expect(recipientsOf(6, { departmentId: 2 }, people)).toEqual([]);
	});
});

const T0 = Date.parse('2026-12-03T09:00:00Z');
const sent = (recipients: number[]): Summons => ({
	id: 7,
	...sendSummons(
		{
			summonedBy: 1,
			windowId: 3,
			departmentId: 1,
			targetStaffId: null,
			serviceId: null,
			note: 'osoba niesłysząca',
			sentAt: T0
		},
		recipients
	)
});

describe('the state machine', () => {
	it('expires at once when nobody can come', () => {
		const s = sent([]);
		expect(s.state).toBe('expired');
		expect(s.endedAt).toBe(T0);
	});

	it('is taken by the first to accept; the others can no longer answer', () => {
		const s = accept(sent([2, 5]), 5, T0 + 4000);
		expect(s).toMatchObject({ state: 'accepted', acceptedBy: 5, acceptedAt: T0 + 4000 });
		expect(codeOf(() => accept(s, 2, T0 + 5000))).toBe('summons_closed');
		expect(codeOf(() => decline(s, 2, 'zajęta', T0 + 5000))).toBe('summons_closed');
	});

	it('refuses anyone it did not go to', () => {
		expect(codeOf(() => accept(sent([2]), 6, T0))).toBe('not_found');
	});

	it('is declined only once everyone it went to has refused', () => {
		const one = decline(sent([2, 5]), 2, 'mam klienta', T0 + 1000);
		expect(one.state).toBe('sent');
		expect(codeOf(() => decline(one, 2, 'znowu', T0 + 2000))).toBe('summons_closed');
		const both = decline(one, 5, 'narada', T0 + 3000);
		expect(both).toMatchObject({ state: 'declined', endedAt: T0 + 3000 });
		expect(both.recipients.map((r) => r.reason)).toEqual(['mam klienta', 'narada']);
	});

	it('arrives when the summoner or the one coming marks it, and only once accepted', () => {
		const s = sent([2]);
		expect(codeOf(() => arrive(s, 1, T0))).toBe('summons_closed');
		const accepted = accept(s, 2, T0 + 1000);
		expect(arrive(accepted, 1, T0 + 60_000)).toMatchObject({
			state: 'arrived',
			arrivedAt: T0 + 60_000
		});
		expect(arrive(accepted, 2, T0 + 50_000).state).toBe('arrived');
		expect(codeOf(() => arrive(accepted, 6, T0 + 50_000))).toBe('not_found');
	});

	it('is cancelled by the summoner only, before anyone arrives', () => {
		const s = accept(sent([2]), 2, T0 + 1000);
		expect(codeOf(() => cancel(s, 2, T0))).toBe('not_found');
		expect(cancel(s, 1, T0 + 2000)).toMatchObject({ state: 'cancelled', endedAt: T0 + 2000 });
		expect(codeOf(() => cancel(arrive(s, 1, T0 + 3000), 1, T0 + 4000))).toBe('summons_closed');
	});

	it('expires unanswered after its time, not before, and not once accepted', () => {
		const s = sent([2]);
		expect(isDue(s, T0 + SUMMONS_ANSWER_MS - 1)).toBe(false);
		expect(codeOf(() => expire(s, T0 + 1000))).toBe('summons_closed');
		expect(expire(s, T0 + SUMMONS_ANSWER_MS).state).toBe('expired');
		expect(isDue(accept(s, 2, T0 + 1000), T0 + SUMMONS_ANSWER_MS)).toBe(false);
	});
});
