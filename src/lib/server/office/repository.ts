/**
 * The office's set-up (locations with their floors, departments, matters, windows and the
 * matters each window serves): the one module that reads and writes those tables. Reads go
 * through the cache (cache.ts); set-up writes go through `change`, which commits them, drops the
 * cache and announces them (changes.ts); a window's state (open, paused, closed, its run of
 * priority calls) is queue state, written by the queue's commands through `saveWindowState`.
 */
import type { Db } from '../db/open';
import type { ServiceWindow } from '../queue';
import { OfficeCache } from './cache';
import { OfficeChanges } from './changes';
import {
	toDepartment,
	toLocation,
	toService,
	toWindow,
	type DepartmentRecord,
	type DepartmentRow,
	type CalendarDayRow,
	type FloorRow,
	type LocationRecord,
	type LocationRow,
	type ServiceRecord,
	type ServiceRow,
	type WaitTarget,
	type WindowRow
} from './records';
import { SetupStore } from './setup-store';

/** A location's set-up as the cache holds it (cache.ts). */
interface LocationSetup {
	location: LocationRecord;
	departments: DepartmentRecord[];
	services: ServiceRecord[];
	departmentById: Map<number, DepartmentRecord>;
	serviceById: Map<number, ServiceRecord>;
}

/**
 * Reads of the set-up go through three caches (cache.ts): the structure, the windows with their
 * state, and which matters each window serves. A window's state changes with the queue's commands
 * (saveWindowState), which drop that location's window list only; everything else changes
 * through `change`, which drops all three once it commits.
 */
export class OfficeRepository {
	private readonly q;
	private readonly setups: OfficeCache<LocationSetup>;
	private readonly windowLists: OfficeCache<ServiceWindow[]>;
	/**
	 * Which matters each window of a location serves: set-up only, so unlike the window list it
	 * outlives a clerk's call (saveWindowState), which would make every snapshot read it again.
	 */
	private readonly servedLists: OfficeCache<Map<number, number[]>>;
	/** Which location a matter or department was last seen in, to find its cached set-up. */
	private readonly locationOfService = new Map<number, number>();
	private readonly locationOfDepartment = new Map<number, number>();
	/** While a change of the set-up runs: what is kept may be what it is changing. */
	private changing = false;
	/** Made on the first change: a read-only connection (the benchmarks' reports) never needs it. */
	private store: SetupStore | null = null;

	/**
	 * `changes`: where committed set-up changes are announced (the app's live screens listen).
	 * This repository's cache listens too, so an announcement made elsewhere (a test that edits
	 * the tables itself) also drops what it names.
	 */
	constructor(
		private readonly db: Db,
		private readonly changes: OfficeChanges = new OfficeChanges()
	) {
		this.q = {
			dataVersion: db.prepare('PRAGMA data_version').pluck(),
			locations: db.prepare('SELECT * FROM locations ORDER BY id'),
			location: db.prepare('SELECT * FROM locations WHERE id = ?'),
			locationIdBySlug: db.prepare('SELECT id FROM locations WHERE slug = ?').pluck(),
			locationOfService: db
				.prepare(
					'SELECT d.location_id FROM services s JOIN departments d ON d.id = s.department_id WHERE s.id = ?'
				)
				.pluck(),
			locationOfDepartment: db.prepare('SELECT location_id FROM departments WHERE id = ?').pluck(),
			floors: db.prepare('SELECT * FROM floors WHERE location_id = ? ORDER BY floor'),
			calendarDays: db.prepare(
				'SELECT id, day, open, opens, closes, note FROM calendar_days WHERE location_id = ? ORDER BY day'
			),
			departments: db.prepare('SELECT * FROM departments WHERE location_id = ? ORDER BY sort, id'),
			services: db.prepare(
				`SELECT s.* FROM services s JOIN departments d ON d.id = s.department_id
				 WHERE d.location_id = ? ORDER BY d.sort, d.id, s.sort, s.id`
			),
			windows: db.prepare('SELECT * FROM windows WHERE location_id = ? ORDER BY sort, id'),
			window: db.prepare('SELECT * FROM windows WHERE id = ?'),
			windowServices: db
				.prepare('SELECT service_id FROM window_services WHERE window_id = ? ORDER BY service_id')
				.pluck(),
			locationWindowServices: db.prepare(
				`SELECT ws.window_id, ws.service_id FROM window_services ws
				 JOIN windows w ON w.id = ws.window_id WHERE w.location_id = ?
				 ORDER BY ws.window_id, ws.service_id`
			),
			saveWindowState: db.prepare(
				`UPDATE windows SET status = @status, pause_reason = @pauseReason,
				 consecutive_priority_calls = @consecutivePriorityCalls,
				 consulting_since = @consultingSince WHERE id = @id`
			)
		};
		// Read once per synchronous stretch of work, not on every lookup (a dozen per ticket): a
		// commit by another connection cannot be ordered within one stretch anyway.
		let version = 0;
		let fresh = false;
		const dataVersion = () => {
			if (!fresh) {
				version = this.q.dataVersion.get() as number;
				fresh = true;
				queueMicrotask(() => (fresh = false));
			}
			return version;
		};
		this.setups = new OfficeCache(dataVersion);
		this.windowLists = new OfficeCache(dataVersion);
		this.servedLists = new OfficeCache(dataVersion);
		changes.subscribe((locationId) => this.forget(locationId));
	}

