// Figure 10 (issue 14: "booking and check-in add nothing measurable to the call-to-board
// figure"): two servers over the same office and the same morning queue (200 waiting), 30 boards,
// 10 kiosks and 50 consoles at the project's load (20 calls and 20 finishes a second, as the
// growth figure runs it). Beside the calls of one of them, visitors with appointments check in at
// the kiosks (2 a second, POST /api/bookings/check-in, each an IMMEDIATE transaction that issues
// an R ticket) and phones ask for a day's free slots (5 a second, GET /api/locations/1/slots).
// The bookings are written into the file before the server starts, their slots five minutes
// after the round begins: the public API lets one address book 10 in 10 minutes, by design. The
// rounds alternate between the two servers, so the machine's other work falls on both alike;
// the figure is the ratio of call-to-board p99 (and of the consoles' acknowledgements).
import fs from 'node:fs';
import { BOARDS, issueQueue, round, summarize } from './growth.mjs';
import { BENCH_WINDOWS, createBenchOffice } from './lib/office.mjs';
import { benchCredentials, seedBenchAccounts } from './lib/credentials.mjs';
import { sleep } from './lib/measure.mjs';
import { startOkienko } from './lib/okienko.mjs';
import { loadTs } from './lib/ts.mjs';

const WAITING = 200;
const CHECK_INS_PER_SECOND = 2;
const SLOT_QUERIES_PER_SECOND = 5;

/**
 * `count` bookings of the office's matters whose slot is in five minutes (inside check-in).
 * @param {string} dbPath @param {number[]} serviceIds @param {number} count
 */
async function seedDueBookings(dbPath, serviceIds, count) {
	const { openDatabase } = await loadTs('/src/lib/server/db/open.ts');
	const { BookingRepository } = await loadTs('/src/lib/server/db/repositories/bookings.ts');
	const db = openDatabase(dbPath);
	try {
		const repo = new BookingRepository(db);
		const now = Date.now();
		const slotAt = now + 5 * 60_000;
		const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(slotAt);
		db.transaction(() => {
			for (let i = 0; i < count; i++) {
				repo.insert({
					locationId: 1,
					serviceId: serviceIds[i % serviceIds.length],
					day,
					start: '00:00',
					slotAt,
					code: String(100_000 + i),
					viewToken: `bench-due-${i}`,
					lang: 'pl',
					email: null,
					phone: null,
					interpreter: false,
					accessible: false,
					bookedBy: null,
					createdAt: now
				});
			}
		})();
	} finally {
		db.close();
	}
}

/**
 * Check-ins and free-slot questions at their rates until stopped; answers the stop, which waits
 * for the requests under way and throws if any was refused (a figure over failed requests would
 * measure nothing).
 * @param {any} level
 */
function appointmentTraffic(level) {
	/** @type {Promise<void>[]} */
	const underway = [];
	/** @type {string[]} */
	const problems = [];
	const origin = new URL(level.url).origin;
	const send = (/** @type {string} */ path, /** @type {RequestInit} */ init, expected = 200) =>
		underway.push(
			fetch(`${level.url}${path}`, init).then(async (res) => {
				if (res.status !== expected) problems.push(`${path}: ${res.status} ${await res.text()}`);
				else await res.arrayBuffer();
			})
		);
	const checkIns = setInterval(() => {
		const code = String(100_000 + level.nextCode++);
		send(
			'/api/bookings/check-in',
			{
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: level.creds.kiosk, origin },
				body: JSON.stringify({ locationId: 1, code })
			},
			201
		);
	}, 1000 / CHECK_INS_PER_SECOND);
	let matter = 0;
	const queries = setInterval(() => {
		const serviceId = level.office.serviceOfWindow[matter++ % level.office.serviceOfWindow.length];
		send(`/api/locations/1/slots?serviceId=${serviceId}`, {});
	}, 1000 / SLOT_QUERIES_PER_SECOND);
	return async () => {
		clearInterval(checkIns);
		clearInterval(queries);
		await Promise.all(underway);
		if (problems.length > 0) throw new Error(`appointment traffic refused: ${problems[0]}`);
	};
}

/**
 * @param {{rounds: number, warmupMs: number, durationMs: number, log: (s: string) => void}} o
 */
