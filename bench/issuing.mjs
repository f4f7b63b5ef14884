// Figure 2: ticket issuing through the HTTP API, Okienko against a bare node:http server that
// does what any kiosk system must (the kiosk's credential, the matter, the day's number, the
// ticket stored and answered with its rooms and link) and group-commits as Okienko does
// (floor/issue.mjs), both with
// synchronous=FULL (Okienko's setting), taking turns; the bare server with synchronous=NORMAL is
// measured too, for reference.
import fs from 'node:fs';
import path from 'node:path';
import { startClient, startScript } from './lib/child.mjs';
import { percentile } from './lib/measure.mjs';
import { createBenchOffice } from './lib/office.mjs';
import { benchCredentials, seedBenchAccounts } from './lib/credentials.mjs';
import { startOkienko } from './lib/okienko.mjs';

/**
 * Drive each server in turn, `rounds` times, and pool each one's rounds: on a machine shared
 * with other work the disk's fsync latency drifts over seconds, and one run of each, one after
 * the other, measured the drift as much as the servers (the ratio moved between 0.2× and 1.6×
 * from one invocation to the next).
 * @param {{url: string, cookie?: string}[]} servers @param {string[]} bodies
 * @param {{concurrency: number, durationMs: number, maxRequests: number, rounds: number}} load
 */
async function driveInTurns(servers, bodies, { rounds, ...load }) {
	const issuer = startClient('bench/clients/issuer.mjs');
	try {
		const pooled = servers.map(() => ({
			issued: 0,
			elapsedMs: 0,
			latencies: /** @type {number[]} */ ([]),
			statuses: /** @type {Record<string, number>} */ ({})
		}));
		// A short warm-up of each (JIT, connections), then the measured rounds.
		for (const { url, cookie } of servers) {
			await issuer.ask('run', { url, bodies, ...load, cookie, durationMs: 1000 });
		}
		for (let round = 0; round < rounds; round++) {
			for (const [i, { url, cookie }] of servers.entries()) {
				const r = await issuer.ask('run', {
					url,
					bodies,
					...load,
					cookie,
					durationMs: load.durationMs / rounds
				});
				const p = pooled[i];
				p.issued += r.issued;
				p.elapsedMs += r.elapsedMs;
				p.latencies.push(...r.latencies);
				for (const [k, n] of Object.entries(r.statuses)) p.statuses[k] = (p.statuses[k] ?? 0) + n;
			}
		}
		return pooled.map((p) => ({
			issued: p.issued,
			perSecond: (p.issued / p.elapsedMs) * 1000,
			p50: percentile(p.latencies, 50),
			p99: percentile(p.latencies, 99),
			statuses: p.statuses,
			rounds
		}));
	} finally {
		await issuer.stop();
	}
}

/**
 * @param {{concurrency: number, durationMs: number, maxRequests: number, rounds?: number,
 *   log: (s: string) => void}} o `durationMs` per server, split over `rounds` turns
 */
export async function measureIssuing({ concurrency, durationMs, maxRequests, rounds = 3, log }) {
	const office = await createBenchOffice();
	await seedBenchAccounts(office.dbPath);
	const load = { concurrency, durationMs, maxRequests, rounds };
	// Kiosk requests for every department's first matter, normal and priority tickets.
	const bodies = office.serviceOfWindow
		.slice(0, 9)
		.flatMap((serviceId) => [
			JSON.stringify({ locationId: 1, serviceId, priority: null }),
			JSON.stringify({ locationId: 1, serviceId, priority: null }),
			JSON.stringify({ locationId: 1, serviceId, priority: 'elderly' })
		]);

	const floorDb = (/** @type {string} */ sync) => ({
		OKIENKO_DB: path.join(office.dir, `floor-${sync}.sqlite`),
		OKIENKO_SYNC: sync,
		// The office's set-up and kiosks, which the floor checks as any kiosk system must.
		OKIENKO_OFFICE_DB: office.dbPath
	});
	/** @type {{stop: () => Promise<unknown>}[]} */
	const running = [];
	try {
		const server = await startOkienko(office.dbPath);
		running.push(server);
		const floorFull = await startScript('bench/floor/issue.mjs', floorDb('FULL'));
		running.push(floorFull);
		// As a paired kiosk, through the same authorization as in the office; the floor checks the
		// same credential.
		const { kiosk } = await benchCredentials(server.url);
		// Okienko and the floor with its durability take turns; NORMAL, for reference, runs after.
		const [okienko, full] = await driveInTurns(
			[
				{ url: server.url, cookie: kiosk },
				{ url: floorFull.url, cookie: kiosk }
			],
			bodies,
			load
		);
		log(`  okienko: ${JSON.stringify(okienko)}`);
		log(`  floor FULL: ${JSON.stringify(full)}`);
		const floorNormal = await startScript('bench/floor/issue.mjs', floorDb('NORMAL'));
		running.push(floorNormal);
		const [normal] = await driveInTurns([{ url: floorNormal.url, cookie: kiosk }], bodies, load);
		log(`  floor NORMAL: ${JSON.stringify(normal)}`);
		return { okienko, floorFull: full, floorNormal: normal, concurrency, rounds };
	} finally {
		for (const s of running) await s.stop();
		fs.rmSync(office.dir, { recursive: true, force: true });
	}
}
