/**
 * A console's view by its first, simple definition, kept as the tests' oracle: the location's
 * whole staff view (every waiting ticket), narrowed to the window's group and its matters, the
 * whole queue put in call order, then cut to what a console lists. The server builds the same
 * from the window's own queue heads and counts (desk/staff-view.ts); the two must agree.
 */
import type { StaffSnapshotDto, WindowDto } from '../../src/lib/shared/dto';
import { CONSOLE_QUEUE_LIMIT } from '../../src/lib/shared/vocabulary';
import type { WindowQueue } from '../../src/lib/server/desk/console-groups';
import { callOrder } from '../../src/lib/server/queue';

const group = (w: { id: number; serviceIds: number[]; priorityRun: number }, cap: number) =>
	`${w.serviceIds.length === 0 ? `window ${w.id}` : [...w.serviceIds].sort((a, b) => a - b).join(',')}|${Math.min(w.priorityRun, cap)}`;

/** A window's queue from the location's whole queue (`staff.waiting`, any order). */
export function wholeQueueOf(
	staff: StaffSnapshotDto,
	limit = CONSOLE_QUEUE_LIMIT
): (w: WindowDto) => WindowQueue {
	return (w) => {
		const served = new Set(w.serviceIds);
		const order = callOrder(
			staff.waiting.filter((t) => served.has(t.serviceId)),
			w.priorityRun,
			{ fairnessCap: staff.location.fairnessCap },
			staff.at
		);
		return {
			waiting: order.slice(0, limit),
			waitingCount: order.length,
			waitingPriorityCount: order.filter((t) => t.priority !== null).length
		};
	};
}

/** The console's snapshot of `windowId` from the location's whole staff view, or null. */
export function consoleFromWholeQueue(
	staff: StaffSnapshotDto,
	windowId: number,
	limit = CONSOLE_QUEUE_LIMIT
): StaffSnapshotDto | null {
	const window = staff.windows.find((w) => w.id === windowId);
	if (!window) return null;
	const cap = staff.location.fairnessCap;
	const served = new Set(window.serviceIds);
	return {
		...staff,
		windows: staff.windows.filter((w) => group(w, cap) === group(window, cap)),
		...wholeQueueOf(staff, limit)(window),
		missed: staff.missed.filter((t) => served.has(t.serviceId)),
		appointments: staff.appointments.filter((a) => served.has(a.serviceId))
	};
}
