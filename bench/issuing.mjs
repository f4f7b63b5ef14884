// Figure 2: ticket issuing through the HTTP API, Okienko against a bare node:http server doing
// one better-sqlite3 insert per request, both with synchronous=FULL (Okienko's setting); the
// bare server with synchronous=NORMAL is measured too, for reference.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startClient, startScript } from './lib/child.mjs';
import { percentile } from './lib/measure.mjs';
import { createBenchOffice } from './lib/office.mjs';
import { benchCredentials, seedBenchAccounts } from './lib/credentials.mjs';
import { loadTs } from './lib/ts.mjs';

/**
 * @param {string} url @param {string[]} bodies
 * @param {{concurrency: number, durationMs: number, maxRequests: number, cookie?: string}} load
 */
async function drive(url, bodies, load) {
	const issuer = startClient('bench/clients/issuer.mjs');
	try {
		// A short warm-up (JIT, connections), then the measured run.
		await issuer.ask('run', { url, bodies, ...load, durationMs: 1000 });
		const r = await issuer.ask('run', { url, bodies, ...load });
		return {
			issued: r.issued,
			perSecond: (r.issued / r.elapsedMs) * 1000,
			p50: percentile(r.latencies, 50),
			p99: percentile(r.latencies, 99),
			statuses: r.statuses
		};
	} finally {
		await issuer.stop();
	}
}

/**
 * @param {{concurrency: number, durationMs: number, maxRequests: number, log: (s: string) => void}} o
 */
export async function measureIssuing({ concurrency, durationMs, maxRequests, log }) {
	const { startServer, serverNodeFlags } = await loadTs('/tests/support/server.ts');
	const office = await createBenchOffice();
	await seedBenchAccounts(office.dbPath);
	const load = { concurrency, durationMs, maxRequests };
	// Kiosk requests for every department's first matter, normal and priority tickets.
	const bodies = office.serviceOfWindow
		.slice(0, 9)
		.flatMap((serviceId) => [
			JSON.stringify({ locationId: 1, serviceId, priority: null }),
			JSON.stringify({ locationId: 1, serviceId, priority: null }),
			JSON.stringify({ locationId: 1, serviceId, priority: 'elderly' })
		]);

	// BENCH_CPU_PROF=dir writes a CPU profile of the Okienko server (node --cpu-prof).
	const prof = process.env.BENCH_CPU_PROF;
	const env = { OKIENKO_SEED: 'none', OKIENKO_DB: office.dbPath };
	const server = prof
		? await startScript('server.js', env, [
				...serverNodeFlags(),
				'--cpu-prof',
				`--cpu-prof-dir=${prof}`
			])
		: await startServer({ dbPath: office.dbPath, env });
	let okienko;
	try {
		// As a paired kiosk, through the same authorization as in the office.
		const { kiosk } = await benchCredentials(server.url);
		okienko = await drive(server.url, bodies, { ...load, cookie: kiosk });
	} finally {
		await server.stop();
	}
	log(`  okienko: ${JSON.stringify(okienko)}`);

	const floors = {};
	for (const sync of ['FULL', 'NORMAL']) {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-bench-floor-'));
		const floor = await startScript('bench/floor/issue.mjs', {
			OKIENKO_DB: path.join(dir, 'floor.sqlite'),
			OKIENKO_SYNC: sync
		});
		try {
			floors[sync] = await drive(floor.url, bodies, load);
		} finally {
			await floor.stop();
			fs.rmSync(dir, { recursive: true, force: true });
		}
		log(`  floor ${sync}: ${JSON.stringify(floors[sync])}`);
	}
	fs.rmSync(office.dir, { recursive: true, force: true });
	return { okienko, floorFull: floors.FULL, floorNormal: floors.NORMAL, concurrency };
}
