#!/usr/bin/env node
// How long a backup of a large database takes while kiosks issue tickets: `npm run backup`
// (scripts/backup.mjs) and the server's own scheduled backup, against the real server (needs
// `npm run build`). Not part of `npm run bench`; prints its figures and writes no docs.
//   --mb=N            size of the database (default 2048): the office plus a filler table of
//                     random blobs
//   --rate=N          tickets issued per second while backing up (default 5)
//   --script=PATH     the on-demand backup script to time (default scripts/backup.mjs), e.g. an
//                     older version of it
//   --give-up=S       stop a backup that has not finished after S seconds (default 300)
// Everything is written into a folder in the system's temporary folder, deleted at the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { closeTs, loadTs, ROOT } from './lib/ts.mjs';

const option = (/** @type {string} */ name, /** @type {string} */ fallback) =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const mb = Number(option('mb', '2048'));
const rate = Number(option('rate', '5'));
const script = option('script', 'scripts/backup.mjs');
const giveUp = Number(option('give-up', '300')) * 1000;
/** Tickets are issued this long before a backup starts, to compare their times with. */
const QUIET = 10_000;
const log = (/** @type {string} */ s) => console.log(s);
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-bench-backup-'));
const free = fs.statfsSync(dir);
if (free.bavail * free.bsize < 2.5 * mb * 2 ** 20) {
	console.error(`bench: no room in ${dir} for a ${mb} MB database and two copies`);
	fs.rmSync(dir, { recursive: true });
	process.exit(2);
}
const dbPath = path.join(dir, 'okienko.sqlite');
const { startServer } = await loadTs('/tests/support/server.ts');
const { addFiller } = await loadTs('/tests/support/filler.ts');

/**
 * Tickets at `rate` per second for the demo office's first matter, each timed.
 * @param {{url: string, adminCookie: string}} server
 */
async function issuer(server) {
	const menu = await (await fetch(`${server.url}/api/locations/1/menu`)).json();
	const serviceId = menu.data.departments[0].services[0].id;
	/** @type {{code: string, at: number, ms: number}[]} */
	const acknowledged = [];
	let failures = 0;
	const issue = async () => {
		const start = performance.now();
		const res = await fetch(`${server.url}/api/tickets`, {
			method: 'POST',
			// As a kiosk's browser: the server refuses a POST that does not name its origin.
			headers: {
				'content-type': 'application/json',
				cookie: server.adminCookie,
				origin: server.url
			},
			body: JSON.stringify({ locationId: 1, serviceId, priority: null })
		});
		const body = await res.json();
		if (!res.ok) return failures++;
		const end = performance.now();
		acknowledged.push({ code: body.data.ticket.code, at: end, ms: end - start });
	};
	const timer = setInterval(() => void issue().catch(() => failures++), 1000 / rate);
	return { acknowledged, failures: () => failures, stop: () => clearInterval(timer) };
}

/**
 * Issuing times of some tickets: median, p99 and slowest, in ms.
 * @param {{ms: number}[]} xs
 */
function times(xs) {
	const ms = xs.map((x) => x.ms).sort((a, b) => a - b);
	const at = (/** @type {number} */ q) =>
		(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0).toFixed(0);
	return `${xs.length} tickets, median ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${at(1)} ms`;
}
/** @param {number} ms */
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

try {
	// The office as the server creates it, then the filler, written without a WAL (the server is
	// stopped) so that the blobs are written once.
	await (await startServer({ dbPath, env: { OKIENKO_BACKUP_EVERY_MINUTES: '0' } })).stop();
	let t = performance.now();
	addFiller(dbPath, Math.round((mb * 2 ** 20) / 4096));
	const size = fs.statSync(dbPath).size;
	log(
		`database: ${(size / 2 ** 20).toFixed(0)} MB, generated in ${seconds(performance.now() - t)}`
	);

	// 1. On demand, from another process, as `npm run backup`.
	let server = await startServer({ dbPath, env: { OKIENKO_BACKUP_EVERY_MINUTES: '0' } });
	let tickets = await issuer(server);
	const quiet = performance.now();
	await pause(QUIET);
	const before = tickets.acknowledged.map((x) => x.code);
	const began = performance.now();
	const backup = spawn(process.execPath, [script], {
		cwd: ROOT,
		env: { ...process.env, OKIENKO_DB: dbPath, OKIENKO_BACKUP_DIR: path.join(dir, 'backups') },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	backup.stdout.on('data', (d) => (stdout += d));
	backup.stderr.on('data', (d) => (stderr += d));
	const limit = setTimeout(() => backup.kill(), giveUp);
	const code = await new Promise((resolve) => backup.once('close', resolve));
	clearTimeout(limit);
	const took = performance.now() - began;
	const during = tickets.acknowledged.filter((x) => x.at > began && x.at < began + took);
	tickets.stop();
	await pause(500);
	await server.stop();
	if (code !== 0) {
		log(`on demand (${script}): not finished after ${seconds(took)} (exit ${code})`);
		log(`  ${during.length} tickets issued meanwhile; last lines: ${stderr.slice(-300)}`);
	} else {
		const file = stdout.trim();
		t = performance.now();
		const copy = new Database(file, { readonly: true });
		const check = copy.pragma('integrity_check', { simple: true });
		const inCopy = new Set(copy.prepare('SELECT code FROM tickets').pluck().all());
		copy.close();
		const missing = before.filter((c) => !inCopy.has(c)).length;
		log(`on demand (${script}): ${seconds(took)} wall`);
		log(`  the script says: ${stderr.trim().split('\n').at(-1)}`);
		log(
			`  integrity_check ${check} (${seconds(performance.now() - t)}); ` +
				`${before.length - missing} of ${before.length} tickets acknowledged before it are in it`
		);
		const base = tickets.acknowledged.filter((x) => x.at > quiet + 1000 && x.at < began);
		log(`  issuing before it: ${times(base)}`);
		log(`  issuing during it: ${times(during)}`);
		fs.rmSync(file);
	}
	log(`  ${tickets.failures()} tickets refused or failed`);

	// 2. The server's own scheduled backup, in its process, while it serves the same kiosks.
	const backups = path.join(dir, 'scheduled');
	server = await startServer({
		dbPath,
		env: { OKIENKO_BACKUP_EVERY_MINUTES: String(QUIET / 60_000), OKIENKO_BACKUP_DIR: backups }
	});
	tickets = await issuer(server);
	const start = performance.now();
	/** @type {RegExpExecArray | null} */
	let said;
	while (!(said = /backed up to \S+ in ([\d.]+) s/.exec(server.output()))) {
		if (performance.now() - start > giveUp) break;
		await pause(50);
	}
	const end = performance.now();
	tickets.stop();
	await pause(500);
	await server.stop();
	if (!said) log(`scheduled: not finished after ${seconds(end - start)}`);
	else {
		const from = end - Number(said[1]) * 1000;
		const base = tickets.acknowledged.filter((x) => x.at > start + 1000 && x.at < from - 100);
		log(`scheduled (in the server): ${said[1]} s, as the server logged it`);
		log(`  issuing before it: ${times(base)}`);
		log(
			`  issuing during it: ${times(tickets.acknowledged.filter((x) => x.at > from && x.at < end))}`
		);
	}
	log(`  ${tickets.failures()} tickets refused or failed`);
} finally {
	await closeTs();
	fs.rmSync(dir, { recursive: true, force: true });
}
