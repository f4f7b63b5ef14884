// Figure 8: a booking made → its confirmation e-mail received by the mail server. The time runs
// from the booking's POST until an SMTP server on loopback has the whole message (where the
// visitor's inbox would get it), one booking at a time, for Okienko (POST /api/bookings on the
// production server, the outbox and its sender loop) and for the floor (bench/floor/mail.mjs:
// the booking and its message stored in one transaction, answered, then sent by nodemailer),
// in alternating turns so the machine's other work falls on both.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SMTPServer } from 'smtp-server';
import { startScript } from './lib/child.mjs';
import { percentile, nowMs } from './lib/measure.mjs';
import { createBenchOffice } from './lib/office.mjs';
import { loadTs } from './lib/ts.mjs';

/** Okienko takes 10 bookings per client address in 10 minutes: each address books this many. */
const PER_ADDRESS = 10;

/** An SMTP server that tells when each recipient's message has arrived whole. */
async function startSink() {
	/** @type {Map<string, (at: number) => void>} */
	const waiting = new Map();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		// The sink's own reverse DNS lookup of 127.0.0.1 is no part of sending.
		disableReverseLookup: true,
		logger: false,
		onData(stream, session, callback) {
			stream.resume();
			stream.on('end', () => {
				const at = nowMs();
				for (const r of session.envelope.rcptTo) waiting.get(r.address)?.(at);
				callback();
			});
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(null)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.server.address());
	return {
		url: `smtp://127.0.0.1:${port}`,
		/** @param {string} address */
		arrival: (address) => new Promise((resolve) => waiting.set(address, resolve)),
		close: () => new Promise((resolve) => server.close(() => resolve(null)))
	};
}

/**
 * POST a JSON body from a given loopback address; resolves when answered.
 * @param {string} url @param {unknown} body @param {string} localAddress
 */
function post(url, body, localAddress) {
	const data = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				localAddress,
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(data),
					origin: new URL(url).origin
				}
			},
			(res) => {
				res.resume();
				res.on('end', () =>
					res.statusCode === 201 ? resolve(null) : reject(new Error(`HTTP ${res.statusCode}`))
				);
			}
		);
		req.on('error', reject);
		req.end(data);
	});
}

/** @param {{rounds: number, perRound: number, log: (s: string) => void}} options */
export async function measureMail({ rounds, perRound, log }) {
	const sink = await startSink();
	const office = await createBenchOffice();
	const serviceId = office.serviceOfWindow[0];
	const db = new Database(office.dbPath);
	const add = db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '08:00', '15:00', 30, 50)`
	);
	for (const weekday of [1, 2, 3, 4, 5]) add.run(serviceId, weekday);
	db.close();
	const { startServer } = await loadTs('/tests/support/server.ts');
	const mail = { OKIENKO_SMTP_URL: sink.url, OKIENKO_MAIL_FROM: 'Urząd <kolejka@bench.test>' };
	const okienko = await startServer({
		dbPath: office.dbPath,
		env: { OKIENKO_SEED: 'none', OKIENKO_DB: office.dbPath, ...mail }
	});
	const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-bench-mail-'));
	const floor = await startScript('bench/floor/mail.mjs', {
		OKIENKO_DB: path.join(floorDir, 'floor.sqlite'),
		...mail
	});
	try {
		const slots = await (
			await fetch(`${okienko.url}/api/locations/1/slots?serviceId=${serviceId}`)
		).json();
		const { day, slots: list } = slots.data;
		let n = 0;
		/** @type {{okienko: number[], floor: number[]}} */
		const samples = { okienko: [], floor: [] };
		/** The booking's answer alone. @type {{okienko: number[], floor: number[]}} */
		const answers = { okienko: [], floor: [] };
		/** @param {'okienko' | 'floor'} who @param {string} url */
		const one = async (who, url) => {
			const i = n++;
			const email = `b${i}@bench.test`;
			const start = list[Math.floor(i / 50) % list.length].start;
			const arrived = sink.arrival(email);
			const t0 = nowMs();
			const address = `127.0.0.${2 + Math.floor(i / PER_ADDRESS)}`;
			await post(`${url}/api/bookings`, { locationId: 1, serviceId, day, start, email }, address);
			answers[who].push(nowMs() - t0);
			samples[who].push((await arrived) - t0);
		};
		for (let r = 0; r < rounds; r++) {
			for (let i = 0; i < perRound; i++) await one('okienko', okienko.url);
			for (let i = 0; i < perRound; i++) await one('floor', floor.url);
			log(
				`  round ${r + 1}/${rounds}: ${samples.okienko.length} + ${samples.floor.length} e-mails`
			);
		}
		const stat = (/** @type {'okienko' | 'floor'} */ who) => ({
			n: samples[who].length,
			p50: percentile(samples[who], 50),
			p99: percentile(samples[who], 99),
			max: Math.max(...samples[who]),
			answerP50: percentile(answers[who], 50)
		});
		const result = { okienko: stat('okienko'), floor: stat('floor') };
		const ratio = result.okienko.p50 / result.floor.p50;
		log(
			`  booking → e-mail received, p50/p99: Okienko ${result.okienko.p50.toFixed(1)}/${result.okienko.p99.toFixed(1)} ms, floor ${result.floor.p50.toFixed(1)}/${result.floor.p99.toFixed(1)} ms (p50 ratio ${ratio.toFixed(2)}×); the booking's answer p50: ${result.okienko.answerP50.toFixed(1)} / ${result.floor.answerP50.toFixed(1)} ms`
		);
		return { ...result, ratio };
	} finally {
		await okienko.stop();
		await floor.stop();
		await sink.close();
		fs.rmSync(floorDir, { recursive: true, force: true });
		fs.rmSync(office.dir, { recursive: true, force: true });
	}
}

const f = (/** @type {number} */ n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');

/** Figure 8's line in the summary (bench/report.mjs). @param {any} mail */
export function mailSummaryRows(mail) {
	return [
		[
			'Booking → confirmation e-mail received, p50',
			`${f(mail.okienko.p50)} ms (p99 ${f(mail.okienko.p99)})`,
			`${f(mail.floor.p50)} ms (p99 ${f(mail.floor.p99)})`,
			`${f(mail.ratio, 2)}×`,
			'≤ 1.5×',
			mail.ratio <= 1.5 ? 'met' : '**missed**'
		]
	];
}

/** Figure 8's section of docs/benchmarks.md. @param {any} mail */
export function mailSection(mail) {
	return `## 8. Booking → confirmation e-mail

From a visitor's booking (\`POST /api/bookings\`) until a mail server on loopback has the whole
confirmation (bench/mail.mjs), one booking at a time, ${mail.okienko.n} for Okienko and
${mail.floor.n} for the floor, in alternating turns of 10. Okienko writes the message to its
outbox in the booking's transaction and its sender loop sends it right after the answer
(src/lib/server/notify/); the floor (bench/floor/mail.mjs) stores the booking and its message in
one transaction, answers, then sends it with nodemailer: what any system must do to lose no
message while the mail server is down, with the same tricks. Both open one SMTP connection per
message. The booking's answer alone: p50 ${f(mail.okienko.answerP50)} ms (Okienko: the
SvelteKit route, validation, the slot checks) against ${f(mail.floor.answerP50)} ms.

| | p50 ms | p99 ms | max ms |
|---|---|---|---|
| Okienko | ${f(mail.okienko.p50)} | ${f(mail.okienko.p99)} | ${f(mail.okienko.max)} |
| Floor | ${f(mail.floor.p50)} | ${f(mail.floor.p99)} | ${f(mail.floor.max)} |

`;
}
