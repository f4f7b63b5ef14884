import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes, typicalServiceMinutes } from '../../../src/lib/server/queue';

const MIN = 60_000;
const input = (over: Partial<Parameters<typeof estimateWaitMinutes>[0]> = {}) => ({
	ahead: 1,
	recentServiceMs: [] as number[],
	defaultServiceMinutes: 10,
	openWindows: 1,
	...over
});

describe('typicalServiceMinutes', () => {
	it('falls back to the default when nothing was measured', () => {
		expect(typicalServiceMinutes([], 8)).toBe(8);
	});

	it('takes the median (odd count, any order)', () => {
		expect(typicalServiceMinutes([9 * MIN, 3 * MIN, 5 * MIN], 99)).toBe(5);
	});

	it('takes the mean of the two middle values for an even count', () => {
		expect(typicalServiceMinutes([2 * MIN, 4 * MIN, 6 * MIN, 100 * MIN], 99)).toBe(5);
	});

	it('an outlier does not move it', () => {
		const normal = [4 * MIN, 5 * MIN, 6 * MIN];
		const outlier = [4 * MIN, 5 * MIN, 600 * MIN];
		expect(typicalServiceMinutes(outlier, 99)).toBe(typicalServiceMinutes(normal, 99));
		expect(typicalServiceMinutes(outlier, 99)).toBe(5);
	});
});

describe('estimateWaitMinutes', () => {
	it('nobody ahead → 0, even with no open window', () => {
		expect(estimateWaitMinutes(input({ ahead: 0 }))).toBe(0);
		expect(estimateWaitMinutes(input({ ahead: 0, openWindows: 0 }))).toBe(0);
	});

	it('someone ahead and no open window → null', () => {
		expect(estimateWaitMinutes(input({ ahead: 3, openWindows: 0 }))).toBeNull();
	});

	it('uses the default service time when nothing was measured', () => {
		expect(estimateWaitMinutes(input({ ahead: 3, defaultServiceMinutes: 7 }))).toBe(21);
	});

	it('uses the median of recent visits, so an outlier does not move it', () => {
		const recent = [4 * MIN, 5 * MIN, 5 * MIN, 6 * MIN, 180 * MIN];
		expect(estimateWaitMinutes(input({ ahead: 2, recentServiceMs: recent }))).toBe(10);
	});

	it('divides by the open windows and rounds up', () => {
		expect(
			estimateWaitMinutes(input({ ahead: 4, defaultServiceMinutes: 10, openWindows: 2 }))
		).toBe(20);
		expect(estimateWaitMinutes(input({ ahead: 3, defaultServiceMinutes: 7, openWindows: 2 }))).toBe(
			11
		);
	});

	it('is at least one minute when someone is ahead', () => {
		expect(
			estimateWaitMinutes(input({ ahead: 1, recentServiceMs: [10_000], openWindows: 5 }))
		).toBe(1);
		expect(estimateWaitMinutes(input({ ahead: 1, defaultServiceMinutes: 0 }))).toBe(1);
	});

	it('rounds up exactly: a whole number of minutes is not bumped by floating-point error', () => {
		// 15 people × 16.6 min (996 000 ms) on one window is exactly 249 minutes.
		expect(estimateWaitMinutes(input({ ahead: 15, recentServiceMs: [996_000] }))).toBe(249);
	});

	it('property: matches ceil(ahead × median / windows), at least 1', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 200 }),
				fc.array(
					fc.oneof(
						fc.integer({ min: 1, max: 3 * 60 * MIN }),
						// Tenths of a minute: whole-minute totals are where rounding goes wrong.
						fc.integer({ min: 1, max: 1_800 }).map((tenths) => tenths * 6_000)
					),
					{ maxLength: 20 }
				),
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 1, max: 10 }),
				(ahead, recent, def, openWindows) => {
					// Exact integer arithmetic: twice the median in ms, so an even-count median stays whole.
					const sorted = [...recent].sort((a, b) => a - b);
					const n = sorted.length;
					const twiceMedianMs =
						n === 0
							? 2 * def * MIN
							: n % 2
								? 2 * sorted[(n - 1) / 2]!
								: sorted[n / 2 - 1]! + sorted[n / 2]!;
					const num = BigInt(ahead) * BigInt(twiceMedianMs);
					const den = BigInt(2 * MIN * openWindows);
					const ceil = Number((num + den - 1n) / den);
					const got = estimateWaitMinutes({
						ahead,
						recentServiceMs: recent,
						defaultServiceMinutes: def,
						openWindows
					});
					expect(got).toBe(Math.max(1, ceil));
				}
			),
			{ numRuns: 1_000 }
		);
	});
});
