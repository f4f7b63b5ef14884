// Generates a year of a busy office into a fresh database, written directly with better-sqlite3 in
// one transaction per day: the bench office (50 windows over 9 departments), every working day of
// the year (Polish public holidays off), the demo office's opening hours, a morning peak, 8 %
// priority tickets, recalls, no-shows, transfers (mostly from the front office to a department),
// returns and cancellations. Each department is simulated as a queue with its windows as servers,
// so waits grow at the peaks as they would. Tickets and events look exactly as the server writes
// them (same columns, same event types and data), in time order, each event at a window with the
// clerk on duty there that day (60 clerks on a rota). The statistics roll-up (migration 008) is
// written by its triggers as the events go in, as on the server.
import { randomBytes } from 'node:crypto';
import { createBenchOffice } from '../lib/office.mjs';
import { loadTs } from '../lib/ts.mjs';

const MIN = 60_000;

/** A small seeded PRNG (mulberry32), so every run generates the same year. @param {number} seed */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Public holidays in Poland that fall on working days, 2025 and 2026. */
const HOLIDAYS = new Set([
	'2025-01-01',
	'2025-01-06',
	'2025-04-21',
	'2025-05-01',
	'2025-06-19',
	'2025-08-15',
	'2025-11-11',
	'2025-12-24',
	'2025-12-25',
	'2025-12-26',
	'2026-01-01',
	'2026-01-06',
	'2026-04-06',
	'2026-05-01',
	'2026-06-04',
	'2026-11-11',
	'2026-12-24',
	'2026-12-25'
]);

/** Opening hours (minutes of the local day) by ISO weekday, as the demo office. */
const HOURS = { 1: [450, 1020], 2: [450, 930], 3: [450, 930], 4: [450, 930], 5: [450, 840] };
const WEEKDAY_LOAD = { 1: 1.3, 2: 1.0, 3: 1.0, 4: 0.95, 5: 0.75 };
/** Arrivals per half hour after opening: a morning peak, a dip at noon. */
const PROFILE = [
	0.8, 1.2, 1.5, 1.7, 1.8, 1.7, 1.5, 1.3, 1.1, 1.0, 1.1, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.5, 0.4
];
const PRIORITIES = ['pregnant', 'small_children', 'elderly', 'limited_mobility'];

