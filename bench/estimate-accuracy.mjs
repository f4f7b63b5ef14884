// The wait estimate's accuracy on simulated office days: how many visitors' actual wait (issue →
// call) fell inside the range the kiosk showed them. Pure and seeded: no server, no clock, the
// same estimate function the kiosk uses (queue/estimate.ts) and the real ordering rule
// (queue/ordering.ts chooseNext, peopleAhead), so the figure is the kiosk's own. Target ≥ 80 %.
//
// The office simulated: one Civic Affairs floor, 8 hours of tickets (7:30–15:30, served until the
// queue is empty), arrivals at random (Poisson) with a morning peak, service times log-normal
// (most visits near the typical one, a few far longer), about 8 % out of turn, 3 % who do not come
// when called (the clerk waits a minute), a walk of 20–90 s to the window, two windows' breaks,
// and one window that serves two matters. Day after day, the history carries over.
//
//   node bench/estimate-accuracy.mjs [--days=N] [--seed=N]
import { pathToFileURL } from 'node:url';
import { closeTs, loadTs } from './lib/ts.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;
const OPENS = 7.5 * HOUR;
const LAST_TICKET = 15.5 * HOUR;

/** Matters: typical visit (median minutes), its spread (log-normal sigma), tickets an hour. */
const MATTERS = [
	{ id: 1, name: 'dowód osobisty', medianMin: 8, sigma: 0.45, perHour: 13 },
	{ id: 2, name: 'meldunek', medianMin: 5, sigma: 0.6, perHour: 10 },
	{ id: 3, name: 'podatek od nieruchomości', medianMin: 10, sigma: 0.5, perHour: 5 }
];
/** Windows, the matters each serves, and its breaks (start hour, minutes). */
const WINDOWS = [
	{ id: 1, serviceIds: [1], breaks: [[11, 30]] },
	{ id: 2, serviceIds: [1], breaks: [[12, 30]] },
	{ id: 3, serviceIds: [1, 2], breaks: [] },
	{ id: 4, serviceIds: [2], breaks: [[10, 15]] },
	{ id: 5, serviceIds: [3], breaks: [[12.5, 20]] }
];
/** The hour's share of the day's rate, 7:30 onwards: the morning rush, a quieter afternoon. */
const PROFILE = [0.9, 1.4, 1.4, 1.1, 0.9, 0.8, 0.8, 0.7];
const PRIORITY_SHARE = 0.08;
const NO_SHOW_SHARE = 0.03;

