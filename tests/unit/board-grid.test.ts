/**
 * The board's calls grid (src/lib/shared/board-grid.ts): every call counts up to ten calls, then
 * the rows go up in steps, so the numbers keep their size while calls come and go within one.
 */
import { describe, expect, it } from 'vitest';
import { callGrid, rowsFor } from '../../src/lib/shared/board-grid';

describe('the calls grid', () => {
	it('sizes a small office’s calls exactly: one column up to five, then two', () => {
		expect([0, 1, 2, 3, 4, 5].map((n) => callGrid(n))).toEqual([
			{ columns: 1, rows: 1, portraitRows: 1 },
			{ columns: 1, rows: 1, portraitRows: 1 },
			{ columns: 1, rows: 2, portraitRows: 2 },
			{ columns: 1, rows: 3, portraitRows: 3 },
			{ columns: 1, rows: 4, portraitRows: 4 },
			{ columns: 1, rows: 5, portraitRows: 5 }
		]);
		expect([6, 7, 8, 9, 10].map((n) => callGrid(n).rows)).toEqual([3, 4, 4, 5, 5]);
		expect(callGrid(10)).toEqual({ columns: 2, rows: 5, portraitRows: 10 });
	});

	it('keeps the same rows while a busy board’s calls come and go within a step', () => {
		// 13 to 16 calls: eight rows of two columns, so the numbers do not change size.
		expect(new Set([13, 14, 15, 16].map((n) => callGrid(n).rows))).toEqual(new Set([8]));
		expect(callGrid(17).rows).toBe(10);
		// From 12 to 50 calls the size changes 7 times, not 19.
		const sizes = new Set(Array.from({ length: 39 }, (_, i) => callGrid(12 + i).rows));
		expect(sizes.size).toBe(7);
	});

	it('always has room for every call', () => {
		for (let calls = 0; calls <= 300; calls++) {
			const g = callGrid(calls);
			expect(g.rows * g.columns, `${calls} calls`).toBeGreaterThanOrEqual(calls);
			expect(g.portraitRows, `${calls} calls, portrait`).toBeGreaterThanOrEqual(calls);
			expect(rowsFor(calls), `${calls} rows`).toBeGreaterThanOrEqual(calls);
		}
	});
});
