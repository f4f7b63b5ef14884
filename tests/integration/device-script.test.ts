/**
 * deploy/device/okienko-device.sh, the kiosk and board PC set-up: shellcheck passes on it and on
 * the program it installs to start the browser at login, and its browser command line, run
 * headless against the real server, opens the screen, which sends a new device to pairing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { DEPLOY, hasProgram } from '../support/deploy';
import { startServer, type RunningServer } from '../support/server';

const SCRIPT = path.join(DEPLOY, 'device', 'okienko-device.sh');
const shellcheck = hasProgram('shellcheck');
const chromium = chromiumLaunchOptions().executablePath;

function device(...args: string[]) {
	const r = spawnSync('bash', [SCRIPT, ...args], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`okienko-device.sh ${args.join(' ')}: ${r.stderr}`);
	return r.stdout;
}

describe('the kiosk and board set-up script', () => {
	it.skipIf(!shellcheck)('passes shellcheck, and so does the browser program it installs', () => {
		const own = spawnSync('shellcheck', [SCRIPT], { encoding: 'utf8' });
		expect(own.stdout).toBe('');
		expect(own.status).toBe(0);
		for (const role of ['kiosk', 'board']) {
			const installed = device(
				'--role',
				role,
				'--url',
				'https://kolejka.test',
				'--print-browser-script'
			);
			const r = spawnSync('shellcheck', ['-s', 'bash', '-'], {
				input: installed,
				encoding: 'utf8'
			});
			expect(r.stdout).toBe('');
			expect(r.status).toBe(0);
		}
	});

	it('refuses a wrong role or address with a message, changing nothing', () => {
		const r = spawnSync('bash', [SCRIPT, '--role', 'tablet', '--url', 'https://x'], {
			encoding: 'utf8'
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/--role must be kiosk or board/);
		const u = spawnSync('bash', [SCRIPT, '--role', 'board', '--url', 'kolejka'], {
			encoding: 'utf8'
		});
		expect(u.stderr).toMatch(/--url must be/);
	});
});

describe.skipIf(!chromium)('its browser command line against the real server', () => {
	let server: RunningServer;
	const profiles = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-device-'));
	beforeAll(async () => {
		server = await startServer({ signIn: false });
	});
	afterAll(async () => {
		await server?.stop();
		fs.rmSync(profiles, { recursive: true, force: true });
	});

	for (const [role, screen] of [
		['board', '/display'],
		['kiosk', '/kiosk']
	] as const) {
		it(`a new ${role} opens ${screen} in --kiosk mode and lands on the pairing page`, () => {
			const args = device('--role', role, '--url', `${server.url}/`, '--print-browser-command')
				.trim()
				.split('\n');
			expect(args).toContain('--kiosk');
			expect(args.at(-1)).toBe(server.url + screen);
			// The pairing must survive a restart: a profile of its own, never a private window.
			expect(args.some((a) => a.startsWith('--user-data-dir=/home/okienko-'))).toBe(true);
			expect(args).not.toContain('--incognito');
			const headless = args.map((a) =>
				a.startsWith('--user-data-dir=') ? `--user-data-dir=${path.join(profiles, role)}` : a
			);
			const r = spawnSync(
				chromium!,
				['--headless=new', '--no-sandbox', '--disable-gpu', '--dump-dom', ...headless],
				{ encoding: 'utf8', timeout: 60_000 }
			);
			expect(r.stdout).toMatch(/Kod parowania/);
			expect(r.stdout).toMatch(/<html lang="pl"/);
		});
	}
});
