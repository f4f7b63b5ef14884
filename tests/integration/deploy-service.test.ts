/**
 * deploy/okienko.service and deploy/okienko.env.example: systemd accepts the unit (where
 * systemd-analyze is installed), it starts the server as `npm start` does, and the example
 * environment names every OKIENKO_* setting the server reads and starts a real server.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverNodeFlags } from '../support/server';
import { DEPLOY, hasProgram, readEnvFile, renderUnit, ROOT, unitSettings } from '../support/deploy';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-deploy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const envText = fs.readFileSync(path.join(DEPLOY, 'okienko.env.example'), 'utf8');
const unit = fs.readFileSync(path.join(DEPLOY, 'okienko.service'), 'utf8');
const service = new Map(unitSettings(unit, 'Service'));

function rendered(): string {
	const envFile = path.join(dir, 'okienko.env');
	fs.writeFileSync(envFile, envText);
	const file = path.join(dir, 'okienko.service');
	fs.writeFileSync(file, renderUnit(envFile));
	return file;
}

const analyze = hasProgram('systemd-analyze');

describe('the systemd unit', () => {
	it.skipIf(!analyze)('passes systemd-analyze verify without a warning', () => {
		const r = spawnSync('systemd-analyze', ['verify', '--man=no', rendered()], {
			encoding: 'utf8'
		});
		// Unknown keys and bad values are only warnings (exit 0): the unit must give none.
		expect(r.stderr.trim()).toBe('');
		expect(r.status).toBe(0);
	});

	it.skipIf(!analyze)('is hardened: systemd rates its exposure 3.0 or lower ("OK")', () => {
		const r = spawnSync(
			'systemd-analyze',
			['security', '--offline=yes', '--no-pager', '--threshold=30', rendered()],
			{ encoding: 'utf8' }
		);
		expect(r.stdout).toMatch(/Overall exposure level for okienko\.service: [0-2]\.\d OK|3\.0 OK/);
		expect(r.status).toBe(0);
	});

	it('starts server.js with the V8 flags of npm start, as its own user, restarting on failure', () => {
		expect(service.get('ExecStart')).toBe(
			['/usr/bin/node', ...serverNodeFlags(), '/opt/okienko/server.js'].join(' ')
		);
		expect(service.get('User')).toBe('okienko');
		expect(service.get('Restart')).toBe('on-failure');
		expect(service.get('EnvironmentFile')).toBe('/etc/okienko/okienko.env');
		expect(service.get('ProtectSystem')).toBe('strict');
		expect(service.get('NoNewPrivileges')).toBe('yes');
		// The only place it writes is where the example environment puts the data.
		const env = readEnvFile(envText);
		expect(service.get('ReadWritePaths')).toBe(path.dirname(env.OKIENKO_DB!));
		expect(path.dirname(env.OKIENKO_BACKUP_DIR!)).toBe(service.get('ReadWritePaths'));
	});
});

describe('the example environment', () => {
	it('names every OKIENKO_* setting the server and its scripts read', () => {
		const read = new Set<string>();
		const sources = ['server.js', 'src', 'printer', 'scripts'].map((p) => path.join(ROOT, p));
		const walk = (p: string): void => {
			if (fs.statSync(p).isDirectory()) fs.readdirSync(p).forEach((f) => walk(path.join(p, f)));
			else if (/\.(ts|js|mjs)$/.test(p)) {
				for (const m of fs.readFileSync(p, 'utf8').matchAll(/OKIENKO_[A-Z_]+/g)) read.add(m[0]);
			}
		};
		sources.forEach(walk);
		const listed = new Set([...envText.matchAll(/^#?(OKIENKO_[A-Z_]+)=/gm)].map((m) => m[1]));
		expect([...read].filter((name) => !listed.has(name))).toEqual([]);
	});

	it('starts a real server (ExecStart with its settings) that asks for the first administrator', async () => {
		const env = readEnvFile(envText);
		const data = path.join(dir, 'data');
		const child = spawn(process.execPath, [...serverNodeFlags(), path.join(ROOT, 'server.js')], {
			cwd: ROOT,
			env: {
				PATH: process.env.PATH,
				...env,
				// Only what must differ on a test machine: a free port and a temporary folder.
				PORT: '0',
				OKIENKO_DB: path.join(data, 'okienko.sqlite'),
				OKIENKO_BACKUP_DIR: path.join(data, 'backups')
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		try {
			await expect.poll(() => output, { timeout: 60_000 }).toMatch(/listening on http/);
			// The line is JSON (log.ts): the address ends at its closing quote.
			const port = Number(/listening on http:\/\/[^\s"]+:(\d+)/.exec(output)![1]);
			// OKIENKO_SEED=office: no account, the one-time setup code in the log.
			expect(output).toMatch(/no administrator yet/);
			const res = await fetch(`http://127.0.0.1:${port}/setup`, {
				headers: { 'x-forwarded-for': '192.0.2.7' }
			});
			expect(res.status).toBe(200);
			// A form posted on the server itself, past the proxy, has no X-Forwarded-For: the
			// connection's own address stands in, never a 500.
			const direct = await fetch(`http://127.0.0.1:${port}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: env.ORIGIN!,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: 'login=nobody&password=not-the-password'
			});
			expect(direct.status).toBeLessThan(500);
		} finally {
			child.kill('SIGTERM');
			await new Promise((done) => child.once('exit', done));
		}
	});
});
