/**
 * The one module that reads and writes `idle_episodes` (migration 030): spells of an open window
 * with no client while a ticket it could call waited past its target (SR-03).
 */
import type { Db } from '../open';

export interface IdleEpisode {
	id: number;
	windowId: number;
	locationId: number;
	startedAt: number;
	endedAt: number | null;
}

interface Row {
	id: number;
	window_id: number;
	location_id: number;
	started_at: number;
	ended_at: number | null;
}

const toEpisode = (r: Row): IdleEpisode => ({
	id: r.id,
	windowId: r.window_id,
	locationId: r.location_id,
	startedAt: r.started_at,
	endedAt: r.ended_at
});

export class IdleEpisodeRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			open: db.prepare(
				`SELECT e.* FROM idle_episodes e JOIN windows w ON w.id = e.window_id
				 WHERE e.ended_at IS NULL AND w.location_id = ?`
			),
			start: db.prepare(
				'INSERT INTO idle_episodes (window_id, location_id, started_at) VALUES (?, ?, ?)'
			),
			end: db.prepare('UPDATE idle_episodes SET ended_at = ? WHERE id = ? AND ended_at IS NULL'),
			// Episodes overlapping [from, to), cut to it when summed (an open one runs until `now`).
			overlapping: db.prepare(
				`SELECT * FROM idle_episodes WHERE location_id = ? AND started_at < ?
				 AND (ended_at IS NULL OR ended_at > ?)`
			)
		};
	}

	/** The episodes still running at a location's windows, by window. */
	open(locationId: number): Map<number, IdleEpisode> {
		const rows = this.q.open.all(locationId) as Row[];
		return new Map(rows.map((r) => [r.window_id, toEpisode(r)]));
	}

	start(windowId: number, locationId: number, at: number): number {
		return Number(this.q.start.run(windowId, locationId, at).lastInsertRowid);
	}

	end(id: number, at: number): void {
		this.q.end.run(at, id);
	}

	/** Every episode of a location overlapping [from, to). */
	overlapping(locationId: number, from: number, to: number): IdleEpisode[] {
		return (this.q.overlapping.all(locationId, to, from) as Row[]).map(toEpisode);
	}
}
