/**
 * The one module that reads and writes `help_requests` and `help_settings` (migration 030): the
 * kiosks' calls for help, their acknowledgements, and which department each location alerts.
 */
import type { HelpRequest } from '../../queue';
import type { Db } from '../open';

interface Row {
	id: number;
	location_id: number;
	kiosk: string;
	place: string;
	department_id: number | null;
	requested_at: number;
	acknowledged_at: number | null;
	acknowledged_by: number | null;
}

const toRequest = (r: Row): HelpRequest => ({
	id: r.id,
	locationId: r.location_id,
	kiosk: r.kiosk,
	place: r.place,
	departmentId: r.department_id,
	requestedAt: r.requested_at,
	acknowledgedAt: r.acknowledged_at,
	acknowledgedBy: r.acknowledged_by
});

/** Time to acknowledge per department over a period (the manager's statistics). */
export interface HelpTimes {
	departmentId: number | null;
	requests: number;
	acknowledged: number;
	/** Milliseconds from the press to "Idę", each acknowledged request. */
	times: number[];
}

export class HelpRequestRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			recent: db.prepare(
				`SELECT * FROM help_requests WHERE location_id = ? AND kiosk = ? AND requested_at >= ?
				 ORDER BY requested_at DESC, id DESC LIMIT 20`
			),
			one: db.prepare('SELECT * FROM help_requests WHERE id = ?'),
			open: db.prepare(
				`SELECT * FROM help_requests WHERE location_id = ? AND acknowledged_at IS NULL
				 AND requested_at >= ? ORDER BY requested_at`
			),
			insert: db.prepare(
				`INSERT INTO help_requests (location_id, kiosk, place, department_id, requested_at)
				 VALUES (?, ?, ?, ?, ?)`
			),
			acknowledge: db.prepare(
				`UPDATE help_requests SET acknowledged_at = ?, acknowledged_by = ?
				 WHERE id = ? AND acknowledged_at IS NULL`
			),
			inPeriod: db.prepare(
				`SELECT * FROM help_requests WHERE location_id = ? AND requested_at >= ? AND requested_at < ?`
			),
			department: db
				.prepare('SELECT department_id FROM help_settings WHERE location_id = ?')
				.pluck(),
			setDepartment: db.prepare(
				`INSERT INTO help_settings (location_id, department_id) VALUES (?, ?)
				 ON CONFLICT (location_id) DO UPDATE SET department_id = excluded.department_id`
			),
			clearDepartment: db.prepare('DELETE FROM help_settings WHERE location_id = ?')
		};
	}

	/** A kiosk's requests made at or after `since`, newest first (a few: the rate limit's). */
	recent(locationId: number, kiosk: string, since: number): HelpRequest[] {
		return (this.q.recent.all(locationId, kiosk, since) as Row[]).map(toRequest);
	}

	byId(id: number): HelpRequest | null {
		const row = this.q.one.get(id) as Row | undefined;
		return row ? toRequest(row) : null;
	}

	/** A location's requests not yet acknowledged, made at or after `since`. */
	open(locationId: number, since: number): HelpRequest[] {
		return (this.q.open.all(locationId, since) as Row[]).map(toRequest);
	}

	insert(r: Omit<HelpRequest, 'id' | 'acknowledgedAt' | 'acknowledgedBy'>): number {
		return Number(
			this.q.insert.run(r.locationId, r.kiosk, r.place, r.departmentId, r.requestedAt)
				.lastInsertRowid
		);
	}

	/** Whether this call acknowledged it (false: someone else had already). */
	acknowledge(id: number, staffId: number, at: number): boolean {
		return this.q.acknowledge.run(at, staffId, id).changes === 1;
	}

	/** Every request of a location made in [from, to). */
	inPeriod(locationId: number, from: number, to: number): HelpRequest[] {
		return (this.q.inPeriod.all(locationId, from, to) as Row[]).map(toRequest);
	}

	/** The department a location's kiosks alert, if one was chosen (else the Kancelaria). */
	department(locationId: number): number | null {
		return (this.q.department.get(locationId) as number | undefined) ?? null;
	}

	setDepartment(locationId: number, departmentId: number | null): void {
		if (departmentId === null) this.q.clearDepartment.run(locationId);
		else this.q.setDepartment.run(locationId, departmentId);
	}
}
