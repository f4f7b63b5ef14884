/** When a call leaves "Zapraszamy" for the last calls (src/lib/shared/board-calls.ts). */
import { describe, expect, it } from 'vitest';
import { boardAt, nextExpiry } from '../../src/lib/shared/board-calls';
import type { BoardCallDto } from '../../src/lib/shared/dto';

const MIN = 60_000;
const T0 = Date.parse('2026-11-23T08:00:00Z');

function call(number: string, calledAt: number, announcedAt = calledAt): BoardCallDto {
	return {
		ticketNumber: number,
		windowLabel: number.slice(-1),
		room: '105',
		floor: 1,
		colour: { pl: 'niebieski', en: 'blue' },
		hex: '#1f5fbf',
		calledAt,
		recall: announcedAt !== calledAt,
		announcement: announcedAt !== calledAt ? 1 : 0,
		announcedAt
	};
}

const numbers = (calls: BoardCallDto[]) => calls.map((c) => c.ticketNumber);

describe('a call under "Zapraszamy"', () => {
	const snapshot = {
		current: [call('A003', T0 + 2 * MIN), call('A002', T0 + MIN)],
		history: [call('A001', T0 - MIN)],
		callHighlightMs: 5 * MIN
	};

	it('stays for the configured time, then joins the last calls in call order', () => {
		expect(numbers(boardAt(snapshot, T0 + 6 * MIN - 1).current)).toEqual(['A003', 'A002']);
		const later = boardAt(snapshot, T0 + 6 * MIN);
		expect(numbers(later.current)).toEqual(['A003']);
		expect(numbers(later.history)).toEqual(['A002', 'A001']);
		const all = boardAt(snapshot, T0 + 7 * MIN);
		expect(all.current).toEqual([]);
		expect(numbers(all.history)).toEqual(['A003', 'A002', 'A001']);
	});

	it('is invited again by a recall, which keeps its place among the last calls', () => {
		const recalled = {
			...snapshot,
			current: [call('A002', T0 + MIN, T0 + 5 * MIN)],
			history: [call('A003', T0 + 2 * MIN), call('A001', T0 - MIN)]
		};
		expect(numbers(boardAt(recalled, T0 + 9 * MIN).current)).toEqual(['A002']);
		expect(numbers(boardAt(recalled, T0 + 10 * MIN).history)).toEqual(['A003', 'A002', 'A001']);
	});

	it('says when the next one expires', () => {
		expect(nextExpiry(snapshot.current, 5 * MIN)).toBe(T0 + 6 * MIN);
		expect(nextExpiry([], 5 * MIN)).toBeNull();
	});
});
