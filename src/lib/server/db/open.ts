import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * Open (creating if needed) the database file and bring its schema up to date.
 * WAL lets boards read while a clerk writes; synchronous=FULL makes every acknowledged ticket
 * survive a power cut, not only a crash (see docs/benchmarks.md once measured).
 */
export function openDatabase(file: string): Db {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = FULL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	migrate(db);
	return db;
}
