/**
 * Scope checks that need the office's data: the guard's rules say which roles may use a route
 * or event; these narrow it to the principal's own location (devices) or departments (staff).
 * Routes and socket handlers call them before acting; a refusal is a 403 and changes nothing.
 */
import type { App } from '../app';
import { AccessDenied } from './access-denied';
import type { StaffSnapshotDto } from '$lib/shared/dto';
import { mayActOnDepartment, mayOperateWindow, mayUseLocation, type Principal } from './guard';

/** The departments whose matters a window serves. */
export function windowDepartmentIds(app: Pick<App, 'office'>, windowId: number): number[] {
	const window = app.office.window(windowId);
	if (!window) return [];
	const ids = new Set<number>();
	for (const serviceId of window.serviceIds) {
		const service = app.office.service(serviceId);
		if (service) ids.add(service.departmentId);
	}
	return [...ids];
}

/** Refuses (403) a window the principal may not operate; an unknown window is left to the caller's 404. */
export function requireWindow(app: Pick<App, 'office'>, principal: Principal, windowId: number) {
	if (!app.office.window(windowId)) return;
	if (!mayOperateWindow(principal, windowDepartmentIds(app, windowId))) {
		throw new AccessDenied();
	}
}

/** Refuses (403) a device acting for another location than its own. */
export function requireLocation(principal: Principal, locationId: number) {
	if (!mayUseLocation(principal, locationId)) throw new AccessDenied();
}

/**
 * The staff view of a location as this principal may read it: the windows they may operate and
 * the tickets of their departments, as they may act (admins: everything). A transfer note may hold
 * a client's details (SR-28), so it travels only with its ticket, to the staff of the department
 * the ticket was transferred to (the ticket's department) and, on a console, the clerks of the
 * windows that serve its matter (console-groups.ts `forWindow`), who may call it.
 */
export function scopeStaffView(
	app: Pick<App, 'office'>,
	principal: Principal,
	view: StaffSnapshotDto
): StaffSnapshotDto {
	if (principal.roles.includes('admin')) return view;
	const ownNote = <T extends { departmentId: number; transferNote: string | null }>(t: T): T =>
		mayActOnDepartment(principal, t.departmentId) ? t : { ...t, transferNote: null };
	const waiting = view.waiting.filter((t) => mayActOnDepartment(principal, t.departmentId));
	return {
		...view,
		windows: view.windows
			.filter((w) => mayOperateWindow(principal, windowDepartmentIds(app, w.id)))
			.map((w) => (w.current ? { ...w, current: ownNote(w.current) } : w)),
		waiting,
		waitingCount: waiting.length,
		waitingPriorityCount: waiting.filter((t) => t.priority !== null).length
	};
}
