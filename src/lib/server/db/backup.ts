/**
 * Online backups while the server runs: on a schedule, and (backupBeforeMigrating) before a
 * migration changes an existing database. Names, pruning and the copy are in backup-core.js,
 * shared with `npm run backup` (scripts/backup.mjs). Files are named with their UTC time
 * (okienko-YYYY-MM-DDTHH-MM-SSZ.sqlite, so they sort by age), written under a temporary name and
 * renamed when complete, and only the newest `keep` are kept. Restoring is copying one back
 * (README, "Operations: backups").
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	BACKUP_PATTERN,
	backupDatabase,
	claimBackupPath,
	PRE_MIGRATION_KEEP,
	PRE_MIGRATION_PATTERN,
	prune,
	type BackupConfig
} from './backup-core.js';
import type { Db } from './open';
import { log } from '../log';

export {
	BACKUP_PATTERN,
	PRE_MIGRATION_PATTERN,
	prune,
	readBackupConfig,
	type BackupConfig
} from './backup-core.js';

/**
 * Back up now; resolves with the new file's path, once it is complete, and how long it took (ms).
 * The copy reads a fixed snapshot through a connection of its own (backup-core.js), 100 pages
 * (400 KB) per turn of the event loop, so requests are served between the steps.
 */
export async function backupNow(
	db: Db,
	config: Pick<BackupConfig, 'dir' | 'keep'>
): Promise<{ file: string; ms: number }> {
	if (db.memory || !db.name) throw new Error('an in-memory database cannot be backed up');
	return backupDatabase(db.name, config, { pagesPerStep: 100 });
}

/**
 * Before migrations change an existing database: a copy of it as it is, with `VACUUM INTO`
 * (synchronous, like the start-up it belongs to; one read transaction, so a consistent copy),
 * named okienko-…Z-before-migration-NNN.sqlite with NNN the first migration to be applied.
 * Only the newest PRE_MIGRATION_KEEP of these are kept; the scheduled backups leave them alone.
 * Throws if the copy fails: then nothing is migrated.
 */
export function backupBeforeMigrating(db: Db, dir: string, firstVersion: number): string {
	const tail = `-before-migration-${String(firstVersion).padStart(3, '0')}`;
	const { file, partial } = claimBackupPath(dir, new Date(), tail);
	try {
		db.prepare('VACUUM INTO ?').run(partial); // into the empty file claimed for it
		fs.renameSync(partial, file);
	} finally {
		fs.rmSync(partial, { force: true });
	}
	prune(dir, PRE_MIGRATION_KEEP, PRE_MIGRATION_PATTERN);
	return file;
}

/**
 * When the newest backup in `dir` was written (epoch ms), scheduled, by `npm run backup` or
 * before a migration; null when there is none (or no folder yet). For the health check and
 * /metrics: one directory listing and a stat, when asked.
 */
export function newestBackupAt(dir: string): number | null {
	let names: string[];
	try {
		names = fs.readdirSync(dir);
	} catch {
		return null;
	}
	const backups = names.filter((n) => BACKUP_PATTERN.test(n) || PRE_MIGRATION_PATTERN.test(n));
	let newest: number | null = null;
	for (const name of backups) {
		try {
			const at = fs.statSync(path.join(dir, name)).mtimeMs;
			if (newest === null || at > newest) newest = at;
		} catch {
			// Pruned between the listing and the stat.
		}
	}
	return newest;
}

/** Back up every `everyMinutes`; returns the function that stops the schedule. */
export function scheduleBackups(db: Db, config: BackupConfig): () => void {
	if (config.everyMinutes <= 0 || !db.name || db.memory) return () => {};
	let running = false;
	const timer = setInterval(() => {
		if (running || !db.open) return;
		running = true;
		backupNow(db, config)
			.then(({ file, ms }) => log.info(`backed up to ${file} in ${(ms / 1000).toFixed(1)} s`))
			.catch((err) => log.error({ err }, 'backup failed'))
			.finally(() => (running = false));
	}, config.everyMinutes * 60_000);
	timer.unref();
	return () => clearInterval(timer);
}
