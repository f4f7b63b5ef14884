/**
 * Whether the database can take a write now, for the health check, without writing: the write
 * lock is taken (BEGIN IMMEDIATE) and given back at once. Another process holding it (a stuck
 * script, a copy tool), a read-only file or folder, and a closed connection all show here. The
 * wait for the lock is short, not the 5 s every command waits: a health check must answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BUSY_TIMEOUT_MS, type Db } from './open';

const PROBE_BUSY_MS = 250;

export interface DatabaseProbe {
	/** The write lock could be taken (no other process holds it, the file is not read-only). */
	writable: boolean;
	/** Why not, when it could not: `locked`, `read_only`, `closed`, or SQLite's error code. */
	problem: string | null;
	/** Free space on the database's disk, in bytes; null where the system does not say. */
	freeBytes: number | null;
}

export function probeDatabase(db: Db): DatabaseProbe {
	if (!db.open) return { writable: false, problem: 'closed', freeBytes: null };
	const file = db.memory ? null : db.name;
	const freeBytes = file ? freeSpace(path.dirname(file)) : null;
	if (db.readonly) return { writable: false, problem: 'read_only', freeBytes };
	if (file && !canWrite(file)) return { writable: false, problem: 'read_only', freeBytes };
	// Inside a transaction already (cannot be, between commands): taking the lock again would throw.
	if (db.inTransaction) return { writable: true, problem: null, freeBytes };
	db.pragma(`busy_timeout = ${PROBE_BUSY_MS}`);
	try {
		db.exec('BEGIN IMMEDIATE');
		db.exec('ROLLBACK');
		return { writable: true, problem: null, freeBytes };
	} catch (err) {
		const code = (err as { code?: string }).code ?? 'error';
		const problem = code === 'SQLITE_BUSY' ? 'locked' : code.toLowerCase();
		return { writable: false, problem, freeBytes };
	} finally {
		db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
	}
}

/** The file and its folder (where SQLite writes the WAL and its index). */
function canWrite(file: string): boolean {
	try {
		fs.accessSync(file, fs.constants.W_OK);
		fs.accessSync(path.dirname(file), fs.constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

function freeSpace(dir: string): number | null {
	try {
		const s = fs.statfsSync(dir);
		return s.bavail * s.bsize;
	} catch {
		return null;
	}
}
