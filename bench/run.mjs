#!/usr/bin/env node
// `npm run bench`: builds the app, then measures on loopback, each figure beside its floor in the
// same run, prints a table and writes docs/benchmarks.md. Not part of `npm test`.
//   --no-build          use the existing build/
//   --quick             shorter runs (a smoke test of the harness, not numbers to publish)
//   --fresh             regenerate the year of statistics data even if a cached copy exists
//   --stats-tickets=N   tickets in the generated year (default 1 000 000)
//   --no-docs           print only; do not rewrite docs/benchmarks.md
//   --only=stats        measure figure 3 only (prints its numbers; never writes the docs)
//   --render            rewrite docs/benchmarks.md from the last published run, measuring nothing
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { measureIssuing } from './issuing.mjs';
import { measureLatency } from './latency.mjs';
import { closeTs, ROOT } from './lib/ts.mjs';
import { measureStats } from './stats/measure.mjs';
import { writeReport } from './report.mjs';

const args = new Set(process.argv.slice(2));
const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
	const a = process.argv.find((x) => x.startsWith(`--${name}=`));
	return a ? Number(a.split('=')[1]) : fallback;
};
const quick = args.has('--quick');
const only = process.argv.find((x) => x.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined && only !== 'stats') {
	console.error(`bench: --only=${only}: only --only=stats is known`);
	process.exit(1);
}
const started = Date.now();
const log = (/** @type {string} */ s) => console.log(s);
// Every load loop below is bounded in count and time; this bounds the whole run as well.
const watchdog = setTimeout(() => {
	console.error('bench: gave up after 30 minutes');
	process.exit(2);
}, 30 * 60_000);
watchdog.unref();

const LAST = path.join(os.tmpdir(), 'okienko-bench-last.json');

/** Write docs/benchmarks.md, formatted as the project's other files (prettier, if installed). */
function writeDocs(/** @type {string} */ markdown) {
	const file = path.join(ROOT, 'docs', 'benchmarks.md');
	fs.writeFileSync(file, markdown);
	spawnSync('npx', ['prettier', '--write', file], { cwd: ROOT, stdio: 'ignore' });
}
if (args.has('--render')) {
	const last = JSON.parse(fs.readFileSync(LAST, 'utf8'));
	const report = writeReport(last);
	writeDocs(report.markdown);
	log(report.table);
	process.exit(0);
}

if (!args.has('--no-build') && !args.has('--render')) {
	log('Building (npm run build)…');
	const r = spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (r.status !== 0) process.exit(r.status ?? 1);
}

const cpus = os.cpus();
const machine = {
	cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
	memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
	os: `${os.type()} ${os.release()}`,
	node: process.version,
	sqlite: /** @type {string} */ (
		new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get()
	),
	tmp: os.tmpdir(),
	load: os
		.loadavg()
		.map((x) => x.toFixed(2))
		.join(', '),
	date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
};
log(
	`Machine: ${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}, SQLite ${machine.sqlite}`
);

try {
	if (only === 'stats') {
		log('\n3. Statistics over a year');
		await measureStats({
			tickets: option('stats-tickets', quick ? 100_000 : 1_000_000),
			fresh: args.has('--fresh'),
			log
		});
		log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s (figure 3 only; docs untouched).`);
		process.exit(0);
	}
	log('\n1 + 4. Call-to-board latency and RSS (Okienko, then the bare relay, per level)');
	const latency = await measureLatency({
		levels: [5, 30, 300],
		rounds: quick ? 1 : 4,
		warmupMs: quick ? 1000 : 1500,
		durationMs: quick ? 3000 : 5000,
		log
	});
	log('\n2. Ticket issuing over HTTP');
	const issuing = await measureIssuing({
		concurrency: 10,
		durationMs: quick ? 2000 : 5000,
		maxRequests: 100_000,
		log
	});
	log('\n3. Statistics over a year');
	const stats = await measureStats({
		tickets: option('stats-tickets', quick ? 100_000 : 1_000_000),
		fresh: args.has('--fresh'),
		log
	});
	const seconds = (Date.now() - started) / 1000;
	const results = {
		machine,
		latency,
		issuing,
		stats: { ...stats, sample: undefined },
		seconds,
		quick
	};
	const report = writeReport(results);
	log(`\n${report.table}`);
	if (!args.has('--no-docs')) {
		fs.writeFileSync(LAST, JSON.stringify(results));
		writeDocs(report.markdown);
		log('Wrote docs/benchmarks.md');
	}
	log(`Done in ${seconds.toFixed(0)} s.`);
} finally {
	await closeTs();
}
process.exit(0);
