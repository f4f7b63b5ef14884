import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ESTIMATE_MIN_VISITS,
	ESTIMATE_STEP_MINUTES,
	estimateWait,
	hasServingWindow,
	servingWindows,
	type WaitEstimateInput
} from '../../../src/lib/server/queue';

const MIN = 60_000;
/** Ten visits of exactly `minutes` each: no spread at all. */
const steady = (minutes: number) => Array.from({ length: 10 }, () => minutes * MIN);
const input = (over: Partial<WaitEstimateInput> = {}): WaitEstimateInput => ({
	ahead: 3,
	recentServiceMs: steady(5),
	openWindows: 1,
	pausedWindows: 0,
	...over
});
const range = (over: Partial<WaitEstimateInput> = {}) => {
	const e = estimateWait(input(over));
	if (!e.known) throw new Error(`expected a range, got ${e.reason}`);
	return e;
};

describe('estimateWait', () => {
	it('is unknown with too few measured visits: no basis for a range', () => {
		const few = Array.from({ length: ESTIMATE_MIN_VISITS - 1 }, () => 5 * MIN);
		expect(estimateWait(input({ recentServiceMs: few }))).toEqual({
			known: false,
			reason: 'no_history'
		});
		expect(estimateWait(input({ recentServiceMs: [0, -1, NaN, 5 * MIN, 5 * MIN] }))).toEqual({
			known: false,
			reason: 'no_history'
		});
	});

	it('is unknown while every window serving the matter is on a break', () => {
		expect(estimateWait(input({ openWindows: 0, pausedWindows: 2 }))).toEqual({
			known: false,
			reason: 'windows_paused'
		});
	});

	it('gives a range in whole steps that holds the expected wait', () => {
		// 3 ahead, 5 min each, one window: the 4th visit to end is about 15–20 min away.
		const r = range();
		expect(r.from % ESTIMATE_STEP_MINUTES).toBe(0);
		expect(r.to % ESTIMATE_STEP_MINUTES).toBe(0);
		expect(r.from).toBeLessThanOrEqual(15);
		expect(r.to).toBeGreaterThanOrEqual(20);
		expect(r.to - r.from).toBeLessThanOrEqual(15);
	});

	it('starts at zero for the first in line: a window may be free at once', () => {
		expect(range({ ahead: 0 }).from).toBe(0);
	});

	it('shortens with more open windows and grows with more people ahead', () => {
		expect(range({ openWindows: 3 }).to).toBeLessThan(range().to);
		expect(range({ ahead: 10 }).from).toBeGreaterThan(range().from);
		expect(range({ ahead: 10 }).to).toBeGreaterThan(range().to);
	});

	it('is wider when visits vary more', () => {
		const varied = [1, 9, 2, 8, 3, 7, 4, 6, 5, 5].map((m) => m * MIN);
		const r = range({ ahead: 6, recentServiceMs: varied });
		const s = range({ ahead: 6 });
		expect(r.to - r.from).toBeGreaterThan(s.to - s.from);
	});

	it('counts paused windows for the lower end only: they come back, but not now', () => {
		const paused = range({ ahead: 10, pausedWindows: 2 });
		const alone = range({ ahead: 10 });
		expect(paused.from).toBeLessThan(alone.from);
		expect(paused.to).toBe(alone.to);
	});

	it('property: from < to, both whole steps, monotone in the people ahead', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 200 }),
				fc.array(fc.integer({ min: 1, max: 3 * 60 * MIN }), {
					minLength: ESTIMATE_MIN_VISITS,
					maxLength: 20
				}),
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				fc.double({ min: 0, max: 5, noNaN: true }),
				(ahead, recent, openWindows, pausedWindows) => {
					const at = (n: number) =>
						range({ ahead: n, recentServiceMs: recent, openWindows, pausedWindows });
					const r = at(ahead);
					expect(r.from).toBeGreaterThanOrEqual(0);
					expect(r.to).toBeGreaterThan(r.from);
					expect(r.from % ESTIMATE_STEP_MINUTES).toBe(0);
					expect(r.to % ESTIMATE_STEP_MINUTES).toBe(0);
					const next = at(ahead + 1);
					expect(next.from).toBeGreaterThanOrEqual(r.from);
					expect(next.to).toBeGreaterThanOrEqual(r.to);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('servingWindows', () => {
	const w = (status: 'open' | 'paused' | 'closed', serviceIds: number[]) => ({
		status,
		serviceIds
	});

	it('counts open and paused windows serving the matter, never closed ones', () => {
		const windows = [w('open', [1]), w('paused', [1]), w('closed', [1]), w('open', [2])];
		expect(servingWindows(windows, 1)).toEqual({ open: 1, paused: 1 });
		expect(servingWindows(windows, 3)).toEqual({ open: 0, paused: 0 });
	});

	it("gives a shared window's time by the matters' queues (the newcomer included)", () => {
		// Window serving 1 and 2, with 3 waiting for 2 and 0 for 1: matter 1 gets 1/(1+3).
		const windows = [w('open', [1, 2])];
		expect(servingWindows(windows, 1, new Map([[2, 3]])).open).toBeCloseTo(0.25);
		// With nobody waiting elsewhere it is the matter's whole.
		expect(servingWindows(windows, 1).open).toBe(1);
	});
});

describe('hasServingWindow', () => {
	it('is false only when no window serving the matter is open or paused', () => {
		expect(hasServingWindow({ open: 0, paused: 0 })).toBe(false);
		expect(hasServingWindow({ open: 0, paused: 1 })).toBe(true);
		expect(hasServingWindow({ open: 0.25, paused: 0 })).toBe(true);
	});
});
