import type Database from 'better-sqlite3';

/**
 * Versioned migrations: src/lib/server/db/migrations/NNN_name.sql, applied in order at start-up,
 * each in its own transaction, recorded in schema_migrations. Vite bundles the files as text.
 */
const files = import.meta.glob('./migrations/*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: Migration[] = Object.entries(files)
	.map(([file, sql]) => {
		const match = /(\d+)_([\w-]+)\.sql$/.exec(file);
		if (!match) throw new Error(`migration file name must be NNN_name.sql: ${file}`);
		return { version: Number(match[1]), name: match[2]!, sql };
	})
	.sort((a, b) => a.version - b.version);

/** Two files with one version number would leave one of them silently unapplied. */
export function assertDistinctVersions(migrations: Migration[]): void {
	const seen = new Map<number, string>();
	for (const m of migrations) {
		const other = seen.get(m.version);
		if (other) throw new Error(`migrations ${other} and ${m.name} share version ${m.version}`);
		seen.set(m.version, m.name);
	}
}
assertDistinctVersions(MIGRATIONS);

/**
 * The migrations not yet applied to `db`, and whether it is an existing database (one with
 * migrations already applied) rather than a new, empty one.
 */
export function pendingMigrations(
	db: Database.Database,
	migrations: Migration[] = MIGRATIONS
): { existing: boolean; pending: Migration[] } {
	const table = db
		.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
		.get();
	if (!table) return { existing: false, pending: migrations };
	const applied = new Set(
		db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]
	);
	return { existing: applied.size > 0, pending: migrations.filter((m) => !applied.has(m.version)) };
}

export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number[] {
	db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
	const done: number[] = [];
	for (const m of pendingMigrations(db, migrations).pending) {
		db.transaction(() => {
			db.exec(m.sql);
			db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
				m.version,
				m.name,
				Date.now()
			);
		})();
		done.push(m.version);
	}
	return done;
}
