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
//   --only=FIGURES      measure only these, comma-separated: latency (with memory), issuing,
//                       stats, estimate, growth; prints their numbers and never writes docs/benchmarks.md (the
//                       report needs every figure)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { measureGrowth } from './growth.mjs';
import { measureIssuing } from './issuing.mjs';
import { measureLatency } from './latency.mjs';
import { estimateLine, measureEstimate } from './estimate-accuracy.mjs';
import { closeTs, ROOT } from './lib/ts.mjs';
import { measureStats } from './stats/measure.mjs';
import { writeReport } from './report.mjs';

const args = new Set(process.argv.slice(2));
const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
	const a = process.argv.find((x) => x.startsWith(`--${name}=`));
	return a ? Number(a.split('=')[1]) : fallback;
};
const quick = args.has('--quick');
const FIGURES = ['latency', 'memory', 'issuing', 'stats', 'estimate', 'growth'];
const onlyArg = process.argv.find((x) => x.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
for (const name of only ?? []) {
	if (!FIGURES.includes(name)) {
		console.error(`bench: --only knows ${FIGURES.join(', ')}, not "${name}"`);
		process.exit(2);
	}
}
// Memory is read during the latency run (the 300-board level), so either name runs it.
const wanted = (/** @type {string} */ name) =>
	!only || only.has(name) || (name === 'latency' && only.has('memory'));
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
	let latency, issuing, stats, estimate, growth;
	if (wanted('latency')) {
		log('\n1 + 4. Call-to-board latency and RSS (Okienko, then the bare relay, per level)');
		latency = await measureLatency({
			levels: [5, 30, 300],
			rounds: quick ? 1 : 4,
			warmupMs: quick ? 1000 : 1500,
			durationMs: quick ? 3000 : 5000,
			log
		});
	}
	if (wanted('issuing')) {
		log('\n2. Ticket issuing over HTTP');
		issuing = await measureIssuing({
			concurrency: 10,
			durationMs: quick ? 2000 : 5000,
			maxRequests: 100_000,
			log
		});
		const ratio = issuing.okienko.perSecond / issuing.floorFull.perSecond;
		log(`  ratio Okienko / floor FULL: ${ratio.toFixed(2)}× (target ≥ 0.5×)`);
	}
	if (wanted('stats')) {
		log('\n3. Statistics over a year');
		stats = await measureStats({
			tickets: option('stats-tickets', quick ? 100_000 : 1_000_000),
			fresh: args.has('--fresh'),
			log
		});
	}
	if (wanted('estimate')) {
		log('\n5. Wait estimate accuracy on simulated days');
		estimate = await measureEstimate({ days: 20 });
		log(`  ${estimateLine(estimate)}`);
	}
	if (wanted('growth')) {
		log('\n6. Growth: call-to-board and console acknowledgement at 200, 3 000, 15 000 waiting');
		growth = await measureGrowth({
			rounds: quick ? 1 : 3,
			warmupMs: quick ? 1000 : 1500,
			durationMs: quick ? 3000 : 5000,
			log
		});
		log(
			`  p99 15 000 / 200 waiting: board ${growth.boardRatio.toFixed(2)}×, acknowledgement ${growth.ackRatio.toFixed(2)}× (target ≤ 1.5×)`
		);
	}
	const seconds = (Date.now() - started) / 1000;
	if (!only) {
		const results = {
			machine,
			latency,
			issuing,
			stats: { ...stats, sample: undefined },
			estimate,
			growth,
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
	}
	log(`Done in ${seconds.toFixed(0)} s.`);
} finally {
	await closeTs();
}
process.exit(0);
