#!/usr/bin/env node
// `npm run backup`: an online backup of the Okienko database, now, while the server runs or not.
// Plain Node and better-sqlite3 (no build needed). Reads the same settings as the server:
// OKIENKO_DB (default ./data/okienko.sqlite), OKIENKO_BACKUP_DIR (default ./data/backups) and
// OKIENKO_BACKUP_KEEP (default 24). Names, pruning and the copy are the server's own
// (src/lib/server/db/backup-core.js): a snapshot of the database as it was when the copy began,
// complete however busy the office is. Prints its progress ("backup: 37% …") and how long it took
// on stderr, and the new file's path on stdout.
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, readBackupConfig } from '../src/lib/server/db/backup-core.js';

const source = path.resolve(process.env.OKIENKO_DB || path.join('data', 'okienko.sqlite'));
if (!fs.existsSync(source)) {
	console.error(`backup: no database at ${source} (set OKIENKO_DB)`);
	process.exit(1);
}

const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let shown = -1;
/** @type {Awaited<ReturnType<typeof backupDatabase>>} */
let result;
try {
	result = await backupDatabase(source, readBackupConfig(), {
		// Its own process: steps of 4 MB (at 4 KB pages) hold up nothing but this script.
		pagesPerStep: 1000,
		progress: ({ totalPages, remainingPages }) => {
			const percent = Math.floor((100 * (totalPages - remainingPages)) / totalPages);
			if (percent === shown) return;
			shown = percent;
			console.error(`backup: ${percent}% (${remainingPages} of ${totalPages} pages to copy)`);
		}
	});
} catch (err) {
	console.error(`backup: failed: ${err instanceof Error ? err.message : err}`);
	process.exit(1);
}
if (result.restarts > 0) {
	console.error(
		`backup: the copy started over ${result.restarts} time(s) (the database changed under it)`
	);
}
console.error(
	`backup: 100% (0 of ${result.pages} pages to copy), ${mb(result.bytes)} in ${(result.ms / 1000).toFixed(1)} s`
);
console.log(result.file);
