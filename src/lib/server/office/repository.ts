import type { Db } from '../db/open';
import type {
	Department,
	OpeningHours,
	OrderingPolicy,
	Service,
	LocationMode,
	ServiceWindow,
	WindowStatus
} from '../queue';
import type { FloorDto, Localized } from '$lib/shared/dto';
import type { DepartmentKind } from '$lib/shared/vocabulary';
import { OfficeCache } from './cache';

/** Rows of the office model, read with the names the rest of the server uses. */
export interface LocationRecord {
	id: number;
	slug: string;
	name: string;
	address: string;
	hours: OpeningHours;
	policy: OrderingPolicy;
	contact: { phone: string; email: string; eServicesUrl: string };
	floors: FloorDto[];
}

export interface DepartmentRecord extends Department {
	kind: DepartmentKind;
	name: Localized;
	note: Localized | null;
	sort: number;
}

export interface ServiceRecord extends Service {
	code: string | null;
	name: Localized;
	idRequired: boolean;
	onlineUrl: string | null;
	featured: boolean;
	sort: number;
	active: boolean;
}

interface LocationRow {
	id: number;
	slug: string;
	name: string;
	address: string;
	time_zone: string;
	week_json: string;
	cutoff_minutes: number;
	hours_enforced: number;
	mode: LocationMode;
	fairness_cap: number;
	contact_phone: string;
	contact_email: string;
	eservices_url: string;
}

/** A location's set-up as the cache holds it (cache.ts). */
interface LocationSetup {
	location: LocationRecord;
	departments: DepartmentRecord[];
	services: ServiceRecord[];
	departmentById: Map<number, DepartmentRecord>;
	serviceById: Map<number, ServiceRecord>;
}

/**
 * The office model. Reads of the set-up go through three caches (cache.ts): the structure,
 * the windows with their state, and which matters each window serves. A window's state (open,
 * paused, closed) changes with a clerk's pause or resume, always through saveWindow, which drops
 * that location's window list (not the matters, which only administration changes).
 */
export class OfficeRepository {
	private readonly q;
	private readonly setups: OfficeCache<LocationSetup>;
	private readonly windowLists: OfficeCache<ServiceWindow[]>;
	/**
	 * Which matters each window of a location serves: set-up only, so unlike the window list it
	 * outlives a clerk's call (saveWindow), which made every snapshot read it again (hundreds of
	 * rows in an office of 50 windows; docs/benchmarks.md, figure 1).
	 */
	private readonly servedLists: OfficeCache<Map<number, number[]>>;
	/** Which location a matter or department was last seen in, to find its cached set-up. */
	private readonly locationOfService = new Map<number, number>();
	private readonly locationOfDepartment = new Map<number, number>();

