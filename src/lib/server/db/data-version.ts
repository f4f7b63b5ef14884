import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/**
 * SQLite's `PRAGMA data_version` on the server's connection: it moves when another connection
 * commits to the file. The caches of what the server reads (waiting-counts.ts,
 * recent-durations.ts) check it before each read, to see changes their triggers and hooks do not.
 *
 * `once` lets one synchronous read that consults several of them (a ticket's people ahead, the
 * queues' lengths and the recent visits of its wait estimate) check it once: each check is a
 * statement of its own, and an issued ticket's answer made three. Nothing can commit in the middle
 * of synchronous work on this connection's thread, so one look serves the whole read; the next
 * read looks again.
 */
export class DataVersion {
	private readonly q: Statement;
	private held: number | null = null;

	constructor(db: Db) {
		this.q = db.prepare('PRAGMA data_version').pluck();
	}

	get(): number {
		return this.held ?? (this.q.get() as number);
	}

	/** Runs `read` with data_version looked up once for all of it. */
	once<T>(read: () => T): T {
		if (this.held !== null) return read();
		this.held = this.q.get() as number;
		try {
			return read();
		} finally {
			this.held = null;
		}
	}
}
