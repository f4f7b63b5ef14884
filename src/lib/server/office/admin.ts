/**
 * Office administration: the only writer of the office's set-up (locations, floors, departments,
 * matters, windows). Each change is validated (schemas.ts), authorized (a manager acts on
 * their departments only; locations and floors are the admins'), checked against the live queue,
 * written with its audit entry in one IMMEDIATE transaction, and announced once committed
 * (OfficeChanges), so kiosks, boards and consoles of the location get fresh data at once.
 *
 * The queue is never left inconsistent: a matter or window that has ever had a ticket is not
 * deleted (deactivate or close it instead), a window is not closed while it holds a client, and no
 * change leaves a matter with waiting tickets without a window that can call them.
 */
import type { AuditLog } from '../audit/audit-log';
import { mayActOnDepartment, type Principal } from '../auth/guard';
import type { Db } from '../db/open';
import { floorOfRoom } from '../queue';
import type { OfficeChanges } from './changes';
import {
	departmentInput,
	floorInput,
	locationInput,
	parseForm,
	serviceInput,
	windowInput,
	type AdminFieldErrors,
	type FormValues
} from './schemas';

export interface AdminActor {
	principal: Principal;
	ip: string;
}

export type AdminStatus = 400 | 403 | 404 | 409;

export type AdminResult =
	| { ok: true; id: number; changed: boolean }
	| { ok: false; status: AdminStatus; errors: AdminFieldErrors };

type Row = Record<string, unknown>;

/** A refusal found inside the transaction: thrown to roll it back, returned to the caller. */
class Refusal extends Error {
	constructor(
		readonly status: AdminStatus,
		readonly errors: AdminFieldErrors
	) {
		super('refused');
	}
}

const refuse = (
	status: AdminStatus,
	field: string,
	key: string,
	params?: Record<string, string | number>
): never => {
	throw new Refusal(status, { [field]: { key: `admin.err.${key}`, params } });
};

const bit = (b: boolean) => (b ? 1 : 0);
const isAdmin = (p: Principal) => p.roles.includes('admin');

/** Columns that differ between two rows: { column: { before, after } }. */
function diff(before: Row | null, after: Row): Record<string, { before: unknown; after: unknown }> {
	const out: Record<string, { before: unknown; after: unknown }> = {};
	for (const [k, v] of Object.entries(after)) {
		const old = before ? before[k] : null;
		if (JSON.stringify(old) !== JSON.stringify(v)) out[k] = { before: old, after: v };
	}
	return out;
}

export class OfficeAdmin {
	constructor(
		private readonly db: Db,
		private readonly audit: AuditLog,
		private readonly changes: OfficeChanges
	) {}

