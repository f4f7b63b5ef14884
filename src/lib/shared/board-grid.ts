/**
 * How the board lays out its calls under "Zapraszamy": one column up to five calls, then two (a
 * portrait screen always has one, its CSS says so), and the rows the calls are sized for, each
 * call as large as its share of the space allows.
 *
 * The rows go up in steps (…, 6, 8, 10, 12, 15, 20, …), not with every call: while calls come
 * and go within a step every number keeps its size, which is easier to follow from across the
 * room than numbers that shrink and grow with each call, and a busy board does not lay out every
 * call again at a new size on each call (issue 18 §1). Up to five rows (ten calls on a landscape
 * screen) every call counts, so a small office's calls are as large as they can be.
 */
const ROW_STEPS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100];

/** The rows sized for `needed` rows of calls: the next step at or above it. */
export function rowsFor(needed: number): number {
	return ROW_STEPS.find((step) => step >= needed) ?? needed;
}

export interface CallGrid {
	columns: 1 | 2;
	/** Rows on a landscape screen. */
	rows: number;
	/** Rows on a portrait screen (one column). */
	portraitRows: number;
}

export function callGrid(calls: number): CallGrid {
	const columns = calls > 5 ? 2 : 1;
	return {
		columns,
		rows: rowsFor(Math.max(1, Math.ceil(calls / columns))),
		portraitRows: rowsFor(Math.max(1, calls))
	};
}
