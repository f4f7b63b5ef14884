/**
 * Backups: `npm run backup` copies the live database while the server runs, and finishes on a
 * large database while tickets are being issued; the server also backs up on a schedule and keeps
 * the newest N; a restored backup brings the office back to the state it was in when the backup
 * was taken.
 */
import Database from 'better-sqlite3';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, expect, it, onTestFinished } from 'vitest';
import type { IssuedTicketDto, KioskMenuDto, StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { addFiller } from '../support/filler';
import { startServer, type RunningServer } from '../support/server';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const servers: RunningServer[] = [];
const folders: string[] = [];
afterAll(async () => {
	for (const s of servers) await s.stop();
	for (const f of folders) fs.rmSync(f, { recursive: true, force: true });
});

/** Waits for a condition (no time limit of its own: the test's timeout is the only one). */
async function until(condition: () => boolean) {
	while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

async function issue(url: string, serviceId: number) {
	return data(
		await post<IssuedTicketDto>(url, '/api/tickets', { locationId: 1, serviceId, priority: null })
	).ticket;
}

it('backs up on demand while the server runs, and a restore brings back that state', async () => {
	const server = await startServer({ env: { OKIENKO_BACKUP_EVERY_MINUTES: '0' } });
	servers.push(server);
	const backups = path.join(server.dir, 'backups');
	const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
	const service = menu.departments.flatMap((d) => d.services)[0]!.id;
	const before = [await issue(server.url, service), await issue(server.url, service)];

	const { stdout } = await run(process.execPath, ['scripts/backup.mjs'], {
		cwd: ROOT,
		env: { ...process.env, OKIENKO_DB: server.dbPath, OKIENKO_BACKUP_DIR: backups }
	});
	const file = stdout.trim();
	expect(path.dirname(file)).toBe(backups);
	expect(path.basename(file)).toMatch(/^okienko-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite$/);

	// Changes after the backup: another ticket, and a call.
	const after = await issue(server.url, service);
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	const window = staff.windows.find((w) => w.serviceIds.includes(service))!.id;
	data(await post(server.url, `/api/windows/${window}/call`));
	await server.stop();

	// Restore: the backup file becomes the database (without the old WAL), and the server starts.
	const restored = path.join(server.dir, 'restored.sqlite');
	fs.copyFileSync(file, restored);
	const again = await startServer({ dbPath: restored });
	servers.push(again);
	const queue = data(await get<StaffSnapshotDto>(again.url, '/api/locations/1/queue'));
	expect(queue.waiting.map((t) => t.number)).toEqual(before.map((t) => t.number));
	expect(queue.windows.every((w) => w.current === null)).toBe(true);
	const unknown = await get(again.url, `/api/tickets/${after.code}`);
	expect(unknown.status).toBe(404);
	// Numbering goes on from the backup's state.
	expect((await issue(again.url, service)).number).toBe(after.number);
});

it('backs up on a schedule and keeps only the newest files', async () => {
	// 0.01 minutes = every 0.6 s, for the test (the default is every 60 minutes), into the test's
	// own folder (the default is ./data/backups).
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-backup-'));
	const backups = path.join(dir, 'backups');
	const scheduled = await startServer({
		dbPath: path.join(dir, 'okienko.sqlite'),
		env: {
			OKIENKO_BACKUP_EVERY_MINUTES: '0.01',
			OKIENKO_BACKUP_KEEP: '2',
			OKIENKO_BACKUP_DIR: backups
		}
	});
	servers.push(scheduled);
	// Four backups made (however long a busy machine takes), so older ones had to go; then stop,
	// so that none is half-written while the folder is read.
	await until(() => (scheduled.output().match(/backed up to/g) ?? []).length >= 4);
	await scheduled.stop();
	const files = fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite'));
	expect(files).toHaveLength(2);
	for (const f of files) {
		const db = new Database(path.join(backups, f), { readonly: true });
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(db.prepare('SELECT count(*) FROM locations').pluck().get()).toBe(1);
		db.close();
	}
	expect(scheduled.output()).toContain('backed up to');
});

it('finishes an on-demand backup of a large database while tickets are being issued', async () => {
	// A database of about 300 MB: the office as the server creates it, plus a filler table of
	// random blobs (written in one transaction while the server is stopped, without a WAL so that
	// they are written once).
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-big-'));
	folders.push(dir);
	const dbPath = path.join(dir, 'okienko.sqlite');
	const backups = path.join(dir, 'backups');
	const env = { OKIENKO_BACKUP_EVERY_MINUTES: '0' };
	await (await startServer({ dbPath, env })).stop();
	addFiller(dbPath, 75_000);

	// The office at work: tickets issued one after another until the end of the test, each noted
	// once the server has acknowledged it.
	const server = await startServer({ dbPath, env });
	servers.push(server);
	const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
	const service = menu.departments.flatMap((d) => d.services)[0]!.id;
	const acknowledged: string[] = [];
	let issuing = true;
	const issuer = (async () => {
		while (issuing) acknowledged.push((await issue(server.url, service)).code);
	})();
	onTestFinished(async () => {
		issuing = false;
		await issuer.catch(() => {});
	});
	await until(() => acknowledged.length >= 5);

	const before = new Set(acknowledged);
	const backup = spawn(process.execPath, ['scripts/backup.mjs'], {
		cwd: ROOT,
		env: { ...process.env, OKIENKO_DB: dbPath, OKIENKO_BACKUP_DIR: backups },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	onTestFinished(() => void backup.kill());
	let stdout = '';
	backup.stdout.on('data', (d) => (stdout += d));
	const exited = new Promise<number | null>((resolve) => backup.once('close', resolve));
	// Progress lines: "backup: 37% (66231 of 105120 pages to copy)". SQLite starting the copy over
	// shows as the pages to copy going back up: then the backup is stopped and the test fails.
	const lines: string[] = [];
	const left: number[] = [];
	let restarted = false;
	readline.createInterface({ input: backup.stderr }).on('line', (line) => {
		lines.push(line);
		const m = /^backup: \d+% \((\d+) of \d+ pages to copy\)/.exec(line);
		if (!m) return;
		if (left.length > 0 && Number(m[1]) > left.at(-1)!) {
			restarted = true;
			backup.kill();
		}
		left.push(Number(m[1]));
	});
	const code = await exited;
	const byEnd = [...acknowledged];
	issuing = false;
	await issuer;

	expect(restarted, `the copy started over:\n${lines.join('\n')}`).toBe(false);
	expect(code, lines.join('\n')).toBe(0);
	expect(left.length).toBeGreaterThan(10); // progress along the way, then
	expect(left.at(-1)).toBe(0);
	expect(lines.at(-1)).toMatch(/^backup: 100% .*, \d+ MB in \d+\.\d s$/); // how long it took

	const copy = new Database(stdout.trim(), { readonly: true });
	expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
	expect(copy.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(75_000);
	const inCopy = new Set(copy.prepare('SELECT code FROM tickets').pluck().all() as string[]);
	copy.close();
	// Every ticket acknowledged before the backup started is in it ...
	expect([...before].filter((c) => !inCopy.has(c))).toEqual([]);
	// ... and tickets were committed while it ran (after the snapshot it copies, before its end).
	expect(byEnd.filter((c) => !inCopy.has(c)).length).toBeGreaterThan(0);
}, 180_000);
