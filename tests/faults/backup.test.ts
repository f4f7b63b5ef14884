/**
 * Backups: `npm run backup` copies the live database while the server runs; the server also backs
 * up on a schedule and keeps the newest N; a restored backup brings the office back to the state
 * it was in when the backup was taken.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import type { IssuedTicketDto, KioskMenuDto, StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { startServer, type RunningServer } from '../support/server';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const servers: RunningServer[] = [];
afterAll(async () => {
	for (const s of servers) await s.stop();
});

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
	await expect
		.poll(() => (fs.existsSync(backups) ? fs.readdirSync(backups) : []).length, {
			timeout: 10_000
		})
		.toBe(2);
	await new Promise((r) => setTimeout(r, 1500)); // more backups come, older ones go
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
