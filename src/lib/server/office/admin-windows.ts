/**
 * Administration of windows (admin.ts delegates here): label, room, status and the matters each
 * serves. A window's status is queue state, not set-up: opening, pausing and closing it go through
 * the queue's rules (QueueService.setWindowStatus, queue/windows.ts) and write the same queue
 * event a clerk's pause or resume writes, the administrator being the one who acted, in the same
 * transaction as the form's other changes and their audit entry.
 */
import { mayActOnDepartment } from '../auth/guard';
import { DomainError, floorOfRoom, type WindowStatus } from '../queue';
import { authorizeWindow, checkNotLastWindow, isAdmin, refuse } from './admin-rules';
import type { AdminActor, AdminResult, AdminWrites, OfficeAdminParts } from './admin-writes';
import { parseForm, windowInput, type FormValues } from './schemas';
import type { Row } from './setup-store';

export class WindowAdmin {
	constructor(
		private readonly parts: OfficeAdminParts,
		private readonly writes: AdminWrites
	) {}

	/** A new window or a window's label, room, status, order and the matters it serves. */
	save(actor: AdminActor, locationId: number, id: number | null, values: FormValues): AdminResult {
		const parsed = parseForm(windowInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const v = parsed.value;
		return this.writes.change(locationId, (setup) => {
			const before = id === null ? null : setup.row('windows', id);
			if (id !== null && (!before || before.location_id !== locationId)) {
				refuse(404, 'form', 'not_found');
			}
			const served = id === null ? [] : setup.servicesOfWindow(id);
			// A manager's form lists their departments' matters only; the others stay as they are.
			const departmentOf = setup.departmentsOfServices(locationId);
			if (!isAdmin(actor.principal)) {
				const others = served.filter(
					(s) => !mayActOnDepartment(actor.principal, departmentOf.get(s) ?? -1)
				);
				v.serviceIds = [...new Set([...v.serviceIds, ...others])].sort((a, b) => a - b);
			}
			authorizeWindow(actor.principal, departmentOf, served, v.serviceIds);
			if (setup.labelTaken(locationId, v.label, id)) {
				refuse(409, 'label', 'label_taken', { label: v.label });
			}
			const floor = floorOfRoom(v.room);
			if (!setup.floor(locationId, floor)) refuse(400, 'room', 'room_floor', { floor });
			const state = {
				status: v.status,
				pause_reason: v.status === 'paused' ? v.pauseReason : null
			};
			if (id !== null) {
				this.setStatus(actor, id, before!, state);
				checkNotLastWindow(
					setup,
					this.parts.tickets.waitingCounts(locationId),
					id,
					before!.status === 'closed' ? [] : served,
					v.status === 'closed' ? [] : v.serviceIds,
					v.status === 'closed' ? 'status' : 'serviceIds'
				);
			}
			const servicesChanged = served.join() !== v.serviceIds.join();
			const result = this.writes.row(
				actor,
				setup,
				'windows',
				id,
				before,
				{ label: v.label, room: v.room, ...state },
				{
					insertOnly: { location_id: locationId },
					extra: servicesChanged ? { services: { before: served, after: v.serviceIds } } : {},
					notWritten: Object.keys(state)
				}
			);
			if (servicesChanged) setup.setWindowServices(result.id, v.serviceIds);
			// A new window starts open, as every window does; a form that made it paused or closed
			// says so afterwards, as the queue's rules do.
			if (id === null) {
				this.setStatus(actor, result.id, { status: 'open', pause_reason: null }, state);
			}
			return result;
		});
	}

	/** Deletes a window that has never had a ticket; one that has is closed instead. */
	delete(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.writes.change(locationId, (setup) => {
			const before = setup.row('windows', id);
			if (!before || before.location_id !== locationId) refuse(404, 'form', 'not_found');
			const served = setup.servicesOfWindow(id);
			authorizeWindow(actor.principal, setup.departmentsOfServices(locationId), served, []);
			if (this.parts.tickets.everUsed('window', id)) refuse(409, 'form', 'window_used');
			checkNotLastWindow(
				setup,
				this.parts.tickets.waitingCounts(locationId),
				id,
				before!.status === 'closed' ? [] : served,
				[],
				'form'
			);
			setup.deleteWindow(id);
			this.writes.record(actor, 'window.delete', `window:${id}`, { ...before, services: served });
			return { id, changed: true };
		});
	}

	/**
	 * The window's status and pause reason, if the form changes them, by the queue's rules and
	 * with their queue event. A window with a client is not closed.
	 */
	private setStatus(actor: AdminActor, windowId: number, before: Row, after: Row): void {
		if (before.status === after.status && before.pause_reason === after.pause_reason) return;
		const staffId = actor.principal.staff?.id ?? null;
		const status = after.status as WindowStatus;
		const reason = after.pause_reason as string | null;
		try {
			this.parts.queue.setWindowStatus(windowId, status, reason, staffId);
		} catch (err) {
			if (err instanceof DomainError && err.code === 'window_busy') {
				refuse(409, 'status', 'window_has_client', { number: err.params.number! });
			}
			throw err;
		}
	}
}
