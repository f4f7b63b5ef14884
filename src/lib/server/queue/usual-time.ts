/**
 * The usual time of a matter's visit (issue 12, item 6): the console warns the clerk when a visit
 * runs past it. The median of the matter's recent visits (the same sample the wait estimate
 * reads, estimate.ts), or the matter's default before any visit was measured.
 */

/** Whole milliseconds: the console counts seconds against it. */
export function usualServiceMs(recentServiceMs: readonly number[], defaultMinutes: number): number {
	if (recentServiceMs.length === 0) return Math.round(defaultMinutes * 60_000);
	const sorted = [...recentServiceMs].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return Math.round(median);
}
