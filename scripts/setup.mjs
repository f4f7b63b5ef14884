#!/usr/bin/env node
// Installs what `npm start` and `npm test` need, on a fresh clone or after package.json changes.
// Uses only Node's own modules, because it runs before anything is installed.
//   node scripts/setup.mjs            dependencies (npm install, native better-sqlite3)
//   node scripts/setup.mjs --browser  and a Chromium for the end-to-end tests, and zbarimg
//                                     (zbar-tools), which the printer tests decode QR codes with,
//                                     and Caddy, the https proxy of deploy/Caddyfile
// Both try to install espeak-ng (the board's Polish voice) and sox (its compression to Ogg).
import { createHash } from 'node:crypto';
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const marker = path.join(root, 'node_modules', '.okienko-install.json');
const log = (msg) => console.log(`[setup] ${msg}`);

function run(cmd, args, options = {}) {
	log(`${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
	return r.status === 0;
}

function checkNode() {
	const [major, minor] = process.versions.node.split('.').map(Number);
	if (major < 20 || (major === 20 && minor < 19)) {
		console.error(
			`[setup] Okienko needs Node.js 20.19 or newer; this is ${process.versions.node}.`
		);
		process.exit(1);
	}
}

function manifestHash() {
	const h = createHash('sha256');
	for (const f of ['package.json', 'package-lock.json']) {
		const p = path.join(root, f);
		if (fs.existsSync(p)) h.update(fs.readFileSync(p));
	}
	return h.digest('hex');
}

function sqliteLoads() {
	const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:')"], {
		cwd: root,
		stdio: 'ignore'
	});
	return r.status === 0;
}

function installDependencies() {
	const hash = manifestHash();
	const installed = fs.existsSync(marker) && JSON.parse(fs.readFileSync(marker, 'utf8')).hash;
	if (installed !== hash || !fs.existsSync(path.join(root, 'node_modules', '.bin', 'vite'))) {
		// Not `npm ci`: the registry reachable here lacks rollup's non-Linux packages, which
		// `npm ci` insists on; `npm install` keeps the locked versions.
		if (!run('npm', ['install', '--no-audit', '--no-fund'])) process.exit(1);
	}
	if (!sqliteLoads()) {
		log('better-sqlite3 does not load; building it for this Node.js (about 80 s)');
		if (!run('npm', ['rebuild', 'better-sqlite3']) || !sqliteLoads()) {
			console.error('[setup] better-sqlite3 could not be built (needs python3, make and g++).');
			process.exit(1);
		}
	}
	fs.writeFileSync(marker, JSON.stringify({ hash: manifestHash() }));
}

/** Install a Debian package when running as root on Debian/Ubuntu; otherwise do nothing. */
function aptInstall(pkg) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) return;
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', pkg], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

const SYSTEM_CHROMIUM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

function findChromium() {
	if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) {
		return process.env.CHROMIUM_PATH;
	}
	const system = SYSTEM_CHROMIUM.find((p) => fs.existsSync(p));
	if (system) return system;
	try {
		const out = execSync(
			`"${process.execPath}" -e "console.log(require('playwright-core').chromium.executablePath())"`,
			{ cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		).trim();
		if (out && fs.existsSync(out)) return out;
	} catch {
		/* not installed by Playwright either */
	}
	return null;
}

function installBrowser() {
	if (findChromium()) return;
	// Debian's Chromium: Playwright's own browser download is not reachable everywhere.
	aptInstall('chromium');
	if (!findChromium()) run('npx', ['playwright', 'install', 'chromium']);
	if (!findChromium()) {
		console.error(
			'[setup] No Chromium found for the end-to-end tests. Install one (Debian: apt-get install chromium)\n' +
				'        or set CHROMIUM_PATH to a Chromium or Chrome executable.'
		);
		process.exit(1);
	}
}

function hasZbarimg() {
	return spawnSync('zbarimg', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** The printer tests read the printed QR code back with zbarimg (Debian: zbar-tools). */
function installQrDecoder() {
	if (hasZbarimg()) return;
	aptInstall('zbar-tools');
	if (!hasZbarimg()) {
		console.error(
			'[setup] zbarimg not found; the printer tests decode QR codes with it.\n' +
				'        Install it (Debian/Ubuntu: apt-get install zbar-tools; macOS: brew install zbar).'
		);
		process.exit(1);
	}
}

function hasCaddy() {
	return spawnSync('caddy', ['version'], { stdio: 'ignore' }).status === 0;
}

/** tests/e2e/https-proxy.spec.ts runs the shipped deploy/Caddyfile; it skips without Caddy. */
function installCaddy() {
	if (hasCaddy()) return;
	aptInstall('caddy');
	if (!hasCaddy()) {
		log(
			'caddy not found: the https proxy test will be skipped (Debian/Ubuntu: apt-get install caddy)'
		);
	}
}

const has = (/** @type {string} */ cmd) =>
	spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * The board speaks calls with espeak-ng's Polish voice, compressed to Ogg by sox (issue 16).
 * Without them the server still runs: the boards use the browser's voice or only chime, and
 * /admin/voice says so; so a missing one is a warning, not a failure.
 */
function installVoice() {
	for (const [cmd, pkg] of [
		['espeak-ng', 'espeak-ng'],
		['sox', 'sox']
	]) {
		if (has(cmd)) continue;
		aptInstall(pkg);
		if (!has(cmd)) {
			log(
				`${cmd} not found: the boards will not speak with the server's voice (Debian/Ubuntu: apt-get install ${pkg})`
			);
		}
	}
}

checkNode();
installDependencies();
installVoice();
if (process.argv.includes('--browser')) {
	installBrowser();
	installQrDecoder();
	installCaddy();
}
