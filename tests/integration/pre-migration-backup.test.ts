/**
 * An upgrade is never the moment data is lost: opening an existing database that has migrations
 * to apply first backs it up as it is (okienko-…Z-before-migration-NNN.sqlite in the backups
 * folder) and says so in the log. A new database, or one already up to date, gets no backup. The
 * scheduled backups' pruning leaves these files alone.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import {
	BACKUP_PATTERN,
	backupBeforeMigrating,
	PRE_MIGRATION_PATTERN,
	prune
} from '../../src/lib/server/db/backup';
import { PRE_MIGRATION_KEEP } from '../../src/lib/server/db/backup-core.js';
import { migrate, MIGRATIONS } from '../../src/lib/server/db/migrate';
import { openDatabase } from '../../src/lib/server/db/open';

const folders: string[] = [];
function folder() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-premigration-'));
	folders.push(dir);
	return { file: path.join(dir, 'okienko.sqlite'), backups: path.join(dir, 'backups') };
}
afterEach(() => {
	vi.restoreAllMocks();
	for (const f of folders.splice(0)) fs.rmSync(f, { recursive: true, force: true });
});

/** A database as an older version of Okienko left it: all migrations but the last. */
function olderDatabase(file: string) {
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	migrate(db, MIGRATIONS.slice(0, -1));
	db.close();
}

/** The schema (every table, index and trigger as written) of a database. */
function schema(db: Database.Database) {
	return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all();
}

it('backs an existing database up before migrating it, with the schema it had, and logs it', () => {
	const { file, backups } = folder();
	olderDatabase(file);
	// The logger (src/lib/server/log.ts) writes JSON lines to stdout.
	const written: string[] = [];
	const log = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
		written.push(String(chunk));
		return true;
	});

	const db = openDatabase(file, { backupDir: backups });
	const versions = db.prepare('SELECT version FROM schema_migrations').pluck().all();
	expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
	db.close();

	const last = String(MIGRATIONS.at(-1)!.version).padStart(3, '0');
	const files = fs.readdirSync(backups);
	expect(files).toHaveLength(1);
	expect(files[0]).toMatch(PRE_MIGRATION_PATTERN);
	expect(files[0]).toMatch(new RegExp(`Z-before-migration-${last}\\.sqlite$`));
	const backup = path.join(backups, files[0]!);
	log.mockRestore();
	const said = written
		.filter((line) => line.startsWith('{'))
		.map((line) => (JSON.parse(line) as { msg: string }).msg);
	expect(said).toContain(`migrations ${last} to apply: backing the database up first`);
	expect(said).toContainEqual(
		expect.stringMatching(/^backed up to .* in \d+\.\d s before migrating$/)
	);
	expect(said.find((line) => line.includes('backed up to'))).toContain(` ${backup} `);

	const copy = new Database(backup, { readonly: true });
	const before = new Database(':memory:');
	migrate(before, MIGRATIONS.slice(0, -1));
	expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
	expect(schema(copy)).toEqual(schema(before));
	expect(copy.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(
		MIGRATIONS.slice(0, -1).map((m) => m.version)
	);
	copy.close();
	before.close();
});

it('makes no backup of a new database, nor of one already up to date', () => {
	const { file, backups } = folder();
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	openDatabase(file, { backupDir: backups }).close();
	openDatabase(file, { backupDir: backups }).close();
	expect(fs.existsSync(backups)).toBe(false);
	expect(log).not.toHaveBeenCalled();
});

it('leaves the database unmigrated when the backup cannot be made', () => {
	const { file, backups } = folder();
	olderDatabase(file);
	vi.spyOn(console, 'log').mockImplementation(() => {});
	fs.writeFileSync(backups, 'a file where the folder should be');
	expect(() => openDatabase(file, { backupDir: backups })).toThrow(
		/could not back the database up/
	);
	const db = new Database(file, { readonly: true });
	expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
		MIGRATIONS.length - 1
	);
	db.close();
});

it('keeps pre-migration backups apart from the scheduled ones, the newest few of them', () => {
	const { file, backups } = folder();
	const db = openDatabase(file);
	const made: string[] = [];
	for (let i = 0; i < PRE_MIGRATION_KEEP + 2; i++) {
		made.push(path.basename(backupBeforeMigrating(db, backups, 12)));
	}
	db.close();
	const premigration = made.slice(-PRE_MIGRATION_KEEP).sort();
	expect(fs.readdirSync(backups).sort()).toEqual(premigration);
	// Hourly backups come and go (the newest one kept); the pre-migration ones stay.
	for (const hour of ['09', '10', '11']) {
		fs.writeFileSync(path.join(backups, `okienko-2999-01-01T${hour}-00-00Z.sqlite`), '');
	}
	prune(backups, 1);
	expect(fs.readdirSync(backups).filter((f) => BACKUP_PATTERN.test(f))).toEqual([
		'okienko-2999-01-01T11-00-00Z.sqlite'
	]);
	expect(
		fs
			.readdirSync(backups)
			.filter((f) => PRE_MIGRATION_PATTERN.test(f))
			.sort()
	).toEqual(premigration);
});
