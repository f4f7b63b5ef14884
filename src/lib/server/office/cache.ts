/**
 * The office's set-up kept in memory, per location: the one cache of the office's structure
 * (locations with their floors, departments, matters, windows and the matters each window
 * serves). OfficeRepository reads through it; nothing else caches the set-up.
 *
 * Why: every issued ticket reads the location, its floors, the matter, the department and the
 * location's windows with their matters; the set-up changes only when an administrator edits it,
 * so reading and mapping it anew from SQLite for each ticket would be wasted work.
 *
 * When an entry is dropped:
 * - `forget(locationId)`: a change of the set-up committed (OfficeRepository.change announces it
 *   through changes.ts, and the repository listens). A change that moved something between
 *   locations would have to announce both.
 * - A commit by any other connection to the database (the sqlite3 shell, another process, a
 *   test editing the file): SQLite's `PRAGMA data_version` moves, and everything is dropped
 *   (noticed from the next synchronous stretch of work on: the next request, timer or event).
 *   Commits on the server's own connection do not move it; those are the announced ones.
 * Entries are frozen: a caller that tried to change a cached record would throw, not corrupt
 * what the next request reads.
 */
export class OfficeCache<T> {
	private readonly entries = new Map<number, T>();
	private version: number;

	/** `dataVersion` reads `PRAGMA data_version` on the server's connection. */
	constructor(private readonly dataVersion: () => number) {
		this.version = dataVersion();
	}

	/** The location's entry, loaded (and frozen) on first use; `load` may return null (no such location). */
	get(locationId: number, load: () => T | null): T | null {
		this.dropIfChangedElsewhere();
		const cached = this.entries.get(locationId);
		if (cached !== undefined) return cached;
		const loaded = load();
		if (loaded !== null) this.entries.set(locationId, deepFreeze(loaded));
		return loaded;
	}

	/** The location's entry if one is kept, without loading it. */
	peek(locationId: number): T | undefined {
		this.dropIfChangedElsewhere();
		return this.entries.get(locationId);
	}

	forget(locationId: number): void {
		this.entries.delete(locationId);
	}

	private dropIfChangedElsewhere(): void {
		const version = this.dataVersion();
		if (version !== this.version) {
			this.version = version;
			this.entries.clear();
		}
	}
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		if (value instanceof Map) {
			for (const v of value.values()) deepFreeze(v);
		} else {
			for (const v of Object.values(value)) deepFreeze(v);
		}
	}
	return value;
}
