/**
 * Administration of appointments at /admin/appointments (issue 14): each matter's weekly schedule
 * of slots, the interpreter's week and the location's booking policy. A manager changes the
 * schedules of their departments' matters; the policy and the interpreter's week are the
 * location's, for its managers and admins (as the calendar). Each change is one transaction with
 * its audit entry; the booking service reads these tables on every request, so nothing is cached.
 *
 * Every window serving a matter serves its appointments too: the schedule's capacity says how
 * many clients of one slot the office expects to see at once.
 */
import type { AuditLog } from '../audit/audit-log';
import { mayActOnDepartment } from '../auth/guard';
import type { Db } from '../db/open';
import { BookingRepository, type ScheduleRow } from '../db/repositories/bookings';
import { BookingSettingsRepository } from '../db/repositories/booking-settings';
import { diff, Refusal, refuse } from './admin-rules';
import type { AdminActor, AdminResult } from './admin-writes';
import {
	bookingPolicyInput,
	interpreterStretchInput,
	scheduleStretchInput
} from './appointment-schemas';
import type { OfficeRepository } from './repository';
import { parseForm, type FormValues } from './schemas';

type Row = Record<string, unknown>;

export interface AppointmentsAdminParts {
	db: Db;
	office: OfficeRepository;
	audit: AuditLog;
}

export class AppointmentsAdmin {
	private readonly schedules: BookingRepository;
	private readonly settings: BookingSettingsRepository;

	constructor(private readonly parts: AppointmentsAdminParts) {
		this.schedules = new BookingRepository(parts.db);
		this.settings = new BookingSettingsRepository(parts.db);
	}

	/** The location's matters with their schedules, the interpreter's week and the policy. */
	view(locationId: number) {
		const services = this.parts.office.services(locationId);
		return {
			schedules: this.schedules.scheduleRows(services.map((s) => s.id)),
			interpreter: this.settings.interpreterWeek(locationId),
			policy: this.settings.policy(locationId),
			ownPolicy: this.settings.hasOwnPolicy(locationId)
		};
	}

	/** Add (id null) or change a stretch of a matter's schedule. */
	saveStretch(actor: AdminActor, locationId: number, id: number | null, values: FormValues) {
		const parsed = parseForm(scheduleStretchInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors } as AdminResult;
		const { serviceId, ...s } = parsed.value;
		return this.run(() => {
			const before = id === null ? null : this.ownStretch(actor, locationId, id);
			this.mayEditService(actor, locationId, serviceId, 'serviceId');
			const after = { serviceId, ...s };
			if (before === null) {
				const newId = this.schedules.addStretch(serviceId, s);
				this.record(actor, 'appointment_schedule.create', `appointment_schedule:${newId}`, after);
				return { id: newId, changed: true };
			}
			const changed = diff(before as unknown as Row, after);
			if (Object.keys(changed).length === 0) return { id: before.id, changed: false };
			// Moved to another matter: both are the actor's (ownStretch checked the old one).
			this.schedules.updateStretch(before.id, serviceId, s);
			this.record(
				actor,
				'appointment_schedule.update',
				`appointment_schedule:${before.id}`,
				changed
			);
			return { id: before.id, changed: true };
		});
	}

	deleteStretch(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.run(() => {
			const before = this.ownStretch(actor, locationId, id);
			this.schedules.deleteStretch(id);
			this.record(actor, 'appointment_schedule.delete', `appointment_schedule:${id}`, {
				...before
			});
			return { id, changed: true };
		});
	}

	/** Add (id null) or change a stretch of the interpreter's week. */
	saveInterpreter(actor: AdminActor, locationId: number, id: number | null, values: FormValues) {
		const parsed = parseForm(interpreterStretchInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors } as AdminResult;
		const after = parsed.value;
		return this.run(() => {
			this.requireLocation(locationId);
			if (id === null) {
				const newId = this.settings.addInterpreterStretch(locationId, after);
				this.record(actor, 'interpreter_hours.create', `interpreter_hours:${newId}`, after);
				return { id: newId, changed: true };
			}
			const before = this.settings.interpreterStretch(id);
			if (!before || before.locationId !== locationId) refuse(404, 'form', 'not_found');
			const changed = diff(before as unknown as Row, after);
			if (Object.keys(changed).length === 0) return { id, changed: false };
			this.settings.updateInterpreterStretch(id, after);
			this.record(actor, 'interpreter_hours.update', `interpreter_hours:${id}`, changed);
			return { id, changed: true };
		});
	}

	deleteInterpreter(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.run(() => {
			const before = this.settings.interpreterStretch(id);
			if (!before || before.locationId !== locationId) refuse(404, 'form', 'not_found');
			this.settings.deleteInterpreterStretch(id);
			this.record(actor, 'interpreter_hours.delete', `interpreter_hours:${id}`, { ...before });
			return { id, changed: true };
		});
	}

	/** The location's booking policy (ahead days, interpreter's notice, check-in times). */
	savePolicy(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		const parsed = parseForm(bookingPolicyInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const after = parsed.value;
		return this.run(() => {
			this.requireLocation(locationId);
			const changed = diff(this.settings.policy(locationId) as unknown as Row, after);
			if (Object.keys(changed).length === 0 && this.settings.hasOwnPolicy(locationId)) {
				return { id: locationId, changed: false };
			}
			this.settings.savePolicy(locationId, after);
			this.record(actor, 'booking_policy.update', `location:${locationId}`, changed);
			return { id: locationId, changed: true };
		});
	}

	/** A stretch of a matter of this location that the actor may edit, or a refusal. */
	private ownStretch(actor: AdminActor, locationId: number, id: number): ScheduleRow {
		const row = this.schedules.scheduleRow(id);
		if (!row) refuse(404, 'form', 'not_found');
		this.mayEditService(actor, locationId, row!.serviceId, 'form');
		return row!;
	}

	private mayEditService(actor: AdminActor, locationId: number, serviceId: number, field: string) {
		const service = this.parts.office.services(locationId).find((s) => s.id === serviceId);
		// A stretch whose matter is not here: no such stretch (404); a matter chosen: a bad field.
		if (!service && field === 'form') refuse(404, 'form', 'not_found');
		if (!service) refuse(400, field, 'service');
		if (!mayActOnDepartment(actor.principal, service!.departmentId)) {
			refuse(403, field, 'forbidden');
		}
	}

	private requireLocation(locationId: number) {
		if (!this.parts.office.location(locationId)) refuse(404, 'form', 'not_found');
	}

	/** One change in one transaction; a Refusal rolls it back and is the answer. */
	private run(change: () => { id: number; changed: boolean }): AdminResult {
		try {
			return { ok: true, ...this.parts.db.transaction(change).immediate() };
		} catch (err) {
			if (err instanceof Refusal) return { ok: false, status: err.status, errors: err.errors };
			throw err;
		}
	}

	private record(actor: AdminActor, action: string, subject: string, detail: Row) {
		this.parts.audit.record({ actor: actor.principal, action, subject, detail, ip: actor.ip });
	}
}

const INSTANCES = new WeakMap<object, AppointmentsAdmin>();

/** The application's appointments administration (one per app, made on first use). */
export function appointmentsAdminOf(app: AppointmentsAdminParts): AppointmentsAdmin {
	let admin = INSTANCES.get(app);
	if (!admin) {
		admin = new AppointmentsAdmin(app);
		INSTANCES.set(app, admin);
	}
	return admin;
}
