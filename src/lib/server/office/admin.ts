/**
 * Office administration: the commands that change the office's set-up (locations, floors,
 * departments, matters, windows). Each change is validated (schemas.ts), authorized (a manager
 * acts on their departments only; locations and floors are the admins'), checked against the live
 * queue (admin-rules.ts), and written with its audit entry through OfficeRepository.change: one
 * IMMEDIATE transaction, announced once committed, so kiosks, boards and consoles of the location
 * get fresh data at once. Windows, whose status is the queue's, are administered in
 * admin-windows.ts.
 *
 * The queue is never left inconsistent: a matter or window that has ever had a ticket is not
 * deleted (deactivate or close it instead), a window is not closed while it holds a client, and no
 * change leaves a matter with waiting tickets without a window that can call them.
 */
import { mayActOnDepartment } from '../auth/guard';
import { checkPrefix, diff, isAdmin, refuse } from './admin-rules';
import { CalendarAdmin } from './admin-calendar';
import { WindowAdmin } from './admin-windows';
import {
	AdminWrites,
	type AdminActor,
	type AdminResult,
	type OfficeAdminParts
} from './admin-writes';
import {
	boardInput,
	departmentInput,
	floorInput,
	locationInput,
	parseForm,
	serviceInput,
	type AdminFieldErrors,
	type FormValues
} from './schemas';
import type { Row } from './setup-store';

export type { AdminActor, AdminResult, OfficeAdminParts } from './admin-writes';

const bit = (b: boolean) => (b ? 1 : 0);
const invalid = (errors: AdminFieldErrors): AdminResult => ({ ok: false, status: 400, errors });

export class OfficeAdmin {
	private readonly writes: AdminWrites;
	private readonly windows: WindowAdmin;
	private readonly calendar: CalendarAdmin;

	constructor(private readonly parts: OfficeAdminParts) {
		this.writes = new AdminWrites(parts);
		this.windows = new WindowAdmin(parts, this.writes);
		this.calendar = new CalendarAdmin(this.writes);
	}

	/** Hours, cut-off, mode and contacts of a location (admins). */
	updateLocation(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		const parsed = parseForm(locationInput, values);
		if (!parsed.ok) return invalid(parsed.errors);
		const v = parsed.value;
		return this.changeLocation(actor, locationId, {
			name: v.name,
			address: v.address,
			week_json: JSON.stringify(v.week),
			cutoff_minutes: v.cutoffMinutes,
			restore_grace_minutes: v.restoreGraceMinutes,
			hours_enforced: bit(v.hoursEnforced),
			mode: v.mode,
			contact_phone: v.contactPhone,
			contact_email: v.contactEmail,
			eservices_url: v.eServicesUrl
		});
	}

	/** How long a call stays under "Zapraszamy", and whether paused windows show (admins). */
	updateBoard(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		const parsed = parseForm(boardInput, values);
		if (!parsed.ok) return invalid(parsed.errors);
		const v = parsed.value;
		return this.changeLocation(actor, locationId, {
			board_call_seconds: v.callHighlightMinutes * 60,
			board_shows_paused: bit(v.showsPaused)
		});
	}

	/** Some of a location's own columns, by an admin, audited with what changed. */
	private changeLocation(actor: AdminActor, locationId: number, after: Row): AdminResult {
		return this.writes.change(locationId, (setup) => {
			if (!isAdmin(actor.principal)) refuse(403, 'form', 'forbidden');
			const before = setup.row('locations', locationId);
			if (!before) refuse(404, 'form', 'not_found');
			return this.writes.row(actor, setup, 'locations', locationId, before, after);
		});
	}

	/** A floor's colour (its name in both languages and its hex), or a new floor (admins). */
	saveFloor(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		const parsed = parseForm(floorInput, values);
		if (!parsed.ok) return invalid(parsed.errors);
		const v = parsed.value;
		return this.writes.change(locationId, (setup) => {
			if (!isAdmin(actor.principal)) refuse(403, 'form', 'forbidden');
			if (!setup.row('locations', locationId)) refuse(404, 'form', 'not_found');
			const before = setup.floor(locationId, v.floor);
			const after: Row = { colour_pl: v.colourPl, colour_en: v.colourEn, hex: v.hex };
			const changed = diff(before, after);
			if (Object.keys(changed).length === 0) return { id: v.floor, changed: false };
			setup.saveFloor(locationId, v.floor, after);
			const action = before ? 'floor.update' : 'floor.create';
			this.writes.record(actor, action, `floor:${locationId}/${v.floor}`, changed);
			return { id: v.floor, changed: true };
		});
	}

