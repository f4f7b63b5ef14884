// Figure 1 (call sent → number painted on a board in Chromium, beside the bare relay's socket
// receipt) and figure 4 (server RSS with 300 sockets), Okienko and its floor side by side at each
// load level.
import fs from 'node:fs';
import { openBoardPages } from './lib/board-pages.mjs';
import { startClient, startScript } from './lib/child.mjs';
import { watchCpu } from './lib/cpu-share.mjs';
import { percentile, rssOf, sleep } from './lib/measure.mjs';
import { BENCH_WINDOWS, createBenchOffice } from './lib/office.mjs';
import { benchCredentials, seedBenchAccounts } from './lib/credentials.mjs';
import { startOkienko } from './lib/okienko.mjs';

const RATE = 20; // calls per second
const KIOSKS = 10;
/**
 * Real boards in Chromium beside the socket-only ones (the floor gets as many more sockets);
 * BENCH_CHROMIUM_BOARDS=n changes it (0: none). Their rendering shares the machine's cores with
 * the server, which an office's boards, computers of their own, do not.
 */
export const CHROMIUM_BOARDS = Number(process.env.BENCH_CHROMIUM_BOARDS ?? 3);

/**
 * Latencies of the calls sent (number → send time) to each receipt or paint.
 * @param {Map<string, number>} sentAt @param {[string, number][]} seen
 */
function latenciesOf(sentAt, seen) {
	/** @type {number[]} */
	const out = [];
	for (const [number, t] of seen) {
		const t0 = sentAt.get(number);
		if (t0 !== undefined) out.push(t - t0);
	}
	return out;
}

/**
 * Issue `count` tickets over HTTP, spread over the windows' departments in proportion to the
 * calls each window will make (round robin), so no window runs dry and none has a huge queue.
 * @param {string} url @param {number[]} serviceOfWindow @param {number} count
 * @param {string} cookie a paired kiosk's credential (the floor ignores it)
 */
export async function issueBacklog(url, serviceOfWindow, count, cookie) {
	for (let k = 0; k < count; k += 20) {
		await Promise.all(
			Array.from({ length: Math.min(20, count - k) }, async (_, j) => {
				const serviceId = serviceOfWindow[(k + j) % serviceOfWindow.length];
				const res = await fetch(`${url}/api/tickets`, {
					method: 'POST',
					headers: { 'content-type': 'application/json', cookie, origin: new URL(url).origin },
					body: JSON.stringify({ locationId: 1, serviceId, priority: null })
				});
				if (res.status !== 201) throw new Error(`issue: ${res.status} ${await res.text()}`);
			})
		);
	}
}

/**
 * One measured run against a server that is already up.
 * `creds`: the cookies every client sends (to the floor too, which ignores them, so both carry
 * the same headers). `pages`: the Chromium boards open on this server, if any.
 * @param {{url: string, pid: number, boards: number, windowIds: number[], finish: boolean,
 *   warmupMs: number, durationMs: number, before?: () => Promise<void>, raw?: boolean,
 *   relay?: boolean,
 *   pages?: Awaited<ReturnType<typeof openBoardPages>>,
 *   creds: {admin: string, kiosk: string, board: string}}} o
 */
export async function runLevel(o) {
	const boards = startClient('bench/clients/boards.mjs');
	const clerks = startClient('bench/clients/clerks.mjs');
	try {
		if (o.before) await o.before();
		await boards.ask('connect', {
			url: o.url,
			boards: o.boards,
			kiosks: KIOSKS,
			locationId: 1,
			boardCookie: o.creds.board,
			kioskCookie: o.creds.kiosk
		});
		await clerks.ask('connect', { url: o.url, windowIds: o.windowIds, cookie: o.creds.admin });
		await clerks.ask('run', { rate: RATE, durationMs: o.warmupMs, finish: o.finish });
		await sleep(200);
		await boards.ask('collect');
		await o.pages?.clear();
		// BENCH_CPU_SHARE=1: who used the machine meanwhile (Okienko's /metrics adds its loop lag).
		const cpu = await watchCpu(
			`${o.boards} boards, ${o.relay ? 'bare relay' : 'Okienko'}`,
			o.relay ? null : `${o.url}/metrics`,
			console.log
		);
		const run = await clerks.ask('run', { rate: RATE, durationMs: o.durationMs, finish: o.finish });
		await cpu();
		await sleep(500);
		const rss = rssOf(o.pid);
		/** @type {[string, number][]} */
		const receipts = await boards.ask('collect');
		const painted = o.pages
			? await o.pages.collect()
			: { paints: [], inPage: [], uncertainty: NaN };
		const sentAt = new Map(/** @type {[string, number][]} */ (run.sent));
		const latencies = latenciesOf(sentAt, receipts);
		const paints = latenciesOf(sentAt, painted.paints);
		return {
			latencies,
			paints,
			inPage: painted.inPage,
			clockUncertainty: painted.uncertainty,
			calls: run.calls,
			answered: run.sent.length,
			errors: run.errors,
			missing: run.sent.length * o.boards - latencies.length,
			missingPaints: o.pages ? run.sent.length * o.pages.count - paints.length : 0,
			ackMs: run.ackMs,
			rss,
			...(o.raw ? { sent: run.sent, receipts } : {})
		};
	} finally {
		await boards.ask('disconnect').catch(() => {});
		await clerks.ask('disconnect').catch(() => {});
		await boards.stop();
		await clerks.stop();
	}
}

