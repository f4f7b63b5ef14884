import type { Db } from '../open';
import { DataVersion } from '../data-version';

/**
 * The most recent visits' lengths per matter (call → finish, ms), newest first, kept between
 * reads: every issued ticket's wait estimate (queue/estimate.ts) reads its matter's last visits,
 * and in a morning rush dozens of tickets are issued between two finishes. The list changes only
 * when a ticket is saved (a finish, or an undo of one), so any save on this connection drops
 * them all; a commit by another connection moves SQLite's data_version, which drops them too.
 * Inside a transaction they are read, not kept: a rollback would leave them holding what never was.
 */
export class RecentDurations {
	private readonly q;
	private readonly kept = new Map<number, number[]>();
	private version = -1;

	constructor(
		private readonly db: Db,
		private readonly dataVersion = new DataVersion(db)
	) {
		this.q = {
			recent: db
				.prepare(
					`SELECT finished_at - called_at FROM tickets
					 WHERE service_id = ? AND state = 'done' AND called_at IS NOT NULL
					 ORDER BY finished_at DESC LIMIT ?`
				)
				.pluck()
		};
	}

	/** The last `limit` visits of the matter; the same array for every caller until one changes. */
	of(serviceId: number, limit: number): readonly number[] {
		if (this.db.inTransaction) return this.q.recent.all(serviceId, limit) as number[];
		const version = this.dataVersion.get();
		if (version !== this.version) {
			this.kept.clear();
			this.version = version;
		}
		const key = serviceId * 1024 + limit;
		let list = this.kept.get(key);
		if (!list) {
			list = Object.freeze(this.q.recent.all(serviceId, limit) as number[]) as number[];
			this.kept.set(key, list);
		}
		return list;
	}

	/** A ticket was saved: a visit may have ended (or been undone). */
	forget(): void {
		this.kept.clear();
	}
}