	constructor(private readonly db: Db) {
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
			departments: db.prepare('SELECT * FROM departments WHERE location_id = ? ORDER BY sort, id'),
			services: db.prepare(
				`SELECT s.* FROM services s JOIN departments d ON d.id = s.department_id
				 WHERE d.location_id = ? ORDER BY d.sort, d.id, s.sort, s.id`
			),
			windows: db.prepare('SELECT * FROM windows WHERE location_id = ? ORDER BY sort, id'),
			window: db.prepare('SELECT * FROM windows WHERE id = ?'),
			windowServices: db.prepare(
				'SELECT service_id FROM window_services WHERE window_id = ? ORDER BY service_id'
			),
			locationWindowServices: db.prepare(
				`SELECT ws.window_id, ws.service_id FROM window_services ws
				 JOIN windows w ON w.id = ws.window_id WHERE w.location_id = ?
				 ORDER BY ws.window_id, ws.service_id`
			),
			saveWindow: db.prepare(
				`UPDATE windows SET status = @status, pause_reason = @pauseReason,
				 consecutive_priority_calls = @consecutivePriorityCalls WHERE id = @id`
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
	}

	/** Administration committed a change to this location's set-up (app.officeChanges). */
	forget(locationId: number): void {
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
	 * A location's windows with the matters each serves: two queries, not one per window (the
	 * benchmarks, docs/benchmarks.md, found the per-window query among the costs of every
	 * snapshot and every issued ticket in an office of 50 windows).
	 */
	windows(locationId: number): ServiceWindow[] {
		if (!this.location(locationId)) return [];
		// Inside a transaction the state may not be committed yet: read it, do not keep it.
		if (this.db.inTransaction) return this.readWindows(locationId);
		return this.windowLists.get(locationId, () => this.readWindows(locationId)) ?? [];
	}

	private readWindows(locationId: number): ServiceWindow[] {
		const served = this.db.inTransaction
			? this.readServed(locationId)
			: (this.servedLists.get(locationId, () => this.readServed(locationId)) ?? new Map());
		return (this.q.windows.all(locationId) as WindowRow[]).map((r) =>
			this.toWindow(r, served.get(r.id) ?? [])
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
		return row ? this.toWindow(row) : null;
	}

	saveWindow(w: ServiceWindow): void {
		this.windowLists.forget(w.locationId);
		this.q.saveWindow.run({
			id: w.id,
			status: w.status,
			pauseReason: w.pauseReason,
			consecutivePriorityCalls: w.consecutivePriorityCalls
		});
	}

	private toLocation(r: LocationRow): LocationRecord {
		const floors = (this.q.floors.all(r.id) as FloorRow[]).map((f) => ({
			floor: f.floor,
			colour: { pl: f.colour_pl, en: f.colour_en },
			hex: f.hex
		}));
		return {
			id: r.id,
			slug: r.slug,
			name: r.name,
			address: r.address,
			hours: {
				timeZone: r.time_zone,
				week: JSON.parse(r.week_json),
				cutoffMinutes: r.cutoff_minutes,
				mode: r.mode,
				enforced: r.hours_enforced === 1
			},
			policy: { fairnessCap: r.fairness_cap },
			contact: { phone: r.contact_phone, email: r.contact_email, eServicesUrl: r.eservices_url },
			floors
		};
	}

	private toWindow(r: WindowRow, serviceIds?: number[]): ServiceWindow {
		return {
			id: r.id,
			locationId: r.location_id,
			label: r.label,
			room: r.room,
			status: r.status,
			pauseReason: r.pause_reason,
			consecutivePriorityCalls: r.consecutive_priority_calls,
			serviceIds: serviceIds ?? (this.q.windowServices.pluck().all(r.id) as number[])
		};
	}
}

interface FloorRow {
	floor: number;
	colour_pl: string;
	colour_en: string;
	hex: string;
}

interface DepartmentRow {
	id: number;
	location_id: number;
	kind: DepartmentRecord['kind'];
	name_pl: string;
	name_en: string;
	note_pl: string | null;
	note_en: string | null;
	prefix: string;
	sort: number;
}

function toDepartment(r: DepartmentRow): DepartmentRecord {
	return {
		id: r.id,
		locationId: r.location_id,
		kind: r.kind,
		name: { pl: r.name_pl, en: r.name_en },
		note: r.note_pl ? { pl: r.note_pl, en: r.note_en ?? r.note_pl } : null,
		prefix: r.prefix,
		sort: r.sort
	};
}

interface ServiceRow {
	id: number;
	department_id: number;
	code: string | null;
	name_pl: string;
	name_en: string;
	prefix: string | null;
	priority_allowed: number;
	id_required: number;
	online_url: string | null;
	featured: number;
	late_acceptance_json: string;
	available_when_limited: number;
	default_service_minutes: number;
	sort: number;
	active: number;
}

function toService(r: ServiceRow): ServiceRecord {
	return {
		id: r.id,
		departmentId: r.department_id,
		code: r.code,
		name: { pl: r.name_pl, en: r.name_en },
		prefix: r.prefix,
		priorityAllowed: r.priority_allowed === 1,
		idRequired: r.id_required === 1,
		onlineUrl: r.online_url,
		featured: r.featured === 1,
		lateAcceptance: JSON.parse(r.late_acceptance_json),
		availableWhenLimited: r.available_when_limited === 1,
		defaultServiceMinutes: r.default_service_minutes,
		sort: r.sort,
		active: r.active === 1
	};
}

interface WindowRow {
	id: number;
	location_id: number;
	label: string;
	room: string;
	status: WindowStatus;
	pause_reason: string | null;
	consecutive_priority_calls: number;
}
