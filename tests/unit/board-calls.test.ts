/**
 * When a call leaves "Zapraszamy" for the last calls, and how a board shows a call the moment it
 * arrives, before the snapshot (src/lib/shared/board-calls.ts).
 */
import { describe, expect, it } from 'vitest';
import { boardAt, knows, nextExpiry, notYetIn, withCall } from '../../src/lib/shared/board-calls';
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

/** A call at a named window (the helper above names the window after the number's last digit). */
function at(windowLabel: string, c: BoardCallDto): BoardCallDto {
	return { ...c, windowLabel };
}

describe('a call arriving before the snapshot', () => {
	const board = {
		current: [at('2', call('A002', T0 + MIN)), at('1', call('A001', T0))],
		history: [at('3', call('B001', T0 - MIN))],
		at: T0 + MIN
	};

	it('stands under "Zapraszamy" at once, newest first, the rest of the board untouched', () => {
		const shown = withCall(board, at('3', call('A003', T0 + 2 * MIN)));
		expect(numbers(shown.current)).toEqual(['A003', 'A002', 'A001']);
		expect(shown.history).toEqual(board.history);
		expect(shown.at).toBe(board.at);
	});

	it('ends the call standing at the same window: a window calls only when it is free', () => {
		const shown = withCall(board, at('1', call('A004', T0 + 2 * MIN)));
		expect(numbers(shown.current)).toEqual(['A004', 'A002']);
		expect(numbers(shown.history)).toEqual(['A001', 'B001']);
	});

	it('invites again on a recall, in its call-time place, once per announcement', () => {
		const recall = { ...at('1', call('A001', T0, T0 + 3 * MIN)), announcement: 1 };
		const shown = withCall(board, recall);
		expect(numbers(shown.current)).toEqual(['A002', 'A001']);
		expect(shown.current[1]).toEqual(recall);
		expect(boardAt({ ...shown, callHighlightMs: 2 * MIN }, T0 + 4 * MIN).current).toEqual([recall]);
		// The same announcement again (or an older one) changes nothing.
		expect(withCall(shown, recall)).toBe(shown);
		expect(withCall(shown, at('1', call('A001', T0)))).toBe(shown);
	});

	it('brings a past call back when its ticket is called again (after a transfer)', () => {
		const shown = withCall(board, at('4', call('B001', T0 + 2 * MIN)));
		expect(numbers(shown.current)).toEqual(['B001', 'A002', 'A001']);
		expect(shown.history).toEqual([]);
	});
});

describe('a snapshot after calls shown on arrival', () => {
	const applied = [at('3', call('A003', T0 + 2 * MIN))];
	const empty = { current: [], history: [] };

	it('keeps a call it does not show when it was taken before the call', () => {
		expect(notYetIn({ ...empty, at: T0 + MIN }, applied)).toEqual(applied);
		// Taken in the same millisecond, without the call: it may have been taken just before.
		expect(notYetIn({ ...empty, at: T0 + 2 * MIN }, applied)).toEqual(applied);
	});

	it('replaces it once it shows the call, or was taken after it', () => {
		expect(notYetIn({ current: applied, history: [], at: T0 + 2 * MIN }, applied)).toEqual([]);
		// Already started: a past call.
		expect(notYetIn({ current: [], history: applied, at: T0 + 2 * MIN }, applied)).toEqual([]);
		// Taken later and not showing it: the call was over by then (the day was closed).
		expect(notYetIn({ ...empty, at: T0 + 2 * MIN + 1 }, applied)).toEqual([]);
	});

	it('tells a recall the snapshot has not seen from the call it has', () => {
		const recall = { ...applied[0]!, announcement: 1, announcedAt: T0 + 4 * MIN };
		expect(knows({ current: applied, history: [] }, recall)).toBe(false);
		expect(notYetIn({ current: applied, history: [], at: T0 + 3 * MIN }, [recall])).toEqual([
			recall
		]);
	});
});