	/** A new department (admins) or a department's names, kind, note, prefix and order. */
	saveDepartment(
		actor: AdminActor,
		locationId: number,
		id: number | null,
		values: FormValues
	): AdminResult {
		const parsed = parseForm(departmentInput, values);
		if (!parsed.ok) return invalid(parsed.errors);
		const v = parsed.value;
		return this.writes.change(locationId, (setup) => {
			const before = id === null ? null : setup.row('departments', id);
			if (id === null) {
				if (!isAdmin(actor.principal)) refuse(403, 'form', 'forbidden');
				if (!setup.row('locations', locationId)) refuse(404, 'form', 'not_found');
			} else {
				if (!before || before.location_id !== locationId) refuse(404, 'form', 'not_found');
				if (!mayActOnDepartment(actor.principal, id)) refuse(403, 'form', 'forbidden');
			}
			checkPrefix(setup, locationId, v.prefix, id);
			const after: Row = {
				kind: v.kind,
				name_pl: v.namePl,
				name_en: v.nameEn,
				note_pl: v.notePl || null,
				note_en: v.noteEn || null,
				prefix: v.prefix,
				sort: v.sort
			};
			return this.writes.row(actor, setup, 'departments', id, before, after, {
				insertOnly: { location_id: locationId }
			});
		});
	}

	/** A new matter or a matter's settings; moving it to another department keeps it consistent. */
	saveService(
		actor: AdminActor,
		locationId: number,
		id: number | null,
		values: FormValues
	): AdminResult {
		const parsed = parseForm(serviceInput, values);
		if (!parsed.ok) return invalid(parsed.errors);
		const v = parsed.value;
		return this.writes.change(locationId, (setup) => {
			const before = id === null ? null : setup.row('services', id);
			if (id !== null) {
				if (!before || setup.locationOfDepartment(Number(before.department_id)) !== locationId) {
					refuse(404, 'form', 'not_found');
				}
				if (!mayActOnDepartment(actor.principal, Number(before!.department_id))) {
					refuse(403, 'form', 'forbidden');
				}
			}
			if (setup.locationOfDepartment(v.departmentId) !== locationId) {
				refuse(400, 'departmentId', 'department');
			}
			if (!mayActOnDepartment(actor.principal, v.departmentId)) {
				refuse(403, 'departmentId', 'forbidden_department');
			}
			if (before && before.department_id !== v.departmentId) {
				const open = this.parts.tickets.openOfService(id!);
				if (open > 0) refuse(409, 'departmentId', 'move_with_tickets', { count: open });
			}
			if (v.prefix !== null) checkPrefix(setup, locationId, v.prefix, v.departmentId, id);
			const after: Row = {
				department_id: v.departmentId,
				name_pl: v.namePl,
				name_en: v.nameEn,
				prefix: v.prefix,
				priority_allowed: bit(v.priorityAllowed),
				id_required: bit(v.idRequired),
				online_url: v.onlineUrl,
				wait_target_minutes: v.waitTargetMinutes,
				wait_target_share: v.waitTargetShare,
				active: bit(v.active),
				available_when_limited: bit(v.availableWhenLimited),
				sort: v.sort
			};
			return this.writes.row(actor, setup, 'services', id, before, after);
		});
	}

	/** A new window or a window's label, room, status and the matters it serves. */
	saveWindow(
		actor: AdminActor,
		locationId: number,
		id: number | null,
		values: FormValues
	): AdminResult {
		return this.windows.save(actor, locationId, id, values);
	}

	/** Deletes a window that has never had a ticket; one that has is closed instead. */
	deleteWindow(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.windows.delete(actor, locationId, id);
	}

	/** Deletes a matter that has never had a ticket; one that has is deactivated instead. */
	deleteService(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.writes.change(locationId, (setup) => {
			const before = setup.row('services', id);
			if (!before || setup.locationOfDepartment(Number(before.department_id)) !== locationId) {
				refuse(404, 'form', 'not_found');
			}
			if (!mayActOnDepartment(actor.principal, Number(before!.department_id))) {
				refuse(403, 'form', 'forbidden');
			}
			if (this.parts.tickets.everUsed('service', id)) refuse(409, 'form', 'service_used');
			setup.deleteService(id);
			this.writes.record(actor, 'service.delete', `service:${id}`, before!);
			return { id, changed: true };
		});
	}

	/** A closure day or an extra working day of a location (calendar_days). */
	saveCalendarDay(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		return this.calendar.save(actor, locationId, values);
	}

	deleteCalendarDay(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.calendar.delete(actor, locationId, id);
	}

	/** Each matter's service-level target (migration 006), by matter. */
	waitTargets(locationId: number): Map<number, { minutes: number; share: number }> {
		const targets = this.parts.office.waitTargets(locationId);
		return new Map(targets.map((t) => [t.serviceId, { minutes: t.minutes, share: t.share }]));
	}
}

const INSTANCES = new WeakMap<object, OfficeAdmin>();

/** The application's administration (one per app, made on first use). */
export function officeAdminOf(app: OfficeAdminParts): OfficeAdmin {
	let admin = INSTANCES.get(app);
	if (!admin) {
		admin = new OfficeAdmin(app);
		INSTANCES.set(app, admin);
	}
	return admin;
}
