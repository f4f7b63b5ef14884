// The floor for ticket issuing: a bare node:http server doing, for POST /api/tickets, what any
// kiosk ticket system must do, with the tricks Okienko uses and nothing more:
// - refuse a POST from another origin (forgery);
// - know the caller: only a paired kiosk of the location issues (its credential's hash looked up
//   in the office's devices, remembered in memory after the first look, as Okienko's DeviceStore);
// - check the matter: one this location has, active, taken now (the location not closed, and
//   within its hours where it enforces them), with a window to call it (the office's set-up read
//   once into memory, as Okienko's);
// - give the day's number per letter (A001, A002…: the visitor is called by it) from a sequence
//   row in the same transaction;
// - store the ticket as a queue needs it (number, matter, group, state, time) with the one index
//   any queue needs to call the next waiting ticket in order, and an unguessable code for the
//   phone's link under a unique index;
// - answer 201 with the number, the code, the rooms to go to and the link.
// It commits the way Okienko does (desk/group-commit.ts): the requests that arrive in one turn of
// the event loop are inserted in one IMMEDIATE transaction, each in its own savepoint (so one
// refused insert would roll back only itself), and every one of them is answered after that
// commit returns. WAL, synchronous as OKIENKO_SYNC (FULL, Okienko's, by default).
// OKIENKO_OFFICE_DB is the office's database (the bench office, read only): its set-up and
// kiosks. Without it the floor takes any caller and matter (the old, bare floor).
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';

