/**
 * Online backups: SQLite's backup API (better-sqlite3's `db.backup`) copies a consistent snapshot
 * of the live database while the server keeps serving. Files are named with their UTC time
 * (okienko-YYYY-MM-DDTHH-MM-SSZ.sqlite, so they sort by age), written under a temporary name and
 * renamed when complete, and only the newest `keep` are kept. `npm run backup`
 * (scripts/backup.mjs) makes the same files on demand; restoring is copying one back (README,
 * "Operations: backups").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';

export interface BackupConfig {
	/** Folder for the backup files; created if missing. */
	dir: string;
	/** Minutes between scheduled backups; 0 turns the schedule off. */
	everyMinutes: number;
	/** How many of the newest backups to keep. */
	keep: number;
}

export const BACKUP_PATTERN = /^okienko-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(-\d+)?Z\.sqlite$/;

export function readBackupConfig(env: NodeJS.ProcessEnv = process.env): BackupConfig {
	const every = Number(env.OKIENKO_BACKUP_EVERY_MINUTES ?? 60);
	const keep = Number(env.OKIENKO_BACKUP_KEEP ?? 24);
	return {
		dir: path.resolve(env.OKIENKO_BACKUP_DIR || path.join('data', 'backups')),
		everyMinutes: Number.isFinite(every) && every > 0 ? every : 0,
		keep: Number.isInteger(keep) && keep > 0 ? keep : 24
	};
}

/** The file name for a backup taken at `at`. */
export function backupName(at: Date): string {
	return `okienko-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.sqlite`;
}

/** Back up now; resolves with the new file's path once it is complete. */
export async function backupNow(
	db: Db,
	config: Pick<BackupConfig, 'dir' | 'keep'>
): Promise<string> {
	fs.mkdirSync(config.dir, { recursive: true });
	let file = path.join(config.dir, backupName(new Date()));
	for (let n = 1; fs.existsSync(file); n++) {
		file = path.join(config.dir, backupName(new Date()).replace('Z.sqlite', `-${n}Z.sqlite`));
	}
	const partial = `${file}.partial`;
	try {
		await db.backup(partial);
		fs.renameSync(partial, file);
	} finally {
		fs.rmSync(partial, { force: true });
	}
	prune(config.dir, config.keep);
	return file;
}

/** Delete all but the newest `keep` backups (by name, which is by time). */
export function prune(dir: string, keep: number): void {
	const files = fs
		.readdirSync(dir)
		.filter((f) => BACKUP_PATTERN.test(f))
		.sort();
	for (const f of files.slice(0, Math.max(0, files.length - keep))) {
		fs.rmSync(path.join(dir, f), { force: true });
	}
}

/** Back up every `everyMinutes`; returns the function that stops the schedule. */
export function scheduleBackups(db: Db, config: BackupConfig): () => void {
	if (config.everyMinutes <= 0 || !db.name || db.memory) return () => {};
	let running = false;
	const timer = setInterval(() => {
		if (running || !db.open) return;
		running = true;
		backupNow(db, config)
			.then((file) => console.log(`[okienko] backed up to ${file}`))
			.catch((err) => console.error('[okienko] backup failed', err))
			.finally(() => (running = false));
	}, config.everyMinutes * 60_000);
	timer.unref();
	return () => clearInterval(timer);
}
