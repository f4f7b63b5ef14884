import type { StaffSnapshotDto } from '$lib/shared/dto';

/**
 * The staff view narrowed for a console: the window, every other window that serves exactly the
 * same matters, and the tickets waiting for those matters. Windows that serve the same matters see
 * the same queue, so one snapshot serves all their consoles and is built and encoded once for the
 * group, not once per console after every change at the location; a clerk allowed at one of them
 * is allowed at all, as a window belongs to its matters' departments. Null if the window does not
 * exist.
 */
export function forWindow(staff: StaffSnapshotDto, windowId: number): StaffSnapshotDto | null {
	const window = staff.windows.find((w) => w.id === windowId);
	if (!window) return null;
	const key = servedMatters(window);
	const served = new Set(window.serviceIds);
	return {
		...staff,
		windows: staff.windows.filter((w) => servedMatters(w) === key),
		waiting: staff.waiting.filter((t) => served.has(t.serviceId))
	};
}

/**
 * The matters a window serves, as a key: windows with the same key share a console snapshot. A
 * window that serves no matter has a key of its own: it belongs to no department, so nothing
 * says that whoever may see one such window may see another.
 */
export function servedMatters(w: { id: number; serviceIds: number[] }): string {
	if (w.serviceIds.length === 0) return `window ${w.id}`;
	return [...w.serviceIds].sort((a, b) => a - b).join(',');
}
