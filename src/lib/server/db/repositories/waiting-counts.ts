import type { Db } from '../open';
import { PRIORITY_GROUPS } from '$lib/shared/vocabulary';
import type { Ticket } from '../../queue';
import { DataVersion } from '../data-version';

/** How many tickets of one matter wait, normal and out of turn. */
export interface WaitingOfMatter {
	normal: number;
	priority: number;
}

/**
 * How many tickets wait, per location, matter and class (priority or not), kept by SQLite itself
 * in a TEMP table that TEMP triggers on `tickets` update with every insert, update and delete on
 * this connection, in the same transaction (a rolled-back savepoint takes its counts back with
 * it). TEMP: nothing is written to the database file or its WAL, so it costs no fsync; it is
 * rebuilt from the tickets when the server starts and when another connection commits (SQLite's
 * data_version), whose changes the triggers do not see.
 *
 * Why: counting "people ahead" of a new ticket from the index reads one index entry per waiting
 * ticket of the matter, so each issued ticket would cost more the longer the queue. Here it is
 * these counts less the few tickets behind it, whatever the queue's length.
 */
export class WaitingCounts {
	private readonly q;
	private version = -1;

	constructor(
		private readonly db: Db,
		private readonly dataVersion = new DataVersion(db)
	) {
		db.exec(`
			CREATE TEMP TABLE IF NOT EXISTS waiting_counts (
				location_id INTEGER NOT NULL, service_id INTEGER NOT NULL, priority INTEGER NOT NULL,
				count INTEGER NOT NULL, PRIMARY KEY (location_id, service_id, priority)) WITHOUT ROWID;
			CREATE TEMP TRIGGER IF NOT EXISTS waiting_counts_insert AFTER INSERT ON main.tickets
			WHEN NEW.state = 'waiting' BEGIN
				INSERT INTO waiting_counts VALUES (NEW.location_id, NEW.service_id, NEW.priority IS NOT NULL, 1)
				ON CONFLICT DO UPDATE SET count = count + 1;
			END;
			CREATE TEMP TRIGGER IF NOT EXISTS waiting_counts_delete AFTER DELETE ON main.tickets
			WHEN OLD.state = 'waiting' BEGIN
				UPDATE waiting_counts SET count = count - 1 WHERE location_id = OLD.location_id
				AND service_id = OLD.service_id AND priority = (OLD.priority IS NOT NULL);
			END;
			CREATE TEMP TRIGGER IF NOT EXISTS waiting_counts_update
			AFTER UPDATE OF state, location_id, service_id, priority ON main.tickets
			WHEN OLD.state = 'waiting' OR NEW.state = 'waiting' BEGIN
				UPDATE waiting_counts SET count = count - 1 WHERE OLD.state = 'waiting'
				AND location_id = OLD.location_id AND service_id = OLD.service_id
				AND priority = (OLD.priority IS NOT NULL);
				INSERT INTO waiting_counts
				SELECT NEW.location_id, NEW.service_id, NEW.priority IS NOT NULL, 1 WHERE NEW.state = 'waiting'
				ON CONFLICT DO UPDATE SET count = count + 1;
			END;`);
		const groups = PRIORITY_GROUPS.map((g) => `'${g}'`).join(', ');
		this.q = {
			clear: db.prepare('DELETE FROM waiting_counts'),
			fill: db.prepare(
				`INSERT INTO waiting_counts SELECT location_id, service_id, priority IS NOT NULL, count(*)
				 FROM tickets WHERE state = 'waiting' GROUP BY 1, 2, 3`
			),
			ofLocation: db
				.prepare(
					'SELECT service_id, priority, count FROM waiting_counts WHERE location_id = ? AND count > 0'
				)
				.raw(),
			/** Waiting tickets of the class counted ahead: priority ones, and normal ones for a normal ticket. */
			classesAhead: db
				.prepare(
					`SELECT coalesce(sum(count), 0) FROM waiting_counts
					 WHERE location_id = ? AND service_id = ? AND priority >= ?`
				)
				.pluck(),
			// Index range from the ticket's issue time on (tickets_waiting_service): the tickets of
			// its class behind it, few for a new ticket (those issued after it in its batch).
			behindNormal: db
				.prepare(
					`SELECT count(*) FROM tickets WHERE location_id = @locationId AND state = 'waiting'
					 AND service_id = @serviceId AND priority IS NULL AND issued_at >= @issuedAt
					 AND (issued_at > @issuedAt OR id > @id)`
				)
				.pluck(),
			behindPriority: db
				.prepare(
					`SELECT count(*) FROM tickets WHERE location_id = @locationId AND state = 'waiting'
					 AND service_id = @serviceId AND priority IN (${groups}) AND issued_at >= @issuedAt
					 AND (issued_at > @issuedAt OR id > @id)`
				)
				.pluck()
		};
	}

	/**
	 * The people ahead of a waiting ticket (queue/ordering.ts `peopleAhead`), or null if it is not
	 * waiting: everyone waiting for its matter in its class and, for a normal ticket, the priority
	 * class, less itself and those of its class behind it.
	 */
	ahead(t: Ticket): number | null {
		if (t.state !== 'waiting') return null;
		this.refreshIfChangedElsewhere();
		const normal = t.priority === null;
		const inClasses = this.q.classesAhead.get(t.locationId, t.serviceId, normal ? 0 : 1) as number;
		const behind = (normal ? this.q.behindNormal : this.q.behindPriority).get({
			locationId: t.locationId,
			serviceId: t.serviceId,
			issuedAt: t.issuedAt,
			id: t.id
		}) as number;
		return inClasses - 1 - behind;
	}

	/** How many wait at a location, per matter, normal and out of turn (priority). */
	perService(locationId: number): Map<number, WaitingOfMatter> {
		this.refreshIfChangedElsewhere();
		const counts = new Map<number, WaitingOfMatter>();
		for (const [serviceId, priority, count] of this.q.ofLocation.all(locationId) as [
			number,
			number,
			number
		][]) {
			const c = counts.get(serviceId) ?? { normal: 0, priority: 0 };
			if (priority) c.priority = count;
			else c.normal = count;
			counts.set(serviceId, c);
		}
		return counts;
	}

	private refreshIfChangedElsewhere(): void {
		const version = this.dataVersion.get();
		if (version === this.version) return;
		this.db.transaction(() => {
			this.q.clear.run();
			this.q.fill.run();
		})();
		this.version = version;
	}
}