	/**
	 * The one place the set-up is written. `run` gets the writes (setup-store.ts) inside one
	 * IMMEDIATE transaction; once that commits and `run` says something changed, the location's
	 * cached set-up is dropped and the change announced. Whatever `run` throws rolls it all back
	 * and announces nothing. A change commits on its own (never inside another transaction), so
	 * that nobody hears of it before it is committed.
	 */
	change<R extends { changed: boolean }>(locationId: number, run: (setup: SetupStore) => R): R {
		if (this.db.inTransaction) throw new Error('a change of the set-up commits on its own');
		const setup = (this.store ??= new SetupStore(this.db));
		let result: R;
		this.changing = true;
		try {
			result = this.db.transaction(() => run(setup)).immediate();
		} finally {
			this.changing = false;
		}
		if (result.changed) this.changes.notify(locationId);
		return result;
	}

	private forget(locationId: number): void {
		this.setups.forget(locationId);
		this.windowLists.forget(locationId);
		this.servedLists.forget(locationId);
	}

	private setup(locationId: number): LocationSetup | null {
		return this.setups.get(locationId, () => {
			const row = this.q.location.get(locationId) as LocationRow | undefined;
			if (!row) return null;
			const departments = (this.q.departments.all(locationId) as DepartmentRow[]).map(toDepartment);
			const services = (this.q.services.all(locationId) as ServiceRow[]).map(toService);
			for (const d of departments) this.locationOfDepartment.set(d.id, locationId);
			for (const s of services) this.locationOfService.set(s.id, locationId);
			return {
				location: this.toLocation(row),
				departments,
				services,
				departmentById: new Map(departments.map((d) => [d.id, d])),
				serviceById: new Map(services.map((s) => [s.id, s]))
			};
		});
	}

	/** A location's own days (closure and extra working days), by date, with their ids. */
	calendarDays(locationId: number): CalendarDayRow[] {
		return this.q.calendarDays.all(locationId) as CalendarDayRow[];
	}

	locations(): LocationRecord[] {
		return (this.q.locations.all() as LocationRow[]).map((r) => this.toLocation(r));
	}

	location(id: number): LocationRecord | null {
		return this.setup(id)?.location ?? null;
	}

	locationBySlug(slug: string): LocationRecord | null {
		const id = this.q.locationIdBySlug.get(slug) as number | undefined;
		return id === undefined ? null : this.location(id);
	}

	departments(locationId: number): DepartmentRecord[] {
		return this.setup(locationId)?.departments ?? [];
	}

	department(id: number): DepartmentRecord | null {
		const seen = this.locationOfDepartment.get(id);
		const cached = seen === undefined ? undefined : this.setup(seen)?.departmentById.get(id);
		if (cached) return cached;
		const locationId = this.q.locationOfDepartment.get(id) as number | undefined;
		return locationId === undefined
			? null
			: (this.setup(locationId)?.departmentById.get(id) ?? null);
	}

