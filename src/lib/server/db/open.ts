import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupBeforeMigrating, readBackupConfig } from './backup';
import { migrate, pendingMigrations } from './migrate';
import { log } from '../log';

export type Db = Database.Database;

export interface OpenOptions {
	/** Where the backup before migrating goes; default OKIENKO_BACKUP_DIR (./data/backups). */
	backupDir?: string;
}

/** How long a command waits for another connection's write lock before it fails. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Open (creating if needed) the database file and bring its schema up to date.
 * WAL lets boards read while a clerk writes; synchronous=FULL fsyncs the WAL before a commit
 * returns, so every acknowledged ticket survives a power cut, not only a crash.
 * An upgrade must never be the moment data is lost: before migrations change an existing
 * database it is backed up (backup.ts, backupBeforeMigrating), and if that fails nothing is
 * migrated and opening fails.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = FULL');
	db.pragma('foreign_keys = ON');
	db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
	const { existing, pending } = pendingMigrations(db);
	if (existing && pending.length > 0 && !db.memory) {
		const versions = pending.map((m) => String(m.version).padStart(3, '0')).join(', ');
		const dir = options.backupDir ?? readBackupConfig().dir;
		log.info(`migrations ${versions} to apply: backing the database up first`);
		const started = performance.now();
		let backup: string;
		try {
			backup = backupBeforeMigrating(db, dir, pending[0]!.version);
		} catch (err) {
			db.close();
			throw new Error(
				`could not back the database up into ${dir} before migrating it, so it was left as it was (free space there, or set OKIENKO_BACKUP_DIR)`,
				{ cause: err }
			);
		}
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		log.info(`backed up to ${backup} in ${seconds} s before migrating`);
	}
	migrate(db);
	return db;
}