/**
 * Pool the rounds of one server at one level into its figures.
 * @param {number} boards @param {any[]} rounds
 */
function summarize(boards, rounds) {
	const latencies = rounds.flatMap((r) => r.latencies);
	const paints = rounds.flatMap((r) => r.paints);
	const inPage = rounds.flatMap((r) => r.inPage);
	/** @type {Record<string, number>} */
	const errors = {};
	for (const r of rounds) {
		for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + Number(v);
	}
	return {
		boards,
		rounds: rounds.length,
		calls: rounds.reduce((n, r) => n + r.calls, 0),
		answered: rounds.reduce((n, r) => n + r.answered, 0),
		errors,
		missing: rounds.reduce((n, r) => n + r.missing, 0),
		samples: latencies.length,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		max: percentile(latencies, 100),
		// Call sent → painted on a Chromium board (none for the floor, which serves no page).
		painted: {
			samples: paints.length,
			missing: rounds.reduce((n, r) => n + r.missingPaints, 0),
			p50: percentile(paints, 50),
			p95: percentile(paints, 95),
			p99: percentile(paints, 99),
			max: percentile(paints, 100),
			// Of which the page's own part: the call's arrival in the page → painted.
			inPage: {
				p50: percentile(inPage, 50),
				p95: percentile(inPage, 95),
				p99: percentile(inPage, 99)
			},
			clockUncertainty: Math.max(...rounds.map((r) => r.clockUncertainty))
		},
		ackP50: percentile(
			rounds.flatMap((r) => r.ackMs),
			50
		),
		// The last round's: after every round, with all sockets connected.
		rss: rounds[rounds.length - 1].rss
	};
}

/**
 * Per level, Okienko and the bare relay take turns (`rounds` times each), so that whatever else
 * the machine is doing meanwhile falls on both alike; each figure pools its rounds.
 * @param {{levels: number[], rounds: number, warmupMs: number, durationMs: number,
 *   log: (s: string) => void}} o
 */
export async function measureLatency({ levels, rounds, warmupMs, durationMs, log }) {
	const results = [];
	for (const boards of levels) {
		const office = await createBenchOffice();
		await seedBenchAccounts(office.dbPath);
		const server = await startOkienko(office.dbPath);
		const floor = await startScript('bench/floor/relay.mjs', {
			OKIENKO_DB: `${office.dir}/floor.sqlite`
		});
		const creds = await benchCredentials(server.url);
		const perRound = Math.ceil(((warmupMs + durationMs) / 1000) * RATE * 1.1) + BENCH_WINDOWS;
		const ours = [];
		const bare = [];
		/** @type {Awaited<ReturnType<typeof openBoardPages>> | null} */
		let pages = null;
		try {
			// The demo office's location (bench/lib/office.mjs), as a paired board opens it.
			if (CHROMIUM_BOARDS > 0)
				pages = await openBoardPages({
					url: server.url,
					slug: 'bierun',
					count: CHROMIUM_BOARDS,
					cookie: creds.board
				});
			for (let round = 0; round < rounds; round++) {
				ours.push(
					await runLevel({
						url: server.url,
						pid: /** @type {number} */ (server.process.pid),
						boards,
						windowIds: office.windowIds,
						finish: true,
						warmupMs,
						durationMs,
						creds,
						pages,
						// The morning queue for this round: issued before the screens connect.
						before: () => issueBacklog(server.url, office.serviceOfWindow, perRound, creds.kiosk)
					})
				);
				bare.push(
					await runLevel({
						url: floor.url,
						pid: /** @type {number} */ (floor.process.pid),
						// As many board sockets as Okienko's, its Chromium boards included.
						boards: boards + CHROMIUM_BOARDS,
						windowIds: office.windowIds,
						// Its windows finish each call too, and it records each finish.
						finish: true,
						relay: true,
						warmupMs,
						durationMs,
						creds
					})
				);
			}
		} finally {
			await pages?.close();
			await server.stop();
			await floor.stop();
			fs.rmSync(office.dir, { recursive: true, force: true });
		}
		const okienko = summarize(boards, ours);
		const relay = summarize(boards, bare);
		if (okienko.answered < okienko.calls) log(server.output().slice(-3000));
		const ms = (/** @type {{p50: number, p95: number, p99: number}} */ x) =>
			`p50 ${x.p50.toFixed(1)} / p95 ${x.p95.toFixed(1)} / p99 ${x.p99.toFixed(1)} ms`;
		log(
			`  ${boards} boards: sent → painted in Chromium ${ms(okienko.painted)} ` +
				`(± ${okienko.painted.clockUncertainty.toFixed(2)} ms clock alignment; in the page ` +
				`${ms(okienko.painted.inPage)}); ` +
				`socket receipt ${ms(okienko)}; bare relay's receipt ${ms(relay)}`
		);
		log(`  ${boards} boards, okienko: ${JSON.stringify(okienko)}`);
		log(`  ${boards} boards, floor:   ${JSON.stringify(relay)}`);
		results.push({ boards, chromiumBoards: CHROMIUM_BOARDS, okienko, floor: relay });
	}
	return results;
}
