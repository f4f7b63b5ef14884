/**
 * The usual time of a matter's service (issue 12, item 6): the console warns the clerk when a
 * visit runs past it. The same typical time the wait estimate uses (estimate.ts): the median of
 * the matter's recent visits, or its default before any visit was measured.
 */
import { typicalServiceMinutes } from './estimate';

/** Whole milliseconds: the console counts seconds against it. */
export function usualServiceMs(recentServiceMs: readonly number[], defaultMinutes: number): number {
	return Math.round(typicalServiceMinutes(recentServiceMs, defaultMinutes) * 60_000);
}