/** mulberry32: a small seeded generator, so every run simulates the same days. */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function normal(random) {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The day's arrivals: a Poisson process per matter, its rate following PROFILE (by thinning). */
function arrivals(random, day) {
	const peak = Math.max(...PROFILE);
	const list = [];
	for (const m of MATTERS) {
		let t = OPENS;
		for (;;) {
			t += (-Math.log(1 - random()) / (m.perHour * peak)) * HOUR;
			if (t >= LAST_TICKET) break;
			const hour = Math.floor((t - OPENS) / HOUR);
			if (random() < PROFILE[hour] / peak) list.push({ at: day + Math.round(t), serviceId: m.id });
		}
	}
	return list.sort((a, b) => a.at - b.at);
}

/**
 * Simulate `days` office days and compare each visitor's actual wait with the range shown at issue.
 * @param {{ days?: number, seed?: number }} [options]
 */
export async function measureEstimate({ days = 20, seed = 12 } = {}) {
	const q = await loadTs('/src/lib/server/queue/index.ts');
	const random = rng(seed);
	const policy = q.DEFAULT_POLICY;
	/** Service durations (ms) of finished visits per matter, newest last (the repository's sample). */
	const recent = new Map(MATTERS.map((m) => [m.id, []]));
	let id = 0;
	let inside = 0;
	let below = 0;
	let above = 0;
	let unknown = 0;
	let widthSum = 0;
	let visitors = 0;
	for (let d = 0; d < days; d++) {
		const day = d * 24 * HOUR;
		const pending = arrivals(random, day);
		/** @type {any[]} */
		const waiting = [];
		const windows = WINDOWS.map((w) => ({
			id: w.id,
			locationId: 1,
			label: String(w.id),
			room: '010',
			status: 'open',
			pauseReason: null,
			serviceIds: w.serviceIds,
			consecutivePriorityCalls: 0,
			breaks: w.breaks.map(([h, minutes]) => [day + h * HOUR, day + h * HOUR + minutes * MIN]),
			busyUntil: 0,
			visit: /** @type {null | { serviceId: number, start: number, end: number }} */ (null)
		}));
		const estimates = new Map();
		const step = 1000;
		for (
			let now = day + OPENS;
			pending.length > 0 || waiting.length > 0 || windows.some((w) => w.visit);
			now += step
		) {
			for (const w of windows) {
				w.status = w.breaks.some(([from, to]) => now >= from && now < to) ? 'paused' : 'open';
				if (w.visit && now >= w.visit.end) {
					if (w.visit.start !== null) {
						const sample = recent.get(w.visit.serviceId);
						sample.push(w.visit.end - w.visit.start);
						if (sample.length > q.ESTIMATE_SAMPLE) sample.shift();
					}
					w.visit = null;
				}
			}
			while (pending.length > 0 && pending[0].at <= now) {
				const a = pending.shift();
				const priority = random() < PRIORITY_SHARE ? 'elderly' : null;
				const ticket = {
					id: ++id,
					locationId: 1,
					serviceId: a.serviceId,
					priority,
					state: 'waiting',
					issuedAt: now
				};
				const counts = new Map();
				for (const t of waiting) counts.set(t.serviceId, (counts.get(t.serviceId) ?? 0) + 1);
				const serving = q.servingWindows(windows, a.serviceId, counts);
				const estimate = q.estimateWait({
					ahead: q.peopleAhead(ticket, waiting),
					recentServiceMs: [...recent.get(a.serviceId)].reverse(),
					openWindows: serving.open,
					pausedWindows: serving.paused
				});
				estimates.set(ticket.id, estimate);
				waiting.push(ticket);
			}
			for (const w of windows) {
				if (w.visit || w.status !== 'open') continue;
				const next = q.chooseNext(waiting, w, policy);
				if (!next) continue;
				waiting.splice(waiting.indexOf(next), 1);
				w.consecutivePriorityCalls = q.priorityRunAfter(w, next);
				const waited = now - next.issuedAt;
				const estimate = estimates.get(next.id);
				visitors++;
				if (!estimate.known) unknown++;
				else {
					widthSum += estimate.to - estimate.from;
					if (waited < estimate.from * MIN) below++;
					else if (waited > estimate.to * MIN) above++;
					else inside++;
				}
				const m = MATTERS.find((x) => x.id === next.serviceId);
				if (random() < NO_SHOW_SHARE) {
					w.visit = { serviceId: m.id, start: null, end: now + MIN };
				} else {
					const walk = (20 + random() * 70) * 1000;
					const service = m.medianMin * MIN * Math.exp(m.sigma * normal(random));
					// The sample is the window's time per visitor, from the call (the walk included).
					w.visit = { serviceId: m.id, start: now, end: now + walk + Math.max(30_000, service) };
				}
			}
		}
	}
	const known = inside + below + above;
	return {
		days,
		seed,
		visitors,
		known,
		unknown,
		insideShare: known ? inside / known : NaN,
		belowShare: known ? below / known : NaN,
		aboveShare: known ? above / known : NaN,
		meanWidthMinutes: known ? widthSum / known : NaN
	};
}

/** The one line `npm run bench` prints. */
export function estimateLine(r) {
	return (
		`estimate accuracy: ${(r.insideShare * 100).toFixed(1)} % inside the range ` +
		`(target ≥ 80 %; ${r.known} visitors over ${r.days} simulated days, ` +
		`${(r.belowShare * 100).toFixed(1)} % called sooner, ${(r.aboveShare * 100).toFixed(1)} % later, ` +
		`mean width ${r.meanWidthMinutes.toFixed(1)} min, ${r.unknown} shown "unknown")`
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const opt = (name, fallback) => {
		const a = process.argv.find((x) => x.startsWith(`--${name}=`));
		return a ? Number(a.split('=')[1]) : fallback;
	};
	try {
		console.log(
			estimateLine(await measureEstimate({ days: opt('days', 20), seed: opt('seed', 12) }))
		);
	} finally {
		await closeTs();
	}
}
