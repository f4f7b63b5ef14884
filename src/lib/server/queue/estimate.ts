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

/** The median of recent visits in ms, or the fallback (minutes) in ms when none was measured. */
function typicalServiceMs(recentServiceMs: readonly number[], fallbackMinutes: number): number {
	const sample = recentServiceMs.filter((ms) => Number.isFinite(ms) && ms > 0);
	if (sample.length === 0) return fallbackMinutes * 60_000;
	const sorted = [...sample].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function typicalServiceMinutes(
	recentServiceMs: readonly number[],
	fallback: number
): number {
	return typicalServiceMs(recentServiceMs, fallback) / 60_000;
}

/** null when no window serving the matter is open: the wait cannot be promised. */
export function estimateWaitMinutes(input: WaitEstimateInput): number | null {
	if (input.ahead === 0) return 0;
	if (input.openWindows <= 0) return null;
	// Whole milliseconds until the last division, so an exact number of minutes is not pushed
	// past the integer by floating-point error and rounded up a minute too far.
	const perVisitMs = typicalServiceMs(input.recentServiceMs, input.defaultServiceMinutes);
	return Math.max(1, Math.ceil((input.ahead * perVisitMs) / (input.openWindows * 60_000)));
}
