// Okienko as the benchmark runs it: the production server (server.js over build/) with the flags
// of `npm start`, on a bench office's database. BENCH_CPU_PROF=dir also writes a CPU profile of
// it (node --cpu-prof), for every figure that starts one.
import { startScript } from './child.mjs';
import { loadTs } from './ts.mjs';

/** @param {string} dbPath */
export async function startOkienko(dbPath) {
	const { startServer, serverNodeFlags } = await loadTs('/tests/support/server.ts');
	const env = { OKIENKO_SEED: 'none', OKIENKO_DB: dbPath };
	const prof = process.env.BENCH_CPU_PROF;
	return prof
		? startScript('server.js', env, [...serverNodeFlags(), '--cpu-prof', `--cpu-prof-dir=${prof}`])
		: startServer({ dbPath, env });
}
