import type { StaffSnapshotDto, WindowDto } from '$lib/shared/dto';

/** What every console of a location shares: the staff view without any window's queue. */
export type StaffFrame = Omit<
	StaffSnapshotDto,
	'waiting' | 'waitingCount' | 'waitingPriorityCount'
>;

/** A window's own queue as its console lists it: the next tickets in call order, and the counts. */
export type WindowQueue = Pick<
	StaffSnapshotDto,
	'waiting' | 'waitingCount' | 'waitingPriorityCount'
>;

/**
 * The staff view narrowed for a console: the window, every other window that serves exactly the
 * same matters and has the same say in the order (below), and `queueOf` that window: the tickets
 * waiting for those matters in the order the window calls them (views.ts builds it from the
 * heads of the window's own queues and the counts kept with every change). Windows of one group
 * see the same queue in the same order, so one snapshot serves all their consoles and is built
 * and encoded once for the group, not once per console after every change at the location; a
 * clerk allowed at one of them is allowed at all, as a window belongs to its matters'
 * departments. Null if the window does not exist.
 */
export function forWindow(
	frame: StaffFrame,
	windowId: number,
	queueOf: (window: WindowDto) => WindowQueue
): StaffSnapshotDto | null {
	const window = frame.windows.find((w) => w.id === windowId);
	if (!window) return null;
	const cap = frame.location.fairnessCap;
	const key = consoleGroup(window, cap);
	const served = new Set(window.serviceIds);
	return {
		...frame,
		windows: frame.windows.filter((w) => consoleGroup(w, cap) === key),
		...queueOf(window),
		missed: frame.missed.filter((t) => served.has(t.serviceId)),
		appointments: frame.appointments.filter((a) => served.has(a.serviceId))
	};
}

/**
 * The matters a window serves, as a key: windows with the same key see the same tickets. A
 * window that serves no matter has a key of its own: it belongs to no department, so nothing
 * says that whoever may see one such window may see another.
 */
export function servedMatters(w: { id: number; serviceIds: number[] }): string {
	if (w.serviceIds.length === 0) return `window ${w.id}`;
	return [...w.serviceIds].sort((a, b) => a - b).join(',');
}

/**
 * Windows that share a console snapshot: the same matters and the same order of their queue. The
 * order depends on the window's run of priority calls only up to the fairness cap (any run at or
 * past the cap orders alike), so windows differing below the cap get snapshots of their own.
 */
export function consoleGroup(
	w: { id: number; serviceIds: number[]; priorityRun: number },
	cap: number
): string {
	return `${servedMatters(w)}|${Math.min(w.priorityRun, cap)}`;
}
