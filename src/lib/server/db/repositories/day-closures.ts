import type { Db } from '../open';

/** One closing of an office day at a location (table day_closures, migration 017). */
export interface DayClosure {
	locationId: number;
	day: string;
	closedAt: number;
	/** Who closed it by hand; null when the server closed it at closing time. */
	staffId: number | null;
	closedTickets: number;
}

/** The one module that reads and writes day_closures. */
export class DayClosures {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			insert: db.prepare(
				`INSERT INTO day_closures (location_id, day, closed_at, staff_id, closed_tickets)
				 VALUES (@locationId, @day, @closedAt, @staffId, @closedTickets)
				 ON CONFLICT DO UPDATE SET closed_tickets = closed_tickets + excluded.closed_tickets`
			),
			latest: db
				.prepare('SELECT max(closed_at) FROM day_closures WHERE location_id = ? AND day = ?')
				.pluck()
		};
	}

	record(closure: DayClosure): void {
		this.q.insert.run(closure);
	}

	/** When the office day was last closed at the location, or null if it has not been. */
	latest(locationId: number, day: string): number | null {
		return (this.q.latest.get(locationId, day) as number | null | undefined) ?? null;
	}
}