	/** Hours, cut-off, mode and contacts of a location (admins). */
	updateLocation(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		const parsed = parseForm(locationInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const v = parsed.value;
		return this.change(locationId, () => {
			if (!isAdmin(actor.principal)) refuse(403, 'form', 'forbidden');
			const before = this.row('locations', locationId);
			if (!before) refuse(404, 'form', 'not_found');
			const after: Row = {
				name: v.name,
				address: v.address,
				week_json: JSON.stringify(v.week),
				cutoff_minutes: v.cutoffMinutes,
				hours_enforced: bit(v.hoursEnforced),
				mode: v.mode,
				contact_phone: v.contactPhone,
				contact_email: v.contactEmail,
				eservices_url: v.eServicesUrl
			};
			return this.update(actor, 'locations', 'location', locationId, before, after);
		});
	}

	/** A floor's colour (its name in both languages and its hex), or a new floor (admins). */
	saveFloor(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		const parsed = parseForm(floorInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const v = parsed.value;
		return this.change(locationId, () => {
			if (!isAdmin(actor.principal)) refuse(403, 'form', 'forbidden');
			if (!this.row('locations', locationId)) refuse(404, 'form', 'not_found');
			const before = (this.db
				.prepare('SELECT colour_pl, colour_en, hex FROM floors WHERE location_id = ? AND floor = ?')
				.get(locationId, v.floor) ?? null) as Row | null;
			const after: Row = { colour_pl: v.colourPl, colour_en: v.colourEn, hex: v.hex };
			const changed = diff(before, after);
			if (Object.keys(changed).length === 0) return { id: v.floor, changed: false };
			this.db
				.prepare(
					`INSERT INTO floors (location_id, floor, colour_pl, colour_en, hex)
					 VALUES (@locationId, @floor, @colour_pl, @colour_en, @hex)
					 ON CONFLICT (location_id, floor) DO UPDATE SET colour_pl = excluded.colour_pl,
					 colour_en = excluded.colour_en, hex = excluded.hex`
				)
				.run({ locationId, floor: v.floor, ...after });
			this.record(
				actor,
				before ? 'floor.update' : 'floor.create',
				`floor:${locationId}/${v.floor}`,
				changed
			);
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
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const v = parsed.value;
		return this.change(locationId, () => {
			const before = id === null ? null : this.row('departments', id);
			if (id === null) {
				if (!isAdmin(actor.principal)) refuse(403, 'form', 'forbidden');
				if (!this.row('locations', locationId)) refuse(404, 'form', 'not_found');
			} else {
				if (!before || before.location_id !== locationId) refuse(404, 'form', 'not_found');
				if (!mayActOnDepartment(actor.principal, id)) refuse(403, 'form', 'forbidden');
			}
			this.checkPrefix(locationId, v.prefix, id);
			const after: Row = {
				kind: v.kind,
				name_pl: v.namePl,
				name_en: v.nameEn,
				note_pl: v.notePl || null,
				note_en: v.noteEn || null,
				prefix: v.prefix,
				sort: v.sort
			};
			return this.update(actor, 'departments', 'department', id, before, after, {
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
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const v = parsed.value;
		return this.change(locationId, () => {
			const before = id === null ? null : this.row('services', id);
			if (id !== null) {
				if (!before || this.locationOfDepartment(Number(before.department_id)) !== locationId) {
					refuse(404, 'form', 'not_found');
				}
				if (!mayActOnDepartment(actor.principal, Number(before!.department_id))) {
					refuse(403, 'form', 'forbidden');
				}
			}
			if (this.locationOfDepartment(v.departmentId) !== locationId) {
				refuse(400, 'departmentId', 'department');
			}
			if (!mayActOnDepartment(actor.principal, v.departmentId)) {
				refuse(403, 'departmentId', 'forbidden_department');
			}
			if (before && before.department_id !== v.departmentId) {
				const open = this.openTickets('service_id', id!);
				if (open > 0) refuse(409, 'departmentId', 'move_with_tickets', { count: open });
			}
			if (v.prefix !== null) this.checkPrefix(locationId, v.prefix, v.departmentId, id);
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
			return this.update(actor, 'services', 'service', id, before, after);
		});
	}

	/** A new window or a window's label, room, status, order and the matters it serves. */
	saveWindow(
		actor: AdminActor,
		locationId: number,
		id: number | null,
		values: FormValues
	): AdminResult {
		const parsed = parseForm(windowInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const v = parsed.value;
		return this.change(locationId, () => {
			const before = id === null ? null : this.row('windows', id);
			if (id !== null && (!before || before.location_id !== locationId)) {
				refuse(404, 'form', 'not_found');
			}
			const served = id === null ? [] : this.servicesOfWindow(id);
			// A manager's form lists their departments' matters only; the others stay as they are.
			const departmentOf = this.departmentsOfServices(locationId);
			if (!isAdmin(actor.principal)) {
				const others = served.filter(
					(s) => !mayActOnDepartment(actor.principal, departmentOf.get(s) ?? -1)
				);
				v.serviceIds = [...new Set([...v.serviceIds, ...others])].sort((a, b) => a - b);
			}
			this.authorizeWindow(actor.principal, departmentOf, served, v.serviceIds);
			const clash = this.db
				.prepare(
					'SELECT id FROM windows WHERE location_id = ? AND label = ? COLLATE NOCASE AND id != ?'
				)
				.get(locationId, v.label, id ?? 0);
			if (clash) refuse(409, 'label', 'label_taken', { label: v.label });
			const floor = floorOfRoom(v.room);
			const hasFloor = this.db
				.prepare('SELECT 1 FROM floors WHERE location_id = ? AND floor = ?')
				.get(locationId, floor);
			if (!hasFloor) refuse(400, 'room', 'room_floor', { floor });
			if (id !== null) {
				const current = this.db
					.prepare(
						"SELECT number FROM tickets WHERE window_id = ? AND state IN ('called', 'serving')"
					)
					.get(id) as { number: string } | undefined;
				if (current && v.status === 'closed' && before!.status !== 'closed') {
					refuse(409, 'status', 'window_has_client', { number: current.number });
				}
				this.checkNotLastWindow(
					locationId,
					id,
					before!.status === 'closed' ? [] : served,
					v.status === 'closed' ? [] : v.serviceIds,
					v.status === 'closed' ? 'status' : 'serviceIds'
				);
			}
			const after: Row = {
				label: v.label,
				room: v.room,
				status: v.status,
				pause_reason: v.status === 'paused' ? v.pauseReason : null
			};
			const servicesChanged = served.join() !== v.serviceIds.join();
			const result = this.update(actor, 'windows', 'window', id, before, after, {
				insertOnly: { location_id: locationId },
				extra: servicesChanged ? { services: { before: served, after: v.serviceIds } } : {}
			});
			if (servicesChanged) {
				this.db.prepare('DELETE FROM window_services WHERE window_id = ?').run(result.id);
				const link = this.db.prepare(
					'INSERT INTO window_services (window_id, service_id) VALUES (?, ?)'
				);
				for (const s of v.serviceIds) link.run(result.id, s);
			}
			return result;
		});
	}

	/** Deletes a window that has never had a ticket; one that has is closed instead. */
	deleteWindow(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.change(locationId, () => {
			const before = this.row('windows', id);
			if (!before || before.location_id !== locationId) refuse(404, 'form', 'not_found');
			const served = this.servicesOfWindow(id);
			this.authorizeWindow(actor.principal, this.departmentsOfServices(locationId), served, []);
			if (this.everUsed('window_id', id)) refuse(409, 'form', 'window_used');
			this.checkNotLastWindow(
				locationId,
				id,
				before!.status === 'closed' ? [] : served,
				[],
				'form'
			);
			this.db.prepare('DELETE FROM window_services WHERE window_id = ?').run(id);
			this.db.prepare('DELETE FROM windows WHERE id = ?').run(id);
			this.record(actor, 'window.delete', `window:${id}`, { ...before, services: served });
			return { id, changed: true };
		});
	}

	/** Deletes a matter that has never had a ticket; one that has is deactivated instead. */
	deleteService(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.change(locationId, () => {
			const before = this.row('services', id);
			if (!before || this.locationOfDepartment(Number(before.department_id)) !== locationId) {
				refuse(404, 'form', 'not_found');
			}
			if (!mayActOnDepartment(actor.principal, Number(before!.department_id))) {
				refuse(403, 'form', 'forbidden');
			}
			if (this.everUsed('service_id', id)) refuse(409, 'form', 'service_used');
			this.db.prepare('DELETE FROM window_services WHERE service_id = ?').run(id);
			this.db.prepare('DELETE FROM services WHERE id = ?').run(id);
			this.record(actor, 'service.delete', `service:${id}`, before!);
			return { id, changed: true };
		});
	}

	/** Each matter's service-level target (migration 006), which the office model does not read. */
	waitTargets(locationId: number): Map<number, { minutes: number; share: number }> {
		const rows = this.db
			.prepare(
				`SELECT s.id, s.wait_target_minutes AS minutes, s.wait_target_share AS share
				 FROM services s JOIN departments d ON d.id = s.department_id WHERE d.location_id = ?`
			)
			.all(locationId) as { id: number; minutes: number; share: number }[];
		return new Map(rows.map((r) => [r.id, { minutes: r.minutes, share: r.share }]));
	}

	// ---- the rules

	/** A prefix belongs to one department of a location (its own and its matters' prefixes). */
	private checkPrefix(
		locationId: number,
		prefix: string,
		departmentId: number | null,
		serviceId: number | null = null
	): void {
		const other = this.db
			.prepare(
				`SELECT d.name_pl AS pl, d.name_en AS en FROM departments d
				 WHERE d.location_id = @locationId AND d.id != @departmentId AND (d.prefix = @prefix
				   OR EXISTS (SELECT 1 FROM services s WHERE s.department_id = d.id AND s.prefix = @prefix AND s.id != @serviceId))
				 LIMIT 1`
			)
			.get({ locationId, prefix, departmentId: departmentId ?? 0, serviceId: serviceId ?? 0 }) as
			{ pl: string; en: string } | undefined;
		if (other) refuse(409, 'prefix', 'prefix_taken', { prefix, pl: other.pl, en: other.en });
	}

	/**
	 * A window stops serving `removed` matters (or all of them, when closed or deleted): refused if
	 * one of them has waiting tickets and no other open or paused window would serve it.
	 */
	private checkNotLastWindow(
		locationId: number,
		windowId: number,
		servedBefore: number[],
		servedAfter: number[],
		field: string
	): void {
		const removed = servedBefore.filter((s) => !servedAfter.includes(s));
		if (removed.length === 0) return;
		const waiting = this.db.prepare(
			"SELECT count(*) AS n FROM tickets WHERE location_id = ? AND service_id = ? AND state = 'waiting'"
		);
		const others = this.db.prepare(
			`SELECT count(*) AS n FROM window_services ws JOIN windows w ON w.id = ws.window_id
			 WHERE ws.service_id = ? AND w.id != ? AND w.status != 'closed'`
		);
		for (const serviceId of removed) {
			const n = (waiting.get(locationId, serviceId) as { n: number }).n;
			if (n === 0) continue;
			if ((others.get(serviceId, windowId) as { n: number }).n > 0) continue;
			const s = this.row('services', serviceId)!;
			refuse(409, field, 'last_window', { count: n, pl: String(s.name_pl), en: String(s.name_en) });
		}
	}

	/**
	 * Admins configure any window; a manager one that serves a matter of their departments, and
	 * only adds or removes matters of their departments.
	 */
	private authorizeWindow(
		principal: Principal,
		known: Map<number, number>,
		before: number[],
		after: number[]
	): void {
		for (const s of after) if (!known.has(s)) refuse(400, 'serviceIds', 'services');
		if (isAdmin(principal)) return;
		const mine = (s: number) => mayActOnDepartment(principal, known.get(s) ?? -1);
		const touched = [
			...before.filter((s) => !after.includes(s)),
			...after.filter((s) => !before.includes(s))
		];
		if (!(before.length === 0 ? after : before).some(mine) || !touched.every(mine)) {
			refuse(403, 'form', 'forbidden');
		}
	}

	// ---- reading and writing

	private row(table: 'locations' | 'departments' | 'services' | 'windows', id: number): Row | null {
		return (
			(this.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined) ?? null
		);
	}

	/** The matters of a location, each with its department. */
	private departmentsOfServices(locationId: number): Map<number, number> {
		const rows = this.db
			.prepare(
				`SELECT s.id, s.department_id AS d FROM services s
				 JOIN departments d ON d.id = s.department_id WHERE d.location_id = ?`
			)
			.all(locationId) as { id: number; d: number }[];
		return new Map(rows.map((r) => [r.id, r.d]));
	}

	private locationOfDepartment(departmentId: number): number | null {
		const r = this.db
			.prepare('SELECT location_id FROM departments WHERE id = ?')
			.get(departmentId) as { location_id: number } | undefined;
		return r?.location_id ?? null;
	}

	private servicesOfWindow(windowId: number): number[] {
		return this.db
			.prepare('SELECT service_id FROM window_services WHERE window_id = ? ORDER BY service_id')
			.pluck()
			.all(windowId) as number[];
	}

	private openTickets(column: 'service_id', id: number): number {
		return (
			this.db
				.prepare(
					`SELECT count(*) AS n FROM tickets WHERE ${column} = ? AND state IN ('waiting', 'called', 'serving')`
				)
				.get(id) as { n: number }
		).n;
	}

	private everUsed(column: 'service_id' | 'window_id', id: number): boolean {
		return !!this.db.prepare(`SELECT 1 FROM tickets WHERE ${column} = ? LIMIT 1`).get(id);
	}

	/**
	 * Insert (id null) or update a row with the changed columns only, and audit the change as
	 * `{entity}.create` / `{entity}.update` with each changed column's before and after.
	 */
	private update(
		actor: AdminActor,
		table: 'locations' | 'departments' | 'services' | 'windows',
		entity: string,
		id: number | null,
		before: Row | null,
		after: Row,
		options: { insertOnly?: Row; extra?: Row } = {}
	): { id: number; changed: boolean } {
		const changed = { ...diff(before, after), ...options.extra };
		if (id === null) {
			const row = { ...options.insertOnly, ...after };
			const cols = Object.keys(row);
			const newId = Number(
				this.db
					.prepare(
						`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`
					)
					.run(row).lastInsertRowid
			);
			this.record(actor, `${entity}.create`, `${entity}:${newId}`, changed);
			return { id: newId, changed: true };
		}
		if (Object.keys(changed).length === 0) return { id, changed: false };
		const cols = Object.keys(after).filter((c) => c in changed);
		this.db
			.prepare(`UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`)
			.run({ ...after, id });
		this.record(actor, `${entity}.update`, `${entity}:${id}`, changed);
		return { id, changed: true };
	}

	private record(actor: AdminActor, action: string, subject: string, detail: Row): void {
		this.audit.record({ actor: actor.principal, action, subject, detail, ip: actor.ip });
	}

	/** Run one change in an IMMEDIATE transaction; announce it once committed. */
	private change(locationId: number, run: () => { id: number; changed: boolean }): AdminResult {
		let result: { id: number; changed: boolean };
		try {
			result = this.db.transaction(run).immediate();
		} catch (err) {
			if (err instanceof Refusal) return { ok: false, status: err.status, errors: err.errors };
			throw err;
		}
		if (result.changed) this.changes.notify(locationId);
		return { ok: true, ...result };
	}
}

const INSTANCES = new WeakMap<object, OfficeAdmin>();

/** The application's administration (one per app, made on first use). */
export function officeAdminOf(app: {
	db: Db;
	audit: AuditLog;
	officeChanges: OfficeChanges;
}): OfficeAdmin {
	let admin = INSTANCES.get(app);
	if (!admin) {
		admin = new OfficeAdmin(app.db, app.audit, app.officeChanges);
		INSTANCES.set(app, admin);
	}
	return admin;
}
