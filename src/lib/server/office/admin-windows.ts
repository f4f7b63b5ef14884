/**
 * Administration of windows (admin.ts delegates here): label, room, status and the matters each
 * serves.
 */
import { mayActOnDepartment } from '../auth/guard';
import { floorOfRoom } from '../queue';
import { authorizeWindow, checkNotLastWindow, isAdmin, refuse } from './admin-rules';
import type { AdminActor, AdminResult, AdminWrites, OfficeAdminParts } from './admin-writes';
import { parseForm, windowInput, type FormValues } from './schemas';

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
				const current = this.parts.tickets.currentOfWindow(id);
				if (current && v.status === 'closed' && before!.status !== 'closed') {
					refuse(409, 'status', 'window_has_client', { number: current.number });
				}
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
					extra: servicesChanged ? { services: { before: served, after: v.serviceIds } } : {}
				}
			);
			if (servicesChanged) setup.setWindowServices(result.id, v.serviceIds);
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
}