/** UTC offset (ms) of Warsaw at an instant. */
const fmt = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Warsaw',
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});
/** @param {number} at */
function warsawOffset(at) {
	const p = Object.fromEntries(fmt.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
	return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - (at - (at % MIN));
}

/** A tiny binary min-heap on `key`. */
class Heap {
	/** @type {any[]} */ a = [];
	get size() {
		return this.a.length;
	}
	peek() {
		return this.a[0];
	}
	/** @param {any} x */
	push(x) {
		const a = this.a;
		a.push(x);
		for (let i = a.length - 1; i > 0;) {
			const p = (i - 1) >> 1;
			if (a[p].key <= a[i].key) break;
			[a[p], a[i]] = [a[i], a[p]];
			i = p;
		}
	}
	pop() {
		const a = this.a;
		const top = a[0];
		const last = a.pop();
		if (a.length) {
			a[0] = last;
			for (let i = 0; ;) {
				const l = 2 * i + 1,
					r = l + 1;
				let m = i;
				if (l < a.length && a[l].key < a[m].key) m = l;
				if (r < a.length && a[r].key < a[m].key) m = r;
				if (m === i) break;
				[a[m], a[i]] = [a[i], a[m]];
				i = m;
			}
		}
		return top;
	}
}

/**
 * @param {{file: string, tickets: number, year: number, log: (s: string) => void}} o
 * @returns {Promise<{tickets: number, events: number, days: number, from: number, to: number}>}
 */
export async function generateYear({ file, tickets: total, year, log }) {
	await createBenchOffice(file);
	const { openDatabase } = await loadTs('/src/lib/server/db/open.ts');
	const { formatTicketNumber } = await loadTs('/src/lib/server/queue/numbering.ts');
	const db = openDatabase(file);
	db.pragma('foreign_keys = OFF'); // consistent by construction; checked by the bench afterwards
	db.pragma('synchronous = OFF'); // a generated file: durability is not the point here
	const rand = prng(20250101);
	const between = (/** @type {number} */ lo, /** @type {number} */ hi) => lo + rand() * (hi - lo);
	const logNormal = (/** @type {number} */ median, /** @type {number} */ sigma) => {
		const u = Math.max(rand(), 1e-9),
			v = rand();
		return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
	};

	/** @type {{id: number, prefix: string, sort: number}[]} */
	const departments = db.prepare('SELECT id, prefix, sort FROM departments ORDER BY sort').all();
	/** @type {{id: number, department_id: number, prefix: string | null}[]} */
	const services = db.prepare('SELECT id, department_id, prefix FROM services').all();
	/** @type {{window_id: number, department_id: number}[]} */
	const windowRows = db
		.prepare(
			`SELECT DISTINCT ws.window_id, s.department_id FROM window_services ws
			 JOIN services s ON s.id = ws.service_id`
		)
		.all();
	// Simulation order: the front office (kancelaria) first, so transfers from it can be queued
	// in the departments simulated after it; transfers only go to departments later in the order.
	const kancelaria =
		departments.find((d) => d.prefix === 'I') ?? departments[departments.length - 1];
	const order = [kancelaria, ...departments.filter((d) => d !== kancelaria)];
	const plan = order.map((d) => ({
		...d,
		services: services.filter((s) => s.department_id === d.id),
		windows: windowRows.filter((w) => w.department_id === d.id).map((w) => w.window_id)
	}));
	const totalWindows = plan.reduce((n, d) => n + d.windows.length, 0);
	const deptPrefix = new Map(departments.map((d) => [d.id, d.prefix]));

	// Working days and how many tickets each gets.
	const days = [];
	for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
		const d = new Date(t);
		const weekday = ((d.getUTCDay() + 6) % 7) + 1;
		const iso = d.toISOString().slice(0, 10);
		if (weekday <= 5 && !HOLIDAYS.has(iso)) days.push({ iso, weekday, utcMidnight: t });
	}
	const weight = days.reduce((n, d) => n + WEEKDAY_LOAD[d.weekday], 0);
	let assigned = 0;
	const perDay = days.map((d, i) => {
		const n =
			i === days.length - 1
				? total - assigned
				: Math.round((total * WEEKDAY_LOAD[d.weekday]) / weight);
		assigned += n;
		return n;
	});

	const insTicket = db.prepare(
		`INSERT INTO tickets (id, code, location_id, day, number, department_id, service_id, priority,
		 state, issued_at, called_at, started_at, finished_at, window_id, recalls, transfers, transfer_note)
		 VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insEvent = db.prepare(
		`INSERT INTO events (at, type, location_id, ticket_id, window_id, service_id, department_id,
		 priority, data_json, staff_id) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`
	);
	const CLERKS = 60;
	const insStaff = db.prepare(
		`INSERT INTO staff (id, login, first_name, last_name, role, password_hash, created_at,
		 password_changed_at) VALUES (?, ?, 'Urzędnik', ?, 'clerk', '-', 0, 0)`
	);
	for (let i = 1; i <= CLERKS; i++) insStaff.run(i, `clerk${i}`, String(i));
	/** The clerk at a window on the day with this index: a rota that moves every day. */
	const clerkAt = (/** @type {number} */ windowId, /** @type {number} */ dayIndex) =>
		((windowId * 7 + dayIndex * 11) % CLERKS) + 1;
	const insSeq = db.prepare(
		'INSERT INTO ticket_sequences (location_id, day, prefix, last_seq) VALUES (1, ?, ?, ?)'
	);
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	let nextId = 1;
	let eventCount = 0;
	const started = Date.now();

	days.forEach((day, di) => {
		const offset = warsawOffset(day.utcMidnight + 12 * 3_600_000);
		const base = day.utcMidnight - offset; // local midnight, UTC
		const [opens, closes] = HOURS[day.weekday];
		const lastIssue = closes - 15;
		const slots = PROFILE.slice(0, Math.ceil((lastIssue - opens) / 30));
		const slotWeight = slots.reduce((a, b) => a + b, 0);
		/** @type {any[]} */
		const dayTickets = [];
		for (let i = 0; i < perDay[di]; i++) {
			let r = rand() * slotWeight,
				s = 0;
			while (r > slots[s] && s < slots.length - 1) r -= slots[s++];
			const minute = Math.min(lastIssue - 0.01, opens + s * 30 + rand() * 30);
			// Departments in proportion to their windows.
			let w = rand() * totalWindows,
				d = 0;
			while (w >= plan[d].windows.length && d < plan.length - 1) w -= plan[d++].windows.length;
			const service = plan[d].services[Math.floor(rand() * plan[d].services.length)];
			dayTickets.push({
				issuedAt: Math.floor(base + minute * MIN),
				dept: d,
				service,
				priority: rand() < 0.08 ? PRIORITIES[Math.floor(rand() * 4)] : null,
				events: [],
				state: 'waiting',
				calledAt: null,
				startedAt: null,
				finishedAt: null,
				windowId: null,
				recalls: 0,
				transfers: 0,
				transferNote: null
			});
		}
		dayTickets.sort((a, b) => a.issuedAt - b.issuedAt);
		/** @param {any} t @param {number} at @param {string} type @param {object} [data] */
		const event = (t, at, type, data = {}) => {
			const last = t.events[t.events.length - 1];
			const when = last && at <= last.at ? last.at + 1 : Math.floor(at);
			t.events.push({
				at: when,
				type,
				windowId: t.windowId,
				serviceId: t.service.id,
				departmentId: t.service.department_id,
				priority: t.priority,
				data
			});
			return when;
		};
		const heaps = plan.map(() => new Heap());
		for (const t of dayTickets) {
			event(t, t.issuedAt, 'ticket_issued');
			heaps[t.dept].push({ key: t.issuedAt, t });
		}
		plan.forEach((dept, d) => {
			const heap = heaps[d];
			const free = dept.windows.map(() => base + opens * MIN);
			/** @type {any[]} */ const waitingP = [];
			/** @type {any[]} */ const waitingN = [];
			// Queue order is the issue time (a transferred or returned ticket keeps its place).
			const enqueue = (/** @type {any} */ t) => {
				const q = t.priority ? waitingP : waitingN;
				let i = q.length;
				while (i > 0 && q[i - 1].issuedAt > t.issuedAt) i--;
				q.splice(i, 0, t);
			};
			for (;;) {
				let s = 0;
				for (let k = 1; k < free.length; k++) if (free[k] < free[s]) s = k;
				if (waitingP.length + waitingN.length === 0) {
					if (!heap.size) break;
					enqueue(heap.pop().t);
					continue;
				}
				if (heap.size && heap.peek().key <= free[s]) {
					enqueue(heap.pop().t);
					continue;
				}
				const t = waitingP.length ? waitingP.shift() : waitingN.shift();
				const ready = t.events[t.events.length - 1].at;
				t.windowId = dept.windows[s];
				t.state = 'called';
				let now = event(t, Math.max(free[s], ready) + between(0, 5000), 'ticket_called', {
					waitedMs: 0
				});
				t.events[t.events.length - 1].data = { waitedMs: now - t.issuedAt };
				t.calledAt = now;
				t.startedAt = null;
				const roll = rand();
				if (roll < 0.03) {
					// No-show after one or two recalls.
					const recalls = 1 + Math.floor(rand() * 2);
					for (let k = 1; k <= recalls; k++) {
						t.recalls++;
						now = event(t, now + 45_000, 'ticket_recalled', { recalls: t.recalls });
					}
					now = event(t, now + 60_000, 'ticket_no_show');
					t.state = 'no_show';
					t.finishedAt = now;
				} else if (roll < 0.035) {
					now = event(t, now + 60_000, 'ticket_cancelled');
					t.state = 'cancelled';
					t.finishedAt = now;
				} else {
					const walk = Math.min(240_000, logNormal(35_000, 0.5));
					if (walk > 50_000) {
						t.recalls++;
						event(t, now + 40_000, 'ticket_recalled', { recalls: t.recalls });
					}
					now = event(t, now + walk, 'service_started');
					t.state = 'serving';
					t.startedAt = now;
					const service = Math.min(60 * MIN, logNormal((3.5 + d * 0.4) * MIN, 0.6));
					const move = rand();
					const transferRate = d === 0 ? 0.12 : 0.02;
					if (move < transferRate && d < plan.length - 1) {
						const to = d + 1 + Math.floor(rand() * (plan.length - 1 - d));
						const target = plan[to].services[Math.floor(rand() * plan[to].services.length)];
						const from = t.service;
						now = event(t, now + service * 0.5, 'ticket_transferred', {
							fromServiceId: from.id,
							fromDepartmentId: from.department_id
						});
						t.events[t.events.length - 1].serviceId = target.id;
						t.events[t.events.length - 1].departmentId = target.department_id;
						t.service = target;
						t.dept = to;
						t.transfers++;
						t.transferNote = 'Proszę o obsługę w wydziale';
						t.state = 'waiting';
						t.windowId = null;
						t.calledAt = null;
						t.startedAt = null;
						heaps[to].push({ key: now, t });
					} else if (move < transferRate + 0.007) {
						now = event(t, now + 90_000, 'ticket_returned');
						t.state = 'waiting';
						t.windowId = null;
						t.calledAt = null;
						t.startedAt = null;
						// Back at the original place once the visitor has the missing document.
						heap.push({ key: now + between(5, 20) * MIN, t });
					} else {
						now = event(t, now + service, 'service_finished');
						t.state = 'done';
						t.finishedAt = now;
					}
				}
				free[s] = now + between(5_000, 20_000);
			}
		});

		const codes = randomBytes(26 * dayTickets.length);
		/** @type {Map<string, number>} */
		const seq = new Map();
		/** @type {any[]} */
		const all = [];
		db.transaction(() => {
			dayTickets.forEach((t, i) => {
				t.id = nextId++;
				let code = '';
				for (let k = 0; k < 26; k++) code += alphabet[codes[i * 26 + k] & 31];
				const first = t.events[0];
				const issuedService = services.find((s) => s.id === first.serviceId);
				const prefix = issuedService?.prefix ?? deptPrefix.get(first.departmentId);
				const n = (seq.get(prefix) ?? 0) + 1;
				seq.set(prefix, n);
				insTicket.run(
					t.id,
					code,
					day.iso,
					formatTicketNumber(prefix, n),
					t.service.department_id,
					t.service.id,
					t.priority,
					t.state,
					t.issuedAt,
					t.calledAt,
					t.startedAt,
					t.finishedAt,
					t.windowId,
					t.recalls,
					t.transfers,
					t.transferNote
				);
				for (const e of t.events) all.push([e, t.id]);
			});
			all.sort((a, b) => a[0].at - b[0].at);
			for (const [e, id] of all) {
				insEvent.run(
					e.at,
					e.type,
					id,
					e.windowId,
					e.serviceId,
					e.departmentId,
					e.priority,
					JSON.stringify(e.data),
					e.windowId === null ? null : clerkAt(e.windowId, di)
				);
			}
			for (const [prefix, n] of seq) insSeq.run(day.iso, prefix, n);
		})();
		eventCount += all.length;
		if (di % 50 === 49)
			log(
				`    ${day.iso}: ${nextId - 1} tickets, ${eventCount} events, ${((Date.now() - started) / 1000).toFixed(0)} s`
			);
	});
	db.pragma('synchronous = FULL');
	// The summary rows, as the server's catch-up would have written them (stats/bins.ts).
	const { catchUpBins } = await loadTs('/src/lib/server/stats/bins.ts');
	log(`  summary rows: ${catchUpBins(db)} intervals`);
	db.exec('ANALYZE');
	db.close();
	const from = Date.UTC(year, 0, 1);
	const to = Date.UTC(year + 1, 0, 1);
	return {
		tickets: nextId - 1,
		events: eventCount,
		days: days.length,
		// The calendar year in Warsaw.
		from: from - warsawOffset(from),
		to: to - warsawOffset(to)
	};
}
