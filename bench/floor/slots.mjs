// The floor for listing a day's free slots: a bare node:http server over the same SQLite file
// answering GET /api/locations/:id/slots?serviceId=&day= (one matter) and
// GET /api/locations/:id/free-slots?day= (every matter with a schedule) with the day's slots and
// their free places, as JSON. It does only what any system must: read the schedules for the
// day's weekday and count the day's bookings per slot, with the same indexes Okienko uses
// (bookings_slot, bookings_location_slot) and prepared statements; no calendar, no access
// control, no validation beyond reading the numbers. WAL, as Okienko.
import Database from 'better-sqlite3';
import http from 'node:http';

const db = new Database(process.env.OKIENKO_DB ?? ':memory:', { readonly: true });
db.pragma('journal_mode = WAL');
const schedule = db.prepare(
	`SELECT from_time AS "from", to_time AS "to", slot_minutes AS minutes, capacity
	 FROM appointment_schedules WHERE service_id = ? AND weekday = ?`
);
const schedules = db.prepare(
	`SELECT service_id AS serviceId, from_time AS "from", to_time AS "to", slot_minutes AS minutes,
	   capacity FROM appointment_schedules WHERE weekday = ? ORDER BY service_id, from_time`
);
const takenAll = db.prepare(
	`SELECT service_id AS serviceId, slot_at AS at, count(*) AS n FROM bookings
	 WHERE location_id = ? AND slot_at >= ? AND slot_at < ? AND state IN ('booked', 'checked_in')
	 GROUP BY service_id, slot_at`
);
const taken = db.prepare(
	`SELECT slot_at AS at, count(*) AS n FROM bookings
	 WHERE service_id = ? AND slot_at >= ? AND slot_at < ? AND state IN ('booked', 'checked_in')
	 GROUP BY slot_at`
);
const zone = new Intl.DateTimeFormat('en-US', {
	timeZone: 'Europe/Warsaw',
	timeZoneName: 'longOffset'
});
/** Local midnight of `day` in Warsaw, as an instant (the offset of that noon: no DST at midnight). */
function midnight(/** @type {string} */ day) {
	const noon = Date.parse(`${day}T12:00:00Z`);
	const m = /GMT([+-])(\d\d):(\d\d)/.exec(zone.format(noon));
	const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
	return Date.parse(`${day}T00:00:00Z`) - offset * 60_000;
}
const minutes = (/** @type {string} */ hhmm) =>
	Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Every matter's slots of a day: two queries, as Okienko's one call. */
function allMatters(/** @type {URL} */ url, /** @type {http.ServerResponse} */ res) {
	const day = url.searchParams.get('day') ?? '';
	const start = midnight(day);
	const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
	const counts = new Map(
		/** @type {{serviceId: number, at: number, n: number}[]} */ (
			takenAll.all(Number(url.pathname.split('/')[3]), start, start + 86_400_000)
		).map((r) => [`${r.serviceId} ${r.at}`, r.n])
	);
	/** @type {Map<number, {at: number, free: number}[]>} */
	const matters = new Map();
	for (const s of /** @type {any[]} */ (schedules.all(weekday))) {
		const slots = matters.get(s.serviceId) ?? [];
		for (let m = minutes(s.from); m + s.minutes <= minutes(s.to); m += s.minutes) {
			const at = start + m * 60_000;
			slots.push({ at, free: Math.max(0, s.capacity - (counts.get(`${s.serviceId} ${at}`) ?? 0)) });
		}
		matters.set(s.serviceId, slots);
	}
	const body = JSON.stringify({
		data: { day, matters: [...matters].map(([serviceId, slots]) => ({ serviceId, slots })) }
	});
	res.writeHead(200, { 'content-type': 'application/json' });
	res.end(body);
}

http
	.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname.endsWith('/free-slots')) return allMatters(url, res);
		const serviceId = Number(url.searchParams.get('serviceId'));
		const day = url.searchParams.get('day') ?? '';
		const start = midnight(day);
		const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
		const counts = new Map(
			/** @type {{at: number, n: number}[]} */ (
				taken.all(serviceId, start, start + 86_400_000)
			).map((r) => [r.at, r.n])
		);
		const slots = [];
		for (const s of /** @type {any[]} */ (schedule.all(serviceId, weekday))) {
			for (let m = minutes(s.from); m + s.minutes <= minutes(s.to); m += s.minutes) {
				const at = start + m * 60_000;
				slots.push({ at, free: Math.max(0, s.capacity - (counts.get(at) ?? 0)) });
			}
		}
		const body = JSON.stringify({ data: { day, slots } });
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(body);
	})
	.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', function () {
		const a = /** @type {import('node:net').AddressInfo} */ (this.address());
		console.log(`listening on http://${a.address}:${a.port}`);
	});