	services(locationId: number): ServiceRecord[] {
		return this.setup(locationId)?.services ?? [];
	}

	service(id: number): ServiceRecord | null {
		const seen = this.locationOfService.get(id);
		const cached = seen === undefined ? undefined : this.setup(seen)?.serviceById.get(id);
		if (cached) return cached;
		const locationId = this.q.locationOfService.get(id) as number | undefined;
		return locationId === undefined ? null : (this.setup(locationId)?.serviceById.get(id) ?? null);
	}

	/**
	 * A location's windows with the matters each serves: two queries, not one per window, since
	 * this runs for every snapshot and every issued ticket.
	 */
	windows(locationId: number): ServiceWindow[] {
		if (!this.location(locationId)) return [];
		// Inside a transaction the state may not be committed yet: read it, do not keep it (a
		// rollback would leave the cache holding what never was). A list kept from before is still
		// right there: saveWindowState drops it the moment this transaction changes a window, and
		// the set-up changes only in transactions of its own (`change`, which reads afresh). Every issued ticket asks
		// inside its transaction (no_window), so this spares it reading 50 windows.
		if (this.db.inTransaction) {
			const kept = this.changing ? undefined : this.windowLists.peek(locationId);
			return kept ?? this.readWindows(locationId);
		}
		return this.windowLists.get(locationId, () => this.readWindows(locationId)) ?? [];
	}

	private readWindows(locationId: number): ServiceWindow[] {
		const served = this.db.inTransaction
			? ((this.changing ? undefined : this.servedLists.peek(locationId)) ??
				this.readServed(locationId))
			: (this.servedLists.get(locationId, () => this.readServed(locationId)) ?? new Map());
		return (this.q.windows.all(locationId) as WindowRow[]).map((r) =>
			toWindow(r, served.get(r.id) ?? [])
		);
	}

	private readServed(locationId: number): Map<number, number[]> {
		const served = new Map<number, number[]>();
		for (const r of this.q.locationWindowServices.all(locationId) as {
			window_id: number;
			service_id: number;
		}[]) {
			const list = served.get(r.window_id);
			if (list) list.push(r.service_id);
			else served.set(r.window_id, [r.service_id]);
		}
		return served;
	}

	window(id: number): ServiceWindow | null {
		const row = this.q.window.get(id) as WindowRow | undefined;
		return row ? toWindow(row, this.q.windowServices.all(id) as number[]) : null;
	}

	/**
	 * A window's state as a queue command left it (queue/windows.ts, queue/lifecycle.ts): inside
	 * that command's transaction, with its events. The matters it serves are not touched.
	 */
	saveWindowState(w: ServiceWindow): void {
		this.windowLists.forget(w.locationId);
		this.q.saveWindowState.run({
			id: w.id,
			status: w.status,
			pauseReason: w.pauseReason,
			consecutivePriorityCalls: w.consecutivePriorityCalls,
			consultingSince: w.consultingSince
		});
	}

	/** Each matter's service-level target, which the cached set-up does not hold. */
	waitTargets(locationId: number): WaitTarget[] {
		return waitTargets(this.db, locationId);
	}

	private toLocation(r: LocationRow): LocationRecord {
		return toLocation(
			r,
			this.q.floors.all(r.id) as FloorRow[],
			this.q.calendarDays.all(r.id) as CalendarDayRow[]
		);
	}
}

/**
 * Each matter's service-level target at a location (migration 006). The reports read it over
 * whatever connection they have (stats/queries.ts), without the cached set-up.
 */
export function waitTargets(db: Db, locationId: number): WaitTarget[] {
	return db
		.prepare(
			`SELECT s.id AS serviceId, s.wait_target_minutes AS minutes, s.wait_target_share AS share
			 FROM services s JOIN departments d ON d.id = s.department_id WHERE d.location_id = ?`
		)
		.all(locationId) as WaitTarget[];
}
