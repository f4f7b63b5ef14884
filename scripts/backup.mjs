#!/usr/bin/env node
// `npm run backup`: an online backup of the Okienko database, now, while the server runs or not.
// Plain Node and better-sqlite3 (no build needed). Reads the same settings as the server:
// OKIENKO_DB (default ./data/okienko.sqlite), OKIENKO_BACKUP_DIR (default ./data/backups) and
// OKIENKO_BACKUP_KEEP (default 24). File names, the temporary name and pruning are those of
// src/lib/server/db/backup.ts; keep the two in step. Prints the new file's path.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

const PATTERN = /^okienko-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(-\d+)?Z\.sqlite$/;
const source = path.resolve(process.env.OKIENKO_DB || path.join('data', 'okienko.sqlite'));
const dir = path.resolve(process.env.OKIENKO_BACKUP_DIR || path.join('data', 'backups'));
const keepSetting = Number(process.env.OKIENKO_BACKUP_KEEP ?? 24);
const keep = Number.isInteger(keepSetting) && keepSetting > 0 ? keepSetting : 24;

if (!fs.existsSync(source)) {
	console.error(`backup: no database at ${source} (set OKIENKO_DB)`);
	process.exit(1);
}
const name = (/** @type {number} */ n) =>
	`okienko-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}${n ? `-${n}` : ''}Z.sqlite`;

fs.mkdirSync(dir, { recursive: true });
let file = path.join(dir, name(0));
for (let n = 1; fs.existsSync(file); n++) file = path.join(dir, name(n));
const partial = `${file}.partial`;
// The server's connection keeps writing; SQLite's backup API copies a consistent snapshot.
const db = new Database(source, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
try {
	await db.backup(partial);
	fs.renameSync(partial, file);
} finally {
	fs.rmSync(partial, { force: true });
	db.close();
}
const files = fs
	.readdirSync(dir)
	.filter((f) => PATTERN.test(f))
	.sort();
for (const f of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(path.join(dir, f));
console.log(file);
