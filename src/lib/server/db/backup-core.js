/**
 * What the server's backups (backup.ts) and `npm run backup` (scripts/backup.mjs) share: the
 * settings, file names, pruning and the copy itself. Plain JavaScript with JSDoc types, so that
 * the script imports this very file without a build step.
 *
 * The copy uses SQLite's online backup API, which copies a number of pages per step. Between two
 * steps SQLite starts the copy over from the first page if ANOTHER connection has committed in
 * the meantime, so a copy of a large database through a connection of its own never finished
 * while kiosks issued a ticket every second or two. Here the copying connection holds one read
 * transaction from the first step to the last: in WAL mode (the server always uses it) the
 * snapshot it reads stays fixed while the server keeps committing, sqlite3_backup_step reads
 * within that open transaction instead of starting one per step, and nothing restarts. The backup
 * is the database as it was when the copy began: every ticket acknowledged before that is in it.
 * Meanwhile the WAL cannot be checkpointed past that snapshot; it grows by what is written during
 * the copy (seconds) and is checkpointed as usual afterwards.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Scheduled and on-demand backups: okienko-2026-11-24T09-00-00Z.sqlite (UTC; "-1Z" and so on
 * for more in the same second).
 */
export const BACKUP_PATTERN = /^okienko-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(-\d+)?Z\.sqlite$/;

/**
 * Backups taken before migrating an existing database: okienko-…Z-before-migration-011.sqlite,
 * where 011 is the first migration that was applied after it (the file holds the schema before
 * it). They sort by time with the others but are not counted among them, so the scheduled backups
 * never prune them; the newest PRE_MIGRATION_KEEP are kept.
 */
export const PRE_MIGRATION_PATTERN =
	/^okienko-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(-\d+)?Z-before-migration-\d+\.sqlite$/;
export const PRE_MIGRATION_KEEP = 3;

/**
 * @typedef {object} BackupConfig
 * @property {string} dir Folder for the backup files; created if missing.
 * @property {number} everyMinutes Minutes between scheduled backups; 0 turns the schedule off.
 * @property {number} keep How many of the newest (scheduled and on-demand) backups to keep.
 */

/**
 * OKIENKO_BACKUP_DIR (default ./data/backups), OKIENKO_BACKUP_EVERY_MINUTES (60),
 * OKIENKO_BACKUP_KEEP (24).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {BackupConfig}
 */
export function readBackupConfig(env = process.env) {
	const every = Number(env.OKIENKO_BACKUP_EVERY_MINUTES ?? 60);
	const keep = Number(env.OKIENKO_BACKUP_KEEP ?? 24);
	return {
		dir: path.resolve(env.OKIENKO_BACKUP_DIR || path.join('data', 'backups')),
		everyMinutes: Number.isFinite(every) && every > 0 ? every : 0,
		keep: Number.isInteger(keep) && keep > 0 ? keep : 24
	};
}

/**
 * The file name for a backup taken at `at`: okienko-YYYY-MM-DDTHH-MM-SS[-n]Z[tail].sqlite.
 * @param {Date} at
 * @param {number} [n] a counter for backups taken in the same second (0: none)
 * @param {string} [tail] e.g. '-before-migration-011'
 */
export function backupName(at, n = 0, tail = '') {
	const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-');
	return `okienko-${stamp}${n ? `-${n}` : ''}Z${tail}.sqlite`;
}

/**
 * Claims a new backup name in `dir` (created if missing): returns the final path and its
 * temporary `.partial` path, created empty and exclusively, so two backups started in the same
 * second never write into one file. A backup in the same second as earlier ones gets a higher
 * counter than any of them, so it sorts as the newest even if an earlier one was pruned.
 * @param {string} dir
 * @param {Date} at
 * @param {string} [tail]
 * @returns {{ file: string, partial: string }}
 */
export function claimBackupPath(dir, at, tail = '') {
	fs.mkdirSync(dir, { recursive: true });
	const stamp = backupName(at).slice(0, -'Z.sqlite'.length); // okienko-YYYY-MM-DDTHH-MM-SS
	let n = 0;
	for (const f of fs.readdirSync(dir)) {
		if (!f.startsWith(stamp)) continue;
		const counter = /^(?:-(\d+))?Z/.exec(f.slice(stamp.length))?.[1];
		n = Math.max(n, Number(counter ?? 0) + 1);
	}
	for (; ; n++) {
		const file = path.join(dir, backupName(at, n, tail));
		try {
			fs.closeSync(fs.openSync(`${file}.partial`, 'wx'));
			return { file, partial: `${file}.partial` };
		} catch (err) {
			if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
		}
	}
}

/**
 * Orders backup names by age: by their time, then by their same-second counter ("…-05Z" comes
 * before "…-05-1Z", which plain string order would not give).
 * @param {string} name
 */
