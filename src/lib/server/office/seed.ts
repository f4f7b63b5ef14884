/**
 * A whole office written at once, when a database is created (demo/seed.ts) or a test or benchmark
 * builds its own: one bulk insert, not one administration change per row, since no running app
 * has the database open yet and there is nobody to tell. (An app that had it open through another
 * connection would notice the commit by itself: cache.ts.) Afterwards every change of the set-up
 * goes through OfficeRepository.change.
 */
import type { DepartmentKind, LocationMode, WindowStatus } from '$lib/shared/vocabulary';
import type { Db } from '../db/open';

/** A matter as a seed names it (`code` links it to windows). */
export interface ServiceSeed {
	code: string;
	pl: string;
	en: string;
	prefix?: string;
	featured?: boolean;
	lateAcceptance?: Record<string, string>;
	availableWhenLimited?: boolean;
	idRequired?: boolean;
	priorityAllowed?: boolean;
	onlineUrl?: string;
}

export interface DepartmentSeed {
	key: string;
	kind: DepartmentKind;
	pl: string;
	en: string;
	prefix: string;
	note?: { pl: string; en: string };
	services: ServiceSeed[];
}

/** A whole office to create at once: the demo office, or a small one made by a test. */
export interface OfficeSeed {
	location: {
		slug: string;
		name: string;
		address?: string;
		timeZone?: string;
		week: Record<string, { opens: string; closes: string }>;
		cutoffMinutes?: number;
		hoursEnforced?: boolean;
		mode?: LocationMode;
		fairnessCap?: number;
		contactPhone?: string;
		contactEmail?: string;
		eServicesUrl?: string;
	};
	floors: { floor: number; pl: string; en: string; hex: string }[];
	departments: DepartmentSeed[];
	windows: {
		label: string;
		room: string;
		services: string[];
		status?: WindowStatus;
	}[];
}

/** Insert an office in one transaction. Service codes link windows to services. */
export function seedOffice(db: Db, office: OfficeSeed): { locationId: number } {
	return db.transaction(() => {
		const l = office.location;
		const locationId = Number(
			db
				.prepare(
					`INSERT INTO locations (slug, name, address, time_zone, week_json, cutoff_minutes,
					 hours_enforced, mode, fairness_cap, contact_phone, contact_email, eservices_url)
					 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
				)
				.run(
					l.slug,
					l.name,
					l.address ?? '',
					l.timeZone ?? 'Europe/Warsaw',
					JSON.stringify(l.week),
					l.cutoffMinutes ?? 15,
					l.hoursEnforced === false ? 0 : 1,
					l.mode ?? 'normal',
					l.fairnessCap ?? 3,
					l.contactPhone ?? '',
					l.contactEmail ?? '',
					l.eServicesUrl ?? ''
				).lastInsertRowid
		);
		const floor = db.prepare(
			'INSERT INTO floors (location_id, floor, colour_pl, colour_en, hex) VALUES (?, ?, ?, ?, ?)'
		);
		for (const f of office.floors) floor.run(locationId, f.floor, f.pl, f.en, f.hex);

		const dept = db.prepare(
			`INSERT INTO departments (location_id, kind, name_pl, name_en, note_pl, note_en, prefix, sort)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const svc = db.prepare(
			`INSERT INTO services (department_id, code, name_pl, name_en, prefix, priority_allowed,
			 id_required, online_url, featured, late_acceptance_json, available_when_limited, sort)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const serviceIds = new Map<string, number>();
		office.departments.forEach((d, di) => {
			const departmentId = Number(
				dept.run(
					locationId,
					d.kind,
					d.pl,
					d.en,
					d.note?.pl ?? null,
					d.note?.en ?? null,
					d.prefix,
					di
				).lastInsertRowid
			);
			d.services.forEach((s, si) => {
				const id = svc.run(
					departmentId,
					s.code,
					s.pl,
					s.en,
					s.prefix ?? null,
					s.priorityAllowed === false ? 0 : 1,
					s.idRequired ? 1 : 0,
					s.onlineUrl ?? null,
					s.featured ? 1 : 0,
					JSON.stringify(s.lateAcceptance ?? {}),
					s.availableWhenLimited ? 1 : 0,
					si
				).lastInsertRowid;
				serviceIds.set(s.code, Number(id));
			});
		});

		const win = db.prepare(
			'INSERT INTO windows (location_id, label, room, status, sort) VALUES (?, ?, ?, ?, ?)'
		);
		const link = db.prepare('INSERT INTO window_services (window_id, service_id) VALUES (?, ?)');
		office.windows.forEach((w, wi) => {
			const windowId = win.run(locationId, w.label, w.room, w.status ?? 'open', wi).lastInsertRowid;
			for (const code of w.services) {
				const serviceId = serviceIds.get(code);
				if (serviceId === undefined) throw new Error(`window ${w.label}: unknown service ${code}`);
				link.run(windowId, serviceId);
			}
		});
		return { locationId };
	})();
}

/** Whether the database holds an office yet (a new database holds none). */
export function hasOffice(db: Db): boolean {
	return db.prepare('SELECT count(*) FROM locations').pluck().get() !== 0;
}
