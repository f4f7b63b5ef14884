#!/usr/bin/env node
// `npm run bench`: builds the app, then measures on loopback, each figure beside its floor in the
// same run, prints a table and publishes: each figure's result goes to bench/results/NAME.json as
// soon as it is measured, and docs/benchmarks.md is rendered from those files, saying when each
// figure was measured. Not part of `npm test`. The figures are listed in bench/figures.mjs.
//   --no-build            use the existing build/
//   --only=NAMES          measure only these, comma-separated (latency or memory, issuing, stats,
//                         estimate, …): their fresh results replace their files, and the docs are
//                         rendered with the other figures' last published results
//   --quick               shorter runs (a smoke test of the harness): prints, publishes nothing
//   --no-docs             prints only; writes neither results nor docs/benchmarks.md
//   --render              rewrites docs/benchmarks.md from bench/results/, measuring nothing
//   --limit-minutes=N     give up after N minutes (default 60; 0: no limit); also the
//                         environment's OKIENKO_BENCH_LIMIT_MINUTES. What was measured by then
//                         is already published.
//   --fresh               regenerate the year of statistics data even if a cached copy exists
//   --stats-tickets=N     tickets in the generated year (default 1 000 000)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { FIGURES, figureNamed } from './figures.mjs';
import { closeTs, ROOT } from './lib/ts.mjs';
import { writeReport } from './report.mjs';

const argv = process.argv.slice(2);
const args = new Set(argv);
const value = (/** @type {string} */ name) =>
	argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3);
const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
	const v = value(name);
	return v === undefined ? fallback : Number(v);
};
const quick = args.has('--quick');
const publish = !quick && !args.has('--no-docs');
const log = (/** @type {string} */ s) => console.log(s);
const RESULTS = path.join(ROOT, 'bench', 'results');

/** @type {Set<import('./figures.mjs').Figure>} */
const wanted = new Set();
for (const name of value('only')?.split(',') ?? FIGURES.map((f) => f.name)) {
	const figure = figureNamed(name);
	if (!figure) {
		const known = FIGURES.flatMap((f) => [f.name, ...(f.aliases ?? [])]).join(', ');
		console.error(`bench: --only knows ${known}, not "${name}"`);
		process.exit(2);
	}
	wanted.add(figure);
}

// Every load loop is bounded in count and time; this bounds the whole run as well. On a machine
// busy with other work the first run's year of statistics alone took 27 minutes, so the limit is
// the caller's to set.
const limitMinutes = option(
	'limit-minutes',
	Number(process.env.OKIENKO_BENCH_LIMIT_MINUTES ?? '') || 60
);
if (!(limitMinutes >= 0)) {
	console.error('bench: --limit-minutes takes a number of minutes (0: no limit)');
	process.exit(2);
}
if (limitMinutes > 0) {
	setTimeout(() => {
		console.error(`bench: gave up after ${limitMinutes} minutes (--limit-minutes)`);
		process.exit(2);
	}, limitMinutes * 60_000).unref();
}

/** The last published result of every figure that has one, by name. */
function publishedResults() {
	/** @type {Record<string, any>} */
	const out = {};
	for (const f of FIGURES) {
		const file = path.join(RESULTS, `${f.name}.json`);
		if (fs.existsSync(file)) out[f.name] = JSON.parse(fs.readFileSync(file, 'utf8'));
	}
	return out;
}

/** Render docs/benchmarks.md from the published results (formatted by prettier, if installed). */
function render() {
	const records = publishedResults();
	const missing = FIGURES.filter((f) => !records[f.name]).map((f) => f.name);
	if (missing.length > 0) {
		log(`docs/benchmarks.md not rewritten: no published result yet for ${missing.join(', ')}`);
		return null;
	}
	const latest = Object.values(records).sort((a, b) =>
		a.machine.date < b.machine.date ? 1 : -1
	)[0];
	const report = writeReport({
		machine: latest.machine,
		...Object.fromEntries(Object.entries(records).map(([name, r]) => [name, r.result])),
		measured: FIGURES.map((f) => ({ figure: f.name, ...records[f.name] })),
		quick: false
	});
	const file = path.join(ROOT, 'docs', 'benchmarks.md');
	fs.writeFileSync(file, report.markdown);
	spawnSync('npx', ['prettier', '--write', file], { cwd: ROOT, stdio: 'ignore' });
	return report;
}

if (args.has('--render')) {
	const report = render();
	if (report) log(report.table);
	process.exit(report ? 0 : 1);
}

if (!args.has('--no-build')) {
	log('Building (npm run build)…');
	const r = spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The machine and its load now: each figure records its own, when it starts. */
function machineNow() {
	const cpus = os.cpus();
	return {
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
}

const started = Date.now();
const first = machineNow();
log(
	`Machine: ${first.cpu}, ${first.memory}, ${first.os}, Node ${first.node}, SQLite ${first.sqlite}`
);
try {
	for (const figure of FIGURES.filter((f) => wanted.has(f))) {
		log(`\n${figure.title}`);
		const machine = machineNow();
		const t0 = Date.now();
		const result = await figure.measure({ quick, option, has: (f) => args.has(f), log });
		const seconds = (Date.now() - t0) / 1000;
		if (publish) {
			fs.mkdirSync(RESULTS, { recursive: true });
			const record = { machine, seconds, command: `node bench/run.mjs ${argv.join(' ')}`, result };
			fs.writeFileSync(
				path.join(RESULTS, `${figure.name}.json`),
				`${JSON.stringify(record, null, '\t')}\n`
			);
			log(`  published bench/results/${figure.name}.json`);
		}
	}
	if (publish) {
		const report = render();
		if (report) log(`\n${report.table}\nWrote docs/benchmarks.md`);
	}
	log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} finally {
	await closeTs();
}
process.exit(0);
