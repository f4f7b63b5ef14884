// Figure 8: the free slots of every matter for one day (issue 14: "listing a day's free slots
// for all matters answers in < 20 ms with 10 000 bookings in the database"). The bench office
// (lib/office.mjs) gets an appointment schedule for every matter (Monday–Friday 08:00–15:00,
// 15-minute slots, 2 places) and 10 000 bookings written straight into its SQLite file over the
// bookable days (the next 30), as the booking service writes them, a tenth of them cancelled.
// Then, round by round, for the first bookable day: every matter's free slots in one call (GET
// /api/locations/1/free-slots?day=…), the figure; and the booking page's own question for each
// matter (GET /api/locations/1/slots?serviceId=…&day=…), all matters' requests sent at once and
// timed from the first sent to the last answer read, with each request's own time. The floor (floor/slots.mjs) answers the same question from the same file; rounds
// alternate between the two servers so the machine's other work falls on both alike.
import http from 'node:http';
import { createBenchOffice } from './lib/office.mjs';
import { startOkienko } from './lib/okienko.mjs';
import { startScript } from './lib/child.mjs';
import { nowMs, percentile } from './lib/measure.mjs';
import { loadTs } from './lib/ts.mjs';

/** A small seeded generator (mulberry32): every run books the same slots. */
function random(seed = 14) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The office with schedules and `count` bookings; answers the day measured and the matters.
 * @param {string} dbPath @param {number} count @param {number} now
 */
async function seedBookings(dbPath, count, now) {
	const { openDatabase } = await loadTs('/src/lib/server/db/open.ts');
	const { OfficeRepository } = await loadTs('/src/lib/server/office/repository.ts');
	const { BookingRepository } = await loadTs('/src/lib/server/db/repositories/bookings.ts');
	const { bookableDays, slotsOn, DEFAULT_BOOKING_POLICY } = await loadTs(
		'/src/lib/server/queue/index.ts'
	);
	const db = openDatabase(dbPath);
	const office = new OfficeRepository(db);
	const repo = new BookingRepository(db);
	const location = office.locations()[0];
	const services = office.services(location.id).filter((/** @type {any} */ s) => s.active);
	const week = [1, 2, 3, 4, 5].map((weekday) => ({
		weekday,
		from: '08:00',
		to: '15:00',
		slotMinutes: 15,
		capacity: 2
	}));
	for (const s of services) repo.setSchedule(s.id, week);
	const days = bookableDays(location.hours, now, DEFAULT_BOOKING_POLICY);
	/** Every place of every slot, as [service, slot]; bookings take places at random. */
	const places = [];
	for (const s of services) {
		for (const day of days) {
			for (const slot of slotsOn(week, location.hours, day)) {
				for (let i = 0; i < slot.capacity; i++) places.push({ serviceId: s.id, slot });
			}
		}
	}
	if (places.length < count) throw new Error(`only ${places.length} places for ${count} bookings`);
	const next = random();
	for (let i = places.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[places[i], places[j]] = [places[j], places[i]];
	}
	db.transaction(() => {
		for (let i = 0; i < count; i++) {
			const { serviceId, slot } = places[i];
			const id = repo.insert({
				locationId: location.id,
				serviceId,
				day: slot.day,
				start: slot.start,
				slotAt: slot.at,
				code: String(i).padStart(6, '0'),
				viewToken: `bench-${i}`,
				lang: 'pl',
				email: null,
				phone: null,
				interpreter: false,
				accessible: false,
				bookedBy: null,
				createdAt: now
			});
			if (i % 10 === 0) repo.setState(id, 'cancelled', now);
		}
	})();
	db.close();
	return {
		locationId: location.id,
		day: days[0],
		serviceIds: services.map((/** @type {any} */ s) => s.id)
	};
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** GET a URL's body (no compression asked: both servers send plain JSON). @param {string} url */
function get(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, { agent }, (res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (body += d));
				res.on('end', () =>
					res.statusCode === 200 ? resolve(body) : reject(new Error(`${res.statusCode} ${body}`))
				);
			})
			.on('error', reject);
	});
}

/** One call for every matter. @param {string} base @param {number} locationId @param {string} day */
async function oneCall(base, locationId, day) {
	const t = nowMs();
	const body = await get(`${base}/api/locations/${locationId}/free-slots?day=${day}`);
	if (!body.includes('"matters"')) throw new Error(`no matters in ${body.slice(0, 200)}`);
	return nowMs() - t;
}

/**
 * One round: every matter's slots for the day, all at once. Answers the round's time and each
 * request's. @param {string} base @param {number[]} serviceIds @param {string} day
 */
async function round(base, locationId, serviceIds, day) {
	const t0 = nowMs();
	const each = await Promise.all(
		serviceIds.map(async (id) => {
			const t = nowMs();
			const body = await get(
				`${base}/api/locations/${locationId}/slots?serviceId=${id}&day=${day}`
			);
			if (!body.includes('"slots"')) throw new Error(`no slots in ${body.slice(0, 200)}`);
			return nowMs() - t;
		})
	);
	return { all: nowMs() - t0, each };
}

const summary = (
	/** @type {{one: number[], all: number[], each: number[]}} */ { one, all, each }
) => ({
	oneP50: percentile(one, 50),
	oneP99: percentile(one, 99),
	p50: percentile(all, 50),
	p99: percentile(all, 99),
	requestP50: percentile(each, 50),
	requestP99: percentile(each, 99)
});

