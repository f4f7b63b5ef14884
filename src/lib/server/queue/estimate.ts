import type { ServiceWindow } from './types';

/**
 * The expected wait at issue, as an honest range of whole minutes ("10–20 min"), or "unknown"
 * when there is nothing to base it on. A single number promised too much: visits vary, so the
 * visitor is told the span their wait will most likely fall in. `npm run bench` measures how
 * often it does on simulated days (bench/estimate-accuracy.mjs, docs/benchmarks.md).
 *
 * The model: with `ahead` people in front, the visitor is called when the (ahead + 1)-th visit at
 * the windows serving the matter ends. With c windows working side by side that takes about
 * (ahead + 1) / c visits, spread by the visits' own spread (their sum is close to normal) and by
 * the unknown remainder of the visits going on now. A visit is the window's time per visitor,
 * from the call to the end (the walk to the window included). The remainder of the current
 * visits is not taken off: clients out of turn who arrive later, and windows that go on a break,
 * add about as much (the bench showed waits running long when it was). Paused windows are likely
 * to come back while the visitor waits, so they bring the lower end down only; the upper end
 * counts the open windows alone.
 */
export interface WaitEstimateInput {
	ahead: number;
	/** Durations (ms) of recent finished visits of this matter, any order. */
	recentServiceMs: readonly number[];
	/** Windows open (calling) that serve this matter. */
	openWindows: number;
	/** Windows on a break that serve this matter: they will call again, but not now. */
	pausedWindows: number;
}

/** Why no range can be given. */
export type WaitUnknownReason =
	| 'no_history' // fewer than ESTIMATE_MIN_VISITS visits measured: no basis
	| 'windows_paused'; // every window serving the matter is on a break: no one knows until when

export type WaitEstimate =
	{ known: true; from: number; to: number } | { known: false; reason: WaitUnknownReason };

/** How many recent visits the estimate looks at; older ones no longer describe today. */
export const ESTIMATE_SAMPLE = 20;
/** Fewer measured visits than this are no basis for a range: the estimate is "unknown". */
export const ESTIMATE_MIN_VISITS = 3;
/** The range's ends are rounded outwards to this many minutes: a range, not a promise. */
export const ESTIMATE_STEP_MINUTES = 5;
/**
 * How many standard deviations each end reaches beyond the expected time: 1.28 leaves about 10 %
 * of waits on each side of a normal spread. 1.0 met the target only just on some simulated days.
 */
const SPREAD = 1.28;

const MIN = 60_000;

/** Mean and standard deviation of the usable durations, or null below the minimum sample. */
function visitStats(recentServiceMs: readonly number[]): { mean: number; sd: number } | null {
	const sample = recentServiceMs.filter((ms) => Number.isFinite(ms) && ms > 0);
	if (sample.length < ESTIMATE_MIN_VISITS) return null;
	const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
	const variance = sample.reduce((a, b) => a + (b - mean) ** 2, 0) / (sample.length - 1);
	return { mean, sd: Math.sqrt(variance) };
}

/**
 * How far (ms, one standard deviation) the time of `turn` visits strays from `turn` typical ones:
 * the visits' own variance, plus the remainder of the visit under way when the ticket is issued
 * (anywhere from none to a whole visit: mean square mean² / 3, as it is not taken off).
 */
function spread(stats: { mean: number; sd: number }, turn: number): number {
	return Math.sqrt(turn * stats.sd ** 2 + stats.mean ** 2 / 3);
}

/**
 * The wait range for a visitor with `ahead` people in front. The caller decides that the matter
 * can be served at all (some window open or paused); with none open and some paused the wait is
 * unknown, since a break has no announced end.
 */
export function estimateWait(input: WaitEstimateInput): WaitEstimate {
	const open = Math.max(0, input.openWindows);
	const all = open + Math.max(0, input.pausedWindows);
	if (!(open > 0)) return { known: false, reason: 'windows_paused' };
	const stats = visitStats(input.recentServiceMs);
	if (!stats) return { known: false, reason: 'no_history' };
	const turn = Math.max(0, Math.floor(input.ahead)) + 1;
	const lowMs = (turn / all) * stats.mean - (SPREAD * spread(stats, turn)) / all;
	const highMs = (turn / open) * stats.mean + (SPREAD * spread(stats, turn)) / open;
	const step = ESTIMATE_STEP_MINUTES;
	const from = Math.max(0, Math.floor(lowMs / MIN / step) * step);
	const to = Math.max(from + step, Math.ceil(highMs / MIN / step) * step);
	return { known: true, from, to };
}

/**
 * The windows serving a matter, by what they are doing now, each counted by its share of the
 * matter's work: a window that serves other matters too calls their clients as well (first come,
 * first served across its matters), so it gives this matter the part of its time that this
 * matter's queue is of all its queues (the newcomer included). A window serving only this matter
 * counts whole. `waiting` holds the waiting tickets per matter.
 */
export function servingWindows(
	windows: readonly Pick<ServiceWindow, 'status' | 'serviceIds'>[],
	serviceId: number,
	waiting: ReadonlyMap<number, number> = new Map()
): { open: number; paused: number } {
	let open = 0;
	let paused = 0;
	const mine = (waiting.get(serviceId) ?? 0) + 1;
	for (const w of windows) {
		if (!w.serviceIds.includes(serviceId)) continue;
		if (w.status !== 'open' && w.status !== 'paused') continue;
		let all = 0;
		for (const id of w.serviceIds) all += id === serviceId ? mine : (waiting.get(id) ?? 0);
		const share = mine / all;
		if (w.status === 'open') open += share;
		else paused += share;
	}
	return { open, paused };
}

/**
 * Can a ticket for this matter be served by anyone today? Only if some window serving it is open
 * or paused (a break ends); with all of them closed, or none at all, the ticket would lead
 * nowhere, so it is not issued (the kiosk shows other ways instead).
 */
export function hasServingWindow(serving: { open: number; paused: number }): boolean {
	return serving.open + serving.paused > 0;
}
