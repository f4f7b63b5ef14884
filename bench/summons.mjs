// Figure 11: a summons reaches the summoned console (issue 15, SR-02/SR-07). The time runs from
// the summoning clerk's `summons:send` until the summoned clerk's console socket has the
// `summons:update` (its banner and sound follow from that event alone), one summons at a time,
// both clients in this process (one clock). Okienko: the production server, the admin's console
// holding a window summons Katarzyna (present, so the summons goes to her, read from the
// directory's presence). The floor (bench/floor/summons-relay.mjs): one insert and one emit. In
// alternating turns, so the machine's other work falls on both.
import { io } from 'socket.io-client';
import { startScript } from './lib/child.mjs';
import { benchCredentials, seedBenchAccounts } from './lib/credentials.mjs';
import { nowMs, percentile } from './lib/measure.mjs';
import { createBenchOffice } from './lib/office.mjs';
import { startOkienko } from './lib/okienko.mjs';
import { loadTs } from './lib/ts.mjs';

export const SUMMONS_TARGET_P99_MS = 100;

/** @param {string} url @param {{cookie?: string, staffId?: number}} who */
function connect(url, who) {
	const socket = io(url, {
		path: '/socket.io',
		transports: ['websocket'],
		forceNew: true,
		extraHeaders: who.cookie ? { cookie: who.cookie } : {},
		auth: who.staffId === undefined ? {} : { staffId: who.staffId }
	});
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', reject);
	});
}

/** @param {any} socket @param {string} event @param {unknown} payload */
const ask = (socket, event, payload) => socket.timeout(10_000).emitWithAck(event, payload);

/**
 * One turn: `count` summons, one after the other; each sample is send → arrival at the summoned.
 * @param {any} summoner @param {any} summoned @param {object} request @param {number} count
 */
async function turn(summoner, summoned, request, count) {
	/** @type {number[]} */
	const samples = [];
	for (let i = 0; i < count; i++) {
		const start = nowMs();
		const arrived = new Promise((resolve) => {
			const listener = (/** @type {any} */ s) => {
				if (s.state !== 'sent') return;
				summoned.off('summons:update', listener);
				resolve(nowMs());
			};
			summoned.on('summons:update', listener);
		});
		const answer = await ask(summoner, 'summons:send', { ...request, note: `bench ${i}` });
		if (answer.error) throw new Error(`summons refused: ${JSON.stringify(answer.error)}`);
		samples.push(/** @type {number} */ (await arrived) - start);
	}
	return samples;
}

/** @param {{rounds: number, perRound: number, log: (s: string) => void}} options */
export async function measureSummons({ rounds, perRound, log }) {
	const office = await createBenchOffice();
	await seedBenchAccounts(office.dbPath);
	const okienko = await startOkienko(office.dbPath);
	const floor = await startScript('bench/floor/summons-relay.mjs', {
		OKIENKO_DB: `${office.dir}/floor.sqlite`
	});
	/** @type {any[]} */
	const sockets = [];
	try {
		const { signIn } = await loadTs('/tests/support/auth.ts');
		const { admin } = await benchCredentials(okienko.url);
		const kasiaCookie = await signIn(okienko.url, 'urzednik');
		const windowId = office.windowIds[0];
		const okAdmin = await connect(okienko.url, { cookie: admin });
		const okKasia = await connect(okienko.url, { cookie: kasiaCookie });
		const held = await ask(okAdmin, 'window:hold', { windowId });
		if (held.error) throw new Error(`cannot hold the window: ${JSON.stringify(held.error)}`);
		const board = await ask(okKasia, 'summons:join', {});
		const kasiaId = board.data ? await staffIdOf(office.dbPath, 'urzednik') : 0;
		const flAdmin = await connect(floor.url, { staffId: 1 });
		const flKasia = await connect(floor.url, { staffId: kasiaId });
		sockets.push(okAdmin, okKasia, flAdmin, flKasia);
		const request = { windowId, staffId: kasiaId, departmentId: null, serviceId: null };

		// Warm-up, not counted: the first requests compile the code paths.
		await turn(okAdmin, okKasia, request, 20);
		await turn(flAdmin, flKasia, request, 20);
		/** @type {{okienko: number[], floor: number[]}} */
		const samples = { okienko: [], floor: [] };
		for (let r = 0; r < rounds; r++) {
			samples.okienko.push(...(await turn(okAdmin, okKasia, request, perRound)));
			samples.floor.push(...(await turn(flAdmin, flKasia, request, perRound)));
			log(
				`  round ${r + 1}/${rounds}: ${samples.okienko.length} + ${samples.floor.length} summons`
			);
		}
		const stats = (/** @type {'okienko' | 'floor'} */ who) => ({
			n: samples[who].length,
			p50: percentile(samples[who], 50),
			p99: percentile(samples[who], 99)
		});
		const result = { okienko: stats('okienko'), floor: stats('floor') };
		const ratio = result.okienko.p99 / result.floor.p99;
		log(
			`  summons → summoned console p99: Okienko ${result.okienko.p99.toFixed(1)} ms (target < ${SUMMONS_TARGET_P99_MS}), floor ${result.floor.p99.toFixed(1)} ms, ${ratio.toFixed(2)}×`
		);
		return { ...result, ratio, target: SUMMONS_TARGET_P99_MS };
	} finally {
		for (const s of sockets) s.close();
		await okienko.stop();
		await floor.stop();
	}
}

/** @param {string} dbPath @param {string} login */
async function staffIdOf(dbPath, login) {
	const { default: Database } = await import('better-sqlite3');
	const db = new Database(dbPath, { readonly: true });
	try {
		return /** @type {number} */ (
			db.prepare('SELECT id FROM staff WHERE login = ?').pluck().get(login)
		);
	} finally {
		db.close();
	}
}

const f = (/** @type {number} */ n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');

/** Figure 11's row of the summary table. @param {any} summons */
export function summonsSummaryRows(summons) {
	return [
		[
			'Summons → summoned console, p99',
			`${f(summons.okienko.p99)} ms (p50 ${f(summons.okienko.p50)})`,
			`${f(summons.floor.p99)} ms (p50 ${f(summons.floor.p50)})`,
			`${f(summons.ratio, 2)}×`,
			`< ${SUMMONS_TARGET_P99_MS} ms`,
			summons.okienko.p99 < SUMMONS_TARGET_P99_MS ? 'met' : '**missed**'
		]
	];
}

/** Figure 11's section of docs/benchmarks.md. @param {any} summons */
export function summonsSection(summons) {
	return `## 11. A summons reaches the summoned console

From the summoning clerk's \`summons:send\` to the summoned clerk's console socket receiving
\`summons:update\` (the banner and its sound follow from that event alone), one summons at a time,
${summons.okienko.n} for Okienko and ${summons.floor.n} for the floor, in alternating turns. Okienko
reads everyone's presence (the directory), writes the summons, its recipient and the audit entry
in one transaction, then emits to the summoned person's room; the floor
(\`bench/floor/summons-relay.mjs\`) does one insert and one emit.

| | p50 | p99 |
| --- | --- | --- |
| Okienko | ${f(summons.okienko.p50)} ms | ${f(summons.okienko.p99)} ms |
| Floor (bare relay) | ${f(summons.floor.p50)} ms | ${f(summons.floor.p99)} ms |

Target: p99 under ${SUMMONS_TARGET_P99_MS} ms; ratio to the floor at p99 ${f(summons.ratio, 2)}×.

`;
}
