/**
 * Online backups while the server runs, on a schedule. Names, pruning and the copy are in
 * backup-core.js, shared with `npm run backup` (scripts/backup.mjs). Files are named with their UTC time
 * (okienko-YYYY-MM-DDTHH-MM-SSZ.sqlite, so they sort by age), written under a temporary name and
 * renamed when complete, and only the newest `keep` are kept. Restoring is copying one back
 * (README, "Operations: backups").
 */
import { backupDatabase, type BackupConfig } from './backup-core.js';
import type { Db } from './open';

export {
	BACKUP_PATTERN,
	backupName,
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

/** Back up every `everyMinutes`; returns the function that stops the schedule. */
export function scheduleBackups(db: Db, config: BackupConfig): () => void {
	if (config.everyMinutes <= 0 || !db.name || db.memory) return () => {};
	let running = false;
	const timer = setInterval(() => {
		if (running || !db.open) return;
		running = true;
		backupNow(db, config)
			.then(({ file, ms }) =>
				console.log(`[okienko] backed up to ${file} in ${(ms / 1000).toFixed(1)} s`)
			)
			.catch((err) => console.error('[okienko] backup failed', err))
			.finally(() => (running = false));
	}, config.everyMinutes * 60_000);
	timer.unref();
	return () => clearInterval(timer);
}