/** @param {{bookings: number, rounds: number, log: (s: string) => void}} o */
export async function measureSlots({ bookings, rounds, log }) {
	const office = await createBenchOffice();
	const now = Date.now();
	const { locationId, day, serviceIds } = await seedBookings(office.dbPath, bookings, now);
	log(
		`  ${bookings} bookings over the next 30 days, ${serviceIds.length} matters, measuring ${day}`
	);
	const okienko = await startOkienko(office.dbPath);
	const floor = await startScript('bench/floor/slots.mjs', { OKIENKO_DB: office.dbPath });
	try {
		/** @type {Record<'okienko' | 'floor', {one: number[], all: number[], each: number[]}>} */
		const runs = {
			okienko: { one: [], all: [], each: [] },
			floor: { one: [], all: [], each: [] }
		};
		const servers = /** @type {const} */ ([
			['okienko', okienko.url],
			['floor', floor.url]
		]);
		// Warm-up: the first rounds compile the code paths and fill the page cache.
		for (let i = 0; i < 20; i++) {
			for (const [, url] of servers) {
				await oneCall(url, locationId, day);
				await round(url, locationId, serviceIds, day);
			}
		}
		for (let i = 0; i < rounds; i++) {
			for (const [name, url] of servers) {
				runs[name].one.push(await oneCall(url, locationId, day));
				const r = await round(url, locationId, serviceIds, day);
				runs[name].all.push(r.all);
				runs[name].each.push(...r.each);
			}
		}
		const result = {
			bookings,
			matters: serviceIds.length,
			rounds,
			okienko: summary(runs.okienko),
			floor: summary(runs.floor)
		};
		log(
			`  one call, every matter: Okienko p50 ${result.okienko.oneP50.toFixed(1)} ms, p99 ${result.okienko.oneP99.toFixed(1)} ms; floor p50 ${result.floor.oneP50.toFixed(1)} ms, p99 ${result.floor.oneP99.toFixed(1)} ms (target p99 < 20 ms)`
		);
		log(
			`  ${serviceIds.length} requests, one per matter: Okienko p50 ${result.okienko.p50.toFixed(1)} ms, p99 ${result.okienko.p99.toFixed(1)} ms; floor p50 ${result.floor.p50.toFixed(1)} ms, p99 ${result.floor.p99.toFixed(1)} ms`
		);
		log(
			`  one request: Okienko p50 ${result.okienko.requestP50.toFixed(1)} ms, p99 ${result.okienko.requestP99.toFixed(1)} ms; floor p50 ${result.floor.requestP50.toFixed(1)} ms, p99 ${result.floor.requestP99.toFixed(1)} ms`
		);
		return result;
	} finally {
		agent.destroy();
		await okienko.stop();
		await floor.stop();
	}
}

const f = (/** @type {number} */ n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const int = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

/** The summary table's row (report.mjs). @param {any} s the figure's result */
export function slotsSummaryRows(s) {
	return [
		[
			`Free slots of every matter for a day, one call, ${int(s.bookings)} bookings`,
			`p99 ${f(s.okienko.oneP99)} ms (p50 ${f(s.okienko.oneP50)})`,
			`p99 ${f(s.floor.oneP99)} ms (p50 ${f(s.floor.oneP50)})`,
			`${f(s.okienko.oneP50 / s.floor.oneP50, 2)}× at p50`,
			'p99 < 20 ms',
			s.okienko.oneP99 < 20 ? 'met' : '**missed**'
		]
	];
}

/** Section 9 of docs/benchmarks.md. @param {any} s the figure's result */
export function slotsSection(s) {
	const row = (/** @type {string} */ name, /** @type {any} */ o) =>
		`| ${name} | ${f(o.oneP50)} | ${f(o.oneP99)} | ${f(o.p50)} | ${f(o.p99)} | ${f(o.requestP50)} | ${f(o.requestP99)} |`;
	return `## 9. Free slots of every matter for a day

Issue 14: "listing a day's free slots for all matters answers in < 20 ms with 10 000 bookings in
the database" (bench/slots.mjs). The bench office's ${s.matters} matters each get a schedule
(Monday–Friday 08:00–15:00, 15-minute slots, 2 places) and ${int(s.bookings)} bookings are written into
its SQLite file over the next 30 days, a tenth of them cancelled. For the first bookable day,
${s.rounds} rounds, Okienko and the floor (bench/floor/slots.mjs: node:http and two prepared
queries on the same file and indexes, no calendar, access control or validation) in turns:
every matter's free slots in one call (\`GET /api/locations/1/free-slots?day=\`, the figure), then
the booking page's own question for each matter (\`GET /api/locations/1/slots?serviceId=&day=\`),
all ${s.matters} requests sent at once, timed to the last answer, and each request on its own.

| | one call p50 ms | one call p99 ms | ${s.matters} requests p50 ms | ${s.matters} requests p99 ms | one request p50 ms | one request p99 ms |
|---|---|---|---|---|---|---|
${row('Okienko', s.okienko)}
${row('Floor', s.floor)}

What was found: a day's slots read the zone's offset (Intl, the slow part) twice for every slot:
about 3.4 ms per matter in process, so 31 matters asked one by one cost over 100 ms. A day's
slots now share one offset unless a DST change falls between them (queue/slots.ts), and every
matter's slots of a day come in one call from two queries (the schedules, and the day's bookings
of the location through bookings_location_slot, migration 026). What is left: the per-matter
requests each carry SvelteKit's request handling and the bookable days' calendar, about 1.5 ms a
request against the floor's 0.3 ms; the booking page asks for one matter at a time, so the visitor
waits for one of them.

`;
}
