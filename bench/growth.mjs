// The growth figure (issue 18 §2): call-to-board (socket receipt) and console acknowledgement at
// 200, 3 000 and 15 000 waiting, with 30 boards, 10 kiosks and 50 consoles at the project's load
// (20 calls and 20 finishes a second), then the server's RSS at 15 000 waiting with 300 boards.
// The figure is Okienko against itself: p99 with 15 000 waiting against p99 with 200, each level
// served by its own server, all up at once and measured round by round in turn, so that whatever
// else the machine does meanwhile falls on every level alike.
import fs from 'node:fs';
import { startClient } from './lib/child.mjs';
import { percentile, rssOf, sleep } from './lib/measure.mjs';
import { BENCH_WINDOWS, createBenchOffice } from './lib/office.mjs';
import { benchCredentials, seedBenchAccounts } from './lib/credentials.mjs';
import { startOkienko } from './lib/okienko.mjs';
import { loadTs } from './lib/ts.mjs';

const RATE = 20; // calls per second, each finished half a period later
const KIOSKS = 10;
export const BOARDS = 30;
const RSS_BOARDS = 300;

/**
 * The morning queue, issued in process before the server starts (over HTTP, 15 000 tickets would
 * take longer than the measurement): round robin over the windows' matters, one in twelve out
 * of turn, as the kiosks issue them.
 * @param {string} dbPath @param {number[]} serviceOfWindow @param {number} count
 */
export async function issueQueue(dbPath, serviceOfWindow, count) {
	const { createApp } = await loadTs('/src/lib/server/app.ts');
	const app = createApp({ config: { databasePath: dbPath, seed: 'none', publicUrl: '' } });
	try {
		app.db.transaction(() => {
			for (let i = 0; i < count; i++) {
				const serviceId = serviceOfWindow[i % serviceOfWindow.length];
				const priority = i % 12 === 0 ? 'elderly' : null;
				app.queue.issueTicket({ locationId: 1, serviceId, priority });
			}
		})();
	} finally {
		app.close();
	}
}

/**
 * What a round calls, issued over HTTP by the kiosk before it, so the queue stays at its level.
 * @param {string} url @param {number[]} serviceOfWindow @param {number} count @param {string} cookie
 */
async function topUp(url, serviceOfWindow, count, cookie) {
	for (let k = 0; k < count; k += 20) {
		await Promise.all(
			Array.from({ length: Math.min(20, count - k) }, async (_, j) => {
				const res = await fetch(`${url}/api/tickets`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', cookie, origin: new URL(url).origin },
					body: JSON.stringify({
						locationId: 1,
						serviceId: serviceOfWindow[(k + j) % serviceOfWindow.length],
						priority: null
					})
				});
				if (res.status !== 201) throw new Error(`issue: ${res.status} ${await res.text()}`);
			})
		);
	}
}

/**
 * One round against one level's server: boards and kiosks connect, the consoles join, a warm-up,
 * then the measured calls. Answers the latencies (board receipt − send), the acknowledgements,
 * refusals, and the server's RSS with every socket connected. `beside`, if given, is other work
 * started with the measured calls and stopped after them (appointment-load.mjs: check-ins).
 * @param {any} level @param {number} boards @param {{warmupMs: number, durationMs: number}} o
 * @param {(() => () => Promise<void>) | null} [beside]
 */