function age(name) {
	const m = /^okienko-([\dT-]{19})(?:-(\d+))?Z/.exec(name);
	return m ? `${m[1]}.${(m[2] ?? '0').padStart(9, '0')}` : name;
}

/**
 * Delete all but the newest `keep` files in `dir` whose names match `pattern`.
 * @param {string} dir
 * @param {number} keep
 * @param {RegExp} [pattern]
 */
export function prune(dir, keep, pattern = BACKUP_PATTERN) {
	const files = fs
		.readdirSync(dir)
		.filter((f) => pattern.test(f))
		.sort((a, b) => (age(a) < age(b) ? -1 : age(a) > age(b) ? 1 : 0));
	for (const f of files.slice(0, Math.max(0, files.length - keep))) {
		fs.rmSync(path.join(dir, f), { force: true });
	}
}

/**
 * @typedef {object} CopyProgress
 * @property {number} totalPages
 * @property {number} remainingPages
 */

/**
 * @typedef {object} CopyOptions
 * @property {number} [pagesPerStep] Pages copied per step (default 100); each step is one turn
 *   of the event loop, so in the server this bounds how long a step holds up requests.
 * @property {(progress: CopyProgress) => void} [progress] Called after every step but the last.
 */

/**
 * The copy is flushed to disk (fdatasync, off the event loop) every this many bytes. Left to the
 * kernel, gigabytes of it stay dirty in memory until the final sync, and meanwhile the server's
 * own commits (synchronous=FULL: an fsync per ticket) queue behind their write-back: single
 * tickets took 1-2 s during a 2 GB backup; flushing as it goes kept them near normal.
 */
const FLUSH_EVERY_BYTES = 64 * 2 ** 20;

/**
 * Copies the database file `source` into `target` (an existing empty file, or none) through a
 * connection of its own that holds one read transaction for the whole copy (see the top of this
 * file).
 * @param {string} source
 * @param {string} target
 * @param {CopyOptions} [options]
 * @returns {Promise<{ pages: number, bytes: number, restarts: number }>} `restarts`: how often
 *   SQLite started the copy over (none is expected; reported so that it would show)
 */
export async function copySnapshot(source, target, options = {}) {
	const pagesPerStep = options.pagesPerStep ?? 100;
	const db = new Database(source, { fileMustExist: true });
	/** @type {number | undefined} */
	let fd;
	/** @type {Promise<void> | null} */
	let flushing = null;
	try {
		db.pragma('busy_timeout = 5000');
		db.pragma('query_only = 1');
		db.exec('BEGIN');
		// A deferred transaction takes its snapshot at the first read, so read now.
		db.prepare('SELECT count(*) FROM sqlite_schema').get();
		const pageSize = /** @type {number} */ (db.pragma('page_size', { simple: true }));
		const flushPages = Math.max(1, Math.floor(FLUSH_EVERY_BYTES / pageSize));
		fs.closeSync(fs.openSync(target, 'a'));
		// Only for fdatasync. Closed after the backup's own connection to the file (closing a
		// descriptor drops the process's POSIX locks on the file, SQLite's included).
		const flushFd = (fd = fs.openSync(target, 'r'));
		let flushedAt = 0;
		let remaining = Infinity;
		let restarts = 0;
		const result = await db.backup(target, {
			progress: (p) => {
				if (p.remainingPages > remaining) restarts++;
				remaining = p.remainingPages;
				const copied = p.totalPages - p.remainingPages;
				if (!flushing && copied - flushedAt >= flushPages) {
					flushedAt = copied;
					flushing = new Promise((resolve) => fs.fdatasync(flushFd, () => resolve()));
					flushing.then(() => (flushing = null));
				}
				options.progress?.(p);
				return pagesPerStep;
			}
		});
		return { pages: result.totalPages, bytes: result.totalPages * pageSize, restarts };
	} finally {
		if (db.inTransaction) db.exec('ROLLBACK');
		db.close();
		await flushing;
		if (fd !== undefined) fs.closeSync(fd);
	}
}

/**
 * Backs the database file `source` up into `config.dir` now: copied under a temporary name,
 * renamed when complete, then all but the newest `config.keep` backups deleted.
 * @param {string} source
 * @param {Pick<BackupConfig, 'dir' | 'keep'>} config
 * @param {CopyOptions} [options]
 * @returns {Promise<{ file: string, pages: number, bytes: number, restarts: number, ms: number }>}
 */
export async function backupDatabase(source, config, options = {}) {
	const started = performance.now();
	const { file, partial } = claimBackupPath(config.dir, new Date());
	try {
		const copy = await copySnapshot(source, partial, options);
		fs.renameSync(partial, file);
		prune(config.dir, config.keep);
		return { file, ...copy, ms: performance.now() - started };
	} finally {
		fs.rmSync(partial, { force: true });
	}
}
