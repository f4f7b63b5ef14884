/**
 * Expected wait at issue, in whole minutes: the people ahead share the open windows that serve
 * the matter, each taking the typical recent service time. The median of recent visits is used,
 * not the mean, so one unusually long visit does not scare the next visitors away.
 */
export interface WaitEstimateInput {
	ahead: number;
	/** Durations (ms) of recent finished visits of this service, any order. */
	recentServiceMs: readonly number[];
	defaultServiceMinutes: number;
	/** Windows open (not paused, not closed) that serve this service. */
	openWindows: number;
}

/** How many recent visits the estimate looks at; older ones no longer describe today. */
export const ESTIMATE_SAMPLE = 20;

export function typicalServiceMinutes(
	recentServiceMs: readonly number[],
	fallback: number
): number {
	const sample = recentServiceMs.filter((ms) => Number.isFinite(ms) && ms > 0);
	if (sample.length === 0) return fallback;
	const sorted = [...sample].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median =
		sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	return median / 60_000;
}

/** null when no window serving the matter is open: the wait cannot be promised. */
export function estimateWaitMinutes(input: WaitEstimateInput): number | null {
	if (input.ahead === 0) return 0;
	if (input.openWindows <= 0) return null;
	const perVisit = typicalServiceMinutes(input.recentServiceMs, input.defaultServiceMinutes);
	return Math.max(1, Math.ceil((input.ahead * perVisit) / input.openWindows));
}