export async function round(level, boards, { warmupMs, durationMs }, beside = null) {
	const screens = startClient('bench/clients/boards.mjs');
	const clerks = startClient('bench/clients/clerks.mjs');
	try {
		await topUp(level.url, level.office.serviceOfWindow, level.perRound, level.creds.kiosk);
		await screens.ask('connect', {
			url: level.url,
			boards,
			kiosks: KIOSKS,
			locationId: 1,
			boardCookie: level.creds.board,
			kioskCookie: level.creds.kiosk
		});
		const windowIds = level.office.windowIds;
		await clerks.ask('connect', { url: level.url, windowIds, cookie: level.creds.admin });
		await clerks.ask('run', { rate: RATE, durationMs: warmupMs, finish: true });
		await sleep(200);
		await screens.ask('collect');
		const stopBeside = beside?.();
		const run = await clerks.ask('run', { rate: RATE, durationMs, finish: true });
		await stopBeside?.();
		await sleep(500);
		const rss = rssOf(level.pid);
		/** @type {[string, number][]} */
		const receipts = await screens.ask('collect');
		const sentAt = new Map(/** @type {[string, number][]} */ (run.sent));
		const latencies = receipts.flatMap(([n, t]) => (sentAt.has(n) ? [t - sentAt.get(n)] : []));
		return {
			latencies,
			ackMs: /** @type {number[]} */ (run.ackMs),
			calls: run.calls,
			answered: run.sent.length,
			errors: /** @type {Record<string, number>} */ (run.errors),
			missing: run.sent.length * boards - latencies.length,
			rss
		};
	} finally {
		await screens.ask('disconnect').catch(() => {});
		await clerks.ask('disconnect').catch(() => {});
		await screens.stop();
		await clerks.stop();
	}
}

/** @param {number} waiting @param {any[]} rounds */
export function summarize(waiting, rounds) {
	const latencies = rounds.flatMap((r) => r.latencies);
	const acks = rounds.flatMap((r) => r.ackMs);
	/** @type {Record<string, number>} */
	const errors = {};
	for (const r of rounds) {
		for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + v;
	}
	return {
		waiting,
		boards: BOARDS,
		rounds: rounds.length,
		calls: rounds.reduce((n, r) => n + r.calls, 0),
		answered: rounds.reduce((n, r) => n + r.answered, 0),
		errors,
		missing: rounds.reduce((n, r) => n + r.missing, 0),
		samples: latencies.length,
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		ackP50: percentile(acks, 50),
		ackP99: percentile(acks, 99),
		rss: rounds[rounds.length - 1].rss
	};
}

/**
 * @param {{levels?: number[], rounds: number, warmupMs: number, durationMs: number,
 *   log: (s: string) => void}} o
 */
export async function measureGrowth({
	levels: sizes = [200, 3000, 15000],
	rounds,
	warmupMs,
	durationMs,
	log
}) {
	const perRound = Math.ceil(((warmupMs + durationMs) / 1000) * RATE * 1.1) + BENCH_WINDOWS;
	/** @type {any[]} */
	const levels = [];
	try {
		for (const waiting of sizes) {
			const office = await createBenchOffice();
			await seedBenchAccounts(office.dbPath);
			await issueQueue(office.dbPath, office.serviceOfWindow, waiting);
			const server = await startOkienko(office.dbPath);
			levels.push({
				waiting,
				office,
				server,
				url: server.url,
				pid: server.process.pid,
				creds: await benchCredentials(server.url),
				perRound,
				rounds: /** @type {any[]} */ ([])
			});
			log(`  ${waiting} waiting: server up`);
		}
		for (let r = 0; r < rounds; r++) {
			for (const level of levels) {
				level.rounds.push(await round(level, BOARDS, { warmupMs, durationMs }));
			}
		}
		const results = levels.map((l) => summarize(l.waiting, l.rounds));
		for (const x of results) log(`  ${x.waiting} waiting: ${JSON.stringify(x)}`);
		// Memory: the largest queue with the large office's 300 boards connected.
		const largest = levels[levels.length - 1];
		const big = await round(largest, RSS_BOARDS, { warmupMs, durationMs });
		const rss = { waiting: largest.waiting, boards: RSS_BOARDS, bytes: big.rss };
		log(`  RSS with ${RSS_BOARDS} boards at ${largest.waiting} waiting: ${rss.bytes} bytes`);
		const first = results[0];
		const last = results[results.length - 1];
		return {
			levels: results,
			rss,
			boardRatio: last.p99 / first.p99,
			ackRatio: last.ackP99 / first.ackP99
		};
	} finally {
		for (const l of levels) {
			await l.server.stop();
			fs.rmSync(l.office.dir, { recursive: true, force: true });
		}
	}
}
