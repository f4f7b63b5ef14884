/**
 * The one set-up of tests that build the application in the test process (createApp, as
 * src/lib/server/app.ts composes it for the server): a new temporary folder with a real SQLite
 * file, migrated and seeded before the app opens it, the app with the test's clock, and the
 * clean-up. A test states only what differs: its office, its clock, its timers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../src/lib/server/app';
import type { ServerConfig } from '../../src/lib/server/config';
import { seedIfEmpty } from '../../src/lib/server/demo/seed';
import { openDatabase } from '../../src/lib/server/db/open';
import { seedOffice, type OfficeSeed } from '../../src/lib/server/office/seed';

/** What a new database starts with: a test's own office, or one of the server's seeds. */
export type TestSeed = OfficeSeed | ServerConfig['seed'];

export interface TestDatabase {
	dir: string;
	databasePath: string;
}

/**
 * A new database in a new temporary folder, migrated and seeded as a first start would seed it
 * (a test's own office is written by seedOffice, as a benchmark's is). Nothing keeps it open.
 */
export function testDatabase(seed: TestSeed = 'office', now = Date.now()): TestDatabase {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-test-'));
	const databasePath = path.join(dir, 'db.sqlite');
	const db = openDatabase(databasePath);
	try {
		if (typeof seed === 'string') seedIfEmpty(db, seed, now);
		else seedOffice(db, seed);
	} finally {
		db.close();
	}
	return { dir, databasePath };
}

export interface TestApp extends TestDatabase {
	/** The running app (a new one after restart). */
	app: App;
	/** Closes the app and opens a new one over the same file, as a server restart would. */
	restart(): App;
	/** Closes the app and deletes the folder. */
	close(): void;
}

export interface TestAppOptions extends Omit<AppOptions, 'config'> {
	/** Default: the office of Annex 6 without accounts. */
	seed?: TestSeed;
	/** Settings beyond the database (a public URL, a mail server), kept across restarts. */
	config?: Partial<ServerConfig>;
}

export function testApp(options: TestAppOptions = {}): TestApp {
	const { seed, config, ...appOptions } = options;
	const db = testDatabase(seed, (options.clock ?? Date.now)());
	const open = () =>
		createApp({
			config: { databasePath: db.databasePath, seed: 'none', publicUrl: '', ...config },
			...appOptions
		});
	const t: TestApp = {
		...db,
		app: open(),
		restart: () => {
			t.app.close();
			return (t.app = open());
		},
		close: () => {
			t.app.close();
			fs.rmSync(db.dir, { recursive: true, force: true });
		}
	};
	return t;
}

/** Ids of a test office's rows by the names the seed gave them. */
export function idsOf(app: App) {
	const one = (table: string, column: string, value: string) => {
		const id = app.db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).pluck().get(value);
		if (typeof id !== 'number') throw new Error(`no row of ${table} with ${column} = ${value}`);
		return id;
	};
	return {
		location: app.views.locations()[0]!.id,
		service: (code: string) => one('services', 'code', code),
		window: (label: string) => one('windows', 'label', label),
		department: (prefix: string) => one('departments', 'prefix', prefix)
	};
}