const db = new Database(process.env.OKIENKO_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${process.env.OKIENKO_SYNC ?? 'FULL'}`);
db.exec(`CREATE TABLE IF NOT EXISTS tickets (
	id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, location_id INTEGER NOT NULL,
	day TEXT NOT NULL, number TEXT NOT NULL, service_id INTEGER NOT NULL, priority TEXT,
	state TEXT NOT NULL, issued_at INTEGER NOT NULL);
	CREATE INDEX IF NOT EXISTS tickets_waiting
		ON tickets(location_id, state, service_id, priority, issued_at);
	CREATE TABLE IF NOT EXISTS ticket_sequences (location_id INTEGER NOT NULL, day TEXT NOT NULL,
		prefix TEXT NOT NULL, last_seq INTEGER NOT NULL, PRIMARY KEY (location_id, day, prefix))`);
const insert = db.prepare(
	`INSERT INTO tickets (code, location_id, day, number, service_id, priority, state, issued_at)
	 VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?)`
);
const nextSeq = db
	.prepare(
		`INSERT INTO ticket_sequences VALUES (?, ?, ?, 1)
		 ON CONFLICT DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`
	)
	.pluck();

/** The date, weekday and time of day in a time zone, as Okienko's wall-clock.ts reads them. */
function wallClock(/** @type {string} */ timeZone) {
	return new Intl.DateTimeFormat('en-GB', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
}

const office = process.env.OKIENKO_OFFICE_DB
	? new Database(process.env.OKIENKO_OFFICE_DB, { readonly: true, fileMustExist: true })
	: null;
/** @typedef {{locationId: number, prefix: string, active: boolean, priorityAllowed: boolean, places: object[]}} Matter */
/** @type {Map<number, Matter>} */
const matters = new Map();
/** @type {Map<number, {mode: string, enforced: boolean, week: Record<string, {opens: string, closes: string}>, cutoff: number, clock: Intl.DateTimeFormat}>} */
const locations = new Map();
if (office) {
	for (const l of /** @type {any[]} */ (office.prepare('SELECT * FROM locations').all())) {
		locations.set(l.id, {
			mode: l.mode,
			enforced: l.hours_enforced === 1,
			week: JSON.parse(l.week_json),
			cutoff: l.cutoff_minutes,
			clock: wallClock(l.time_zone)
		});
	}
	const rows = /** @type {any[]} */ (
		office
			.prepare(
				`SELECT s.id, d.location_id, coalesce(s.prefix, d.prefix) AS prefix, s.active,
				   s.priority_allowed, w.room, f.floor, f.colour_pl, f.colour_en, f.hex
				 FROM services s JOIN departments d ON d.id = s.department_id
				 LEFT JOIN window_services ws ON ws.service_id = s.id
				 LEFT JOIN windows w ON w.id = ws.window_id AND w.status != 'closed'
				 LEFT JOIN floors f ON f.location_id = w.location_id
				   AND f.floor = CAST(substr(w.room, 1, 1) AS INTEGER)
				 ORDER BY s.id, f.floor, w.room`
			)
			.all()
	);
	for (const r of rows) {
		const m = matters.get(r.id) ?? {
			locationId: r.location_id,
			prefix: r.prefix,
			active: r.active === 1,
			priorityAllowed: r.priority_allowed === 1,
			places: []
		};
		if (r.room && !m.places.some((/** @type {any} */ p) => p.room === r.room)) {
			m.places.push({
				room: r.room,
				floor: r.floor,
				colour: { pl: r.colour_pl, en: r.colour_en },
				hex: r.hex
			});
		}
		matters.set(r.id, m);
	}
}
const kioskOf = office?.prepare(
	`SELECT location_id FROM devices
	 WHERE credential_hash = ? AND kind = 'kiosk' AND revoked_at IS NULL`
);
/** @type {Map<string, number>} a credential → its kiosk's location, as Okienko remembers it */
const kiosks = new Map();
function kioskLocation(/** @type {string | undefined} */ cookies) {
	if (!office) return 0;
	const token = /(?:^|;\s*)okienko_device=([a-z2-7]{32})(?:;|$)/.exec(cookies ?? '')?.[1];
	if (!token) return null;
	let location = kiosks.get(token);
	if (location === undefined) {
		const hash = createHash('sha256').update(token).digest('hex');
		location = /** @type {number | undefined} */ (kioskOf?.pluck().get(hash));
		if (location === undefined) return null;
		kiosks.set(token, location);
	}
	return location;
}

/** @type {Map<number, {minute: number, day: string, weekday: number, minutes: number}>} */
const lastLocalTime = new Map();
/** The location's day and time of day, looked up once a minute (as Okienko's queue/clock.ts). */
function localTime(/** @type {number} */ locationId, /** @type {number} */ now) {
	const minute = Math.floor(now / 60_000);
	const last = lastLocalTime.get(locationId);
	if (last?.minute === minute) return last;
	const l = locations.get(locationId);
	const parts = Object.fromEntries(
		(l?.clock ?? utc).formatToParts(now).map((p) => [p.type, p.value])
	);
	const time = {
		minute,
		day: `${parts.year}-${parts.month}-${parts.day}`,
		weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday),
		minutes: Number(parts.hour) * 60 + Number(parts.minute)
	};
	lastLocalTime.set(locationId, time);
	return time;
}
const utc = wallClock('UTC');
const minutesOf = (/** @type {string} */ hhmm) => {
	const [h, m] = hhmm.split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
};

/** Today (YYYY-MM-DD, the day the numbers restart) and whether the location takes tickets now. */
function openNow(/** @type {number} */ locationId, /** @type {number} */ now) {
	const { day, weekday, minutes } = localTime(locationId, now);
	const l = locations.get(locationId);
	if (!l) return { day, open: !office };
	if (l.mode === 'closed') return { day, open: false };
	if (!l.enforced) return { day, open: true };
	const hours = l.week[String(weekday)];
	const open =
		!!hours && minutes >= minutesOf(hours.opens) && minutes < minutesOf(hours.closes) - l.cutoff;
	return { day, open };
}

class Refused extends Error {
	constructor(/** @type {number} */ status) {
		super(String(status));
		this.status = status;
	}
}

// A transaction function called inside another runs as a savepoint (better-sqlite3).
const insertOne = db.transaction((/** @type {any} */ input) => {
	const now = Date.now();
	const matter = matters.get(input.serviceId);
	if (office && (!matter || !matter.active || matter.locationId !== input.locationId)) {
		throw new Refused(404);
	}
	if (office && matter?.places.length === 0) throw new Refused(409);
	if (input.priority && matter && !matter.priorityAllowed) throw new Refused(400);
	const { day, open } = openNow(input.locationId, now);
	if (!open) throw new Refused(409);
	const prefix = matter?.prefix ?? 'A';
	const seq = /** @type {number} */ (nextSeq.get(input.locationId, day, prefix));
	const number = prefix + String(seq).padStart(3, '0');
	const code = randomBytes(16).toString('base64url');
	const id = Number(
		insert.run(code, input.locationId, day, number, input.serviceId, input.priority ?? null, now)
			.lastInsertRowid
	);
	return { id, code, number, places: matter?.places ?? [] };
});
const insertAll = db.transaction((/** @type {any[]} */ inputs) =>
	inputs.map((input) => {
		try {
			return { ok: true, value: insertOne(input) };
		} catch (error) {
			if (!db.inTransaction) throw error;
			return { ok: false, error };
		}
	})
);

/** @type {{input: any, res: http.ServerResponse, origin: string}[]} */
let batch = [];
function flush() {
	const waiting = batch;
	batch = [];
	let outcomes;
	try {
		outcomes = insertAll.immediate(waiting.map((w) => w.input));
	} catch {
		for (const w of waiting) w.res.writeHead(500).end();
		return;
	}
	waiting.forEach(({ res, origin }, i) => {
		const outcome = outcomes[i];
		if (!outcome.ok) return res.writeHead(outcome.error?.status ?? 400).end();
		const { id, code, number, places } = outcome.value;
		const text = JSON.stringify({
			data: { ticket: { id, code, number, places }, link: { url: `${origin}/t/${code}` } }
		});
		res.writeHead(201, {
			'content-type': 'application/json',
			'content-length': Buffer.byteLength(text)
		});
		res.end(text);
	});
}

const server = http.createServer((req, res) => {
	if (req.method !== 'POST' || req.url !== '/api/tickets') return res.writeHead(404).end();
	// What any server that takes a browser's POST must do: refuse another site's (forgery).
	const origin = `http://${req.headers.host}`;
	if (req.headers.origin !== origin) return res.writeHead(403).end();
	const kiosk = kioskLocation(req.headers.cookie);
	if (kiosk === null) return res.writeHead(401).end();
	let body = '';
	req.setEncoding('utf8');
	req.on('data', (chunk) => (body += chunk));
	req.on('end', () => {
		let input;
		try {
			input = JSON.parse(body);
		} catch {
			return res.writeHead(400).end();
		}
		if (office && input?.locationId !== kiosk) return res.writeHead(403).end();
		// Group commit, as Okienko's: the batch goes out in the check phase after this turn.
		if (batch.length === 0) setImmediate(flush);
		batch.push({ input, res, origin });
	});
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`floor issue listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => {
	server.close();
	db.close();
	office?.close();
	process.exit(0);
});
