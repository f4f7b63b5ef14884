/**
 * /api/health on the real server says what is wrong, per check, and answers 503 when something
 * fails: another process holding the database's write lock, scheduled backups that cannot be
 * written, a printer that is offline (a warning: the office goes on, the kiosk shows the
 * ticket on screen). Healthy, it answers 200 with every check ok.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReport } from '../../src/lib/server/observe/health';
import { post } from '../support/api';
import { parsePrometheus, valueOf } from '../support/prometheus';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let backups: string;

beforeAll(async () => {
	backups = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-health-'));
	server = await startServer({
		env: {
			OKIENKO_BACKUP_DIR: backups,
			// Every 1.2 s, so that a backup is seen within the test.
			OKIENKO_BACKUP_EVERY_MINUTES: '0.02',
			// Nothing listens on port 1: the printer is offline.
			OKIENKO_PRINTER: 'tcp://127.0.0.1:1?statusTimeoutMs=500'
		}
	});
}, 60_000);
afterAll(async () => {
	await server?.stop();
	fs.rmSync(backups, { recursive: true, force: true });
});

async function health(base = server.url): Promise<{ status: number; report: HealthReport }> {
	const res = await fetch(`${base}/api/health`);
	const body = (await res.json()) as { data: HealthReport };
	return { status: res.status, report: body.data };
}

describe('/api/health', () => {
	it("is 200 with every check ok on a healthy server, the backup's age once there is one", async () => {
		const { status, report } = await health();
		expect(status).toBe(200);
		expect(report).toMatchObject({ ok: true, checks: { database: { status: 'ok' } } });
		expect(report.checks.database.freeBytes).toBeGreaterThan(0);
		await expect
			.poll(async () => (await health()).report.checks.backup.ageSeconds, { timeout: 15_000 })
			.not.toBeNull();
		expect((await health()).report.checks.backup).toMatchObject({
			status: 'ok',
			limitSeconds: 2.4
		});
	});

	it('fails the database, with 503, while another process holds its write lock', async () => {
		const other = new Database(server.dbPath);
		try {
			other.exec('BEGIN IMMEDIATE');
			const { status, report } = await health();
			expect(status).toBe(503);
			expect(report).toMatchObject({
				ok: false,
				status: 'fail',
				checks: { database: { status: 'fail', reason: 'locked' } }
			});
			const samples = parsePrometheus(await (await fetch(`${server.url}/metrics`)).text());
			expect(valueOf(samples, 'okienko_health_status', { check: 'database' })).toBe(2);
		} finally {
			other.exec('ROLLBACK');
			other.close();
		}
		expect((await health()).status).toBe(200);
	});

	it('warns, still 200, when a printer is offline', async () => {
		await post(server.url, '/api/printers/default/check', {});
		const { status, report } = await health();
		expect(status).toBe(200);
		expect(report.checks.printers).toMatchObject({
			status: 'warn',
			reason: 'printer_needs_attention',
			printers: [{ kiosk: 'default', condition: 'offline' }]
		});
	});

	it('fails, with 503, when scheduled backups cannot be written', async () => {
		// The backup folder's parent is a file: every backup fails, as on a full or lost disk.
		const blocked = path.join(backups, 'a-file');
		fs.writeFileSync(blocked, '');
		const broken = await startServer({
			env: {
				OKIENKO_BACKUP_DIR: path.join(blocked, 'backups'),
				OKIENKO_BACKUP_EVERY_MINUTES: '0.01'
			}
		});
		try {
			await expect
				.poll(async () => (await health(broken.url)).status, { timeout: 15_000 })
				.toBe(503);
			expect((await health(broken.url)).report.checks.backup).toMatchObject({
				status: 'fail',
				reason: 'no_backup',
				ageSeconds: null
			});
			expect(broken.output()).toContain('backup failed');
		} finally {
			await broken.stop();
		}
	});
});