export async function measureAppointmentLoad({ rounds, warmupMs, durationMs, log }) {
	const perRound = Math.ceil(((warmupMs + durationMs) / 1000) * 20 * 1.1) + BENCH_WINDOWS;
	/** @type {any[]} */
	const levels = [];
	try {
		for (const withAppointments of [false, true]) {
			const office = await createBenchOffice();
			await seedBenchAccounts(office.dbPath);
			await issueQueue(office.dbPath, office.serviceOfWindow, WAITING);
			const checkIns = Math.ceil((rounds * durationMs * CHECK_INS_PER_SECOND) / 1000) + 20;
			if (withAppointments) await seedDueBookings(office.dbPath, office.serviceOfWindow, checkIns);
			const server = await startOkienko(office.dbPath);
			levels.push({
				withAppointments,
				office,
				server,
				url: server.url,
				pid: server.process.pid,
				creds: await benchCredentials(server.url),
				perRound,
				nextCode: 0,
				rounds: /** @type {any[]} */ ([])
			});
		}
		for (let r = 0; r < rounds; r++) {
			for (const level of levels) {
				const beside = level.withAppointments ? () => appointmentTraffic(level) : null;
				level.rounds.push(await round(level, BOARDS, { warmupMs, durationMs }, beside));
				await sleep(200);
			}
		}
		const [without, withAppointments] = levels.map((l) => ({
			...summarize(WAITING, l.rounds),
			checkIns: l.nextCode
		}));
		log(`  without appointments: ${JSON.stringify(without)}`);
		log(`  with check-ins and slot queries: ${JSON.stringify(withAppointments)}`);
		return {
			without,
			with: withAppointments,
			checkInsPerSecond: CHECK_INS_PER_SECOND,
			slotQueriesPerSecond: SLOT_QUERIES_PER_SECOND,
			boardRatio: withAppointments.p99 / without.p99,
			ackRatio: withAppointments.ackP99 / without.ackP99
		};
	} finally {
		for (const l of levels) {
			await l.server.stop();
			fs.rmSync(l.office.dir, { recursive: true, force: true });
		}
	}
}

/** The ratio the figure is judged by: within the noise of two servers measured in turns. */
export const APPOINTMENT_LOAD_TARGET = 1.25;

/** Rows of the summary table. @param {any} a the figure's result */
export function appointmentLoadSummaryRows(a) {
	const ms = (/** @type {number} */ v) => v.toFixed(1);
	return [
		[
			'Call-to-board p99 (30 boards) with 2 check-ins and 5 free-slot queries a second, against none',
			`${ms(a.with.p99)} ms against ${ms(a.without.p99)} ms`,
			'–',
			`${a.boardRatio.toFixed(2)}×`,
			`≤ ${APPOINTMENT_LOAD_TARGET}×`,
			a.boardRatio <= APPOINTMENT_LOAD_TARGET ? 'met' : '**missed**'
		]
	];
}

/** Section 10 of docs/benchmarks.md. @param {any} a the figure's result */
export function appointmentLoadSection(a) {
	const ms = (/** @type {number} */ v) => v.toFixed(1);
	const row = (/** @type {string} */ name, /** @type {any} */ x) =>
		`| ${name} | ${x.calls} | ${ms(x.p50)} | ${ms(x.p99)} | ${ms(x.ackP50)} | ${ms(x.ackP99)} | ${x.missing} | ${x.checkIns} |`;
	return `## 10. Appointments beside the calls

Issue 14: "booking and check-in add nothing measurable to the call-to-board figure"
(bench/appointment-load.mjs). Two servers over the same bench office and the same morning queue
(${a.without.waiting} waiting), each with ${a.without.boards} boards, 10 kiosks and 50 consoles at 20 calls and 20 finishes a
second (the growth figure's load, socket receipt on the boards). Beside one of them, visitors
check in at the kiosks (${a.checkInsPerSecond} a second, \`POST /api/bookings/check-in\`: each an IMMEDIATE transaction
that issues an R ticket) and phones ask for a matter's free slots (${a.slotQueriesPerSecond} a second). Their bookings are
written into the file before the start (the public API lets one address make 10 bookings in 10
minutes, by design). ${a.without.rounds} rounds each, in turns.

| | calls | call-to-board p50 ms | p99 ms | console ack p50 ms | p99 ms | receipts missing | check-ins |
|---|---|---|---|---|---|---|---|
${row('Without appointments', { ...a.without, checkIns: 0 })}
${row('With check-ins and slot queries', a.with)}

p99 with appointments against without: **${a.boardRatio.toFixed(2)}×** on the boards, ${a.ackRatio.toFixed(2)}× for the consoles
(target ≤ ${APPOINTMENT_LOAD_TARGET}×: two servers measured in turns on a shared machine differ by that much with the same
work).

`;
}
