/**
 * The set-up's writes, and what administration's rules read right before them. Only
 * OfficeRepository.change hands one out, inside its transaction: what is written here commits
 * together, and the repository then drops its cache and announces the change, so no writer can
 * forget to. (A window's state, which the queue changes, is written by OfficeRepository itself.)
 */
import type { Db } from '../db/open';

export type SetupTable = 'locations' | 'departments' | 'services' | 'windows' | 'calendar_days';
/** A row as stored, column by column (what the audit log's before/after compares). */
export type Row = Record<string, unknown>;

export class SetupStore {
	private readonly q;

	constructor(private readonly db: Db) {
		this.q = {
			floor: db.prepare(
				'SELECT colour_pl, colour_en, hex FROM floors WHERE location_id = ? AND floor = ?'
			),
			saveFloor: db.prepare(
				`INSERT INTO floors (location_id, floor, colour_pl, colour_en, hex)
				 VALUES (@locationId, @floor, @colour_pl, @colour_en, @hex)
				 ON CONFLICT (location_id, floor) DO UPDATE SET colour_pl = excluded.colour_pl,
				 colour_en = excluded.colour_en, hex = excluded.hex`
			),
			labelTaken: db.prepare(
				'SELECT 1 FROM windows WHERE location_id = ? AND label = ? COLLATE NOCASE AND id != ?'
			),
			prefixOwner: db.prepare(
				`SELECT d.name_pl AS pl, d.name_en AS en FROM departments d
				 WHERE d.location_id = @locationId AND d.id != @departmentId AND (d.prefix = @prefix
				   OR EXISTS (SELECT 1 FROM services s WHERE s.department_id = d.id AND s.prefix = @prefix AND s.id != @serviceId))
				 LIMIT 1`
			),
			departmentsOfServices: db.prepare(
				`SELECT s.id, s.department_id AS d FROM services s
				 JOIN departments d ON d.id = s.department_id WHERE d.location_id = ?`
			),
			locationOfDepartment: db.prepare('SELECT location_id FROM departments WHERE id = ?').pluck(),
			servicesOfWindow: db
				.prepare('SELECT service_id FROM window_services WHERE window_id = ? ORDER BY service_id')
				.pluck(),
			otherWindowsServing: db
				.prepare(
					`SELECT count(*) FROM window_services ws JOIN windows w ON w.id = ws.window_id
					 WHERE ws.service_id = ? AND w.id != ? AND w.status != 'closed'`
				)
				.pluck(),
			unlinkWindow: db.prepare('DELETE FROM window_services WHERE window_id = ?'),
			unlinkService: db.prepare('DELETE FROM window_services WHERE service_id = ?'),
			link: db.prepare('INSERT INTO window_services (window_id, service_id) VALUES (?, ?)'),
			deleteWindow: db.prepare('DELETE FROM windows WHERE id = ?'),
			deleteService: db.prepare('DELETE FROM services WHERE id = ?'),
			calendarDayId: db
				.prepare('SELECT id FROM calendar_days WHERE location_id = ? AND day = ?')
				.pluck(),
			deleteCalendarDay: db.prepare('DELETE FROM calendar_days WHERE id = ?')
		};
	}

	// ---- what the rules read

	row(table: SetupTable, id: number): Row | null {
		return (
			(this.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined) ?? null
		);
	}

	/** A floor's colour as stored, or null for a floor without one. */
	floor(locationId: number, floor: number): Row | null {
		return (this.q.floor.get(locationId, floor) as Row | undefined) ?? null;
	}

	/** Whether another window of the location has this label (in any letter case). */
	labelTaken(locationId: number, label: string, windowId: number | null): boolean {
		return this.q.labelTaken.get(locationId, label, windowId ?? 0) !== undefined;
	}

	/**
	 * The department of the location, other than `departmentId`, that uses `prefix` (as its own or
	 * for one of its matters other than `serviceId`), or null if none does.
	 */
	prefixOwner(
		locationId: number,
		prefix: string,
		departmentId: number | null,
		serviceId: number | null
	): { pl: string; en: string } | null {
		const owner = this.q.prefixOwner.get({
			locationId,
			prefix,
			departmentId: departmentId ?? 0,
			serviceId: serviceId ?? 0
		}) as { pl: string; en: string } | undefined;
		return owner ?? null;
	}

	/** The matters of a location, each with its department. */
	departmentsOfServices(locationId: number): Map<number, number> {
		const rows = this.q.departmentsOfServices.all(locationId) as { id: number; d: number }[];
		return new Map(rows.map((r) => [r.id, r.d]));
	}

	locationOfDepartment(departmentId: number): number | null {
		return (this.q.locationOfDepartment.get(departmentId) as number | undefined) ?? null;
	}

	/** The id of a location's own entry for a day, or null. */
	calendarDayId(locationId: number, day: string): number | null {
		return (this.q.calendarDayId.get(locationId, day) as number | undefined) ?? null;
	}

	servicesOfWindow(windowId: number): number[] {
		return this.q.servicesOfWindow.all(windowId) as number[];
	}

	/** How many windows other than `windowId` serve the matter and are not closed. */
	otherWindowsServing(serviceId: number, windowId: number): number {
		return this.q.otherWindowsServing.get(serviceId, windowId) as number;
	}

	// ---- the writes

	/** A new row with these columns; its id. */
	insert(table: SetupTable, row: Row): number {
		const cols = Object.keys(row);
		const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`;
		return Number(this.db.prepare(sql).run(row).lastInsertRowid);
	}

	/** These columns of one row. */
	update(table: SetupTable, id: number, columns: Row): void {
		const cols = Object.keys(columns);
		const sql = `UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;
		this.db.prepare(sql).run({ ...columns, id });
	}

	/** A floor's colour (colour_pl, colour_en, hex), added if the floor had none. */
	saveFloor(locationId: number, floor: number, colour: Row): void {
		this.q.saveFloor.run({ locationId, floor, ...colour });
	}

	/** The matters a window serves, from now on exactly these. */
	setWindowServices(windowId: number, serviceIds: readonly number[]): void {
		this.q.unlinkWindow.run(windowId);
		for (const s of serviceIds) this.q.link.run(windowId, s);
	}

	deleteWindow(id: number): void {
		this.q.unlinkWindow.run(id);
		this.q.deleteWindow.run(id);
	}

	deleteCalendarDay(id: number): void {
		this.q.deleteCalendarDay.run(id);
	}

	deleteService(id: number): void {
		this.q.unlinkService.run(id);
		this.q.deleteService.run(id);
	}
}
