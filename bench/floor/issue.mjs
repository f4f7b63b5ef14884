// The floor for ticket issuing: a bare node:http server that inserts one row per
// POST /api/tickets, answering 201 with a small JSON body like Okienko's. Like Okienko, it refuses
// a POST from another origin, and it commits the way Okienko does (desk/group-commit.ts), so that
// the ratio measures Okienko's own work and not a trick the floor lacks: the requests that arrive
// in one turn of the event loop are inserted in one IMMEDIATE transaction, each in its own
// savepoint (so one refused insert would roll back only itself), and every one of them is answered
// after that commit returns. WAL, synchronous as OKIENKO_SYNC (FULL, Okienko's, by default).
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import http from 'node:http';

const db = new Database(process.env.OKIENKO_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${process.env.OKIENKO_SYNC ?? 'FULL'}`);
db.exec(`CREATE TABLE IF NOT EXISTS tickets (
	id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, location_id INTEGER NOT NULL,
	service_id INTEGER NOT NULL, priority TEXT, issued_at INTEGER NOT NULL)`);
const insert = db.prepare(
	'INSERT INTO tickets (code, location_id, service_id, priority, issued_at) VALUES (?, ?, ?, ?, ?)'
);
// A transaction function called inside another runs as a savepoint (better-sqlite3).
const insertOne = db.transaction((/** @type {any} */ input) => {
	const code = randomBytes(16).toString('hex');
	const id = Number(
		insert.run(code, input.locationId, input.serviceId, input.priority ?? null, Date.now())
			.lastInsertRowid
	);
	return { id, code };
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

/** @type {{input: any, res: http.ServerResponse}[]} */
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
	waiting.forEach(({ res }, i) => {
		const outcome = outcomes[i];
		if (!outcome.ok) return res.writeHead(400).end();
		const { id, code } = outcome.value;
		res.writeHead(201, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ data: { ticket: { id, code, number: `A${id}` } } }));
	});
}

const server = http.createServer((req, res) => {
	if (req.method !== 'POST' || req.url !== '/api/tickets') return res.writeHead(404).end();
	// What any server that takes a browser's POST must do: refuse another site's (forgery).
	if (req.headers.origin !== `http://${req.headers.host}`) return res.writeHead(403).end();
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
		// Group commit, as Okienko's: the batch goes out in the check phase after this turn.
		if (batch.length === 0) setImmediate(flush);
		batch.push({ input, res });
	});
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`floor issue listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => {
	server.close();
	db.close();
	process.exit(0);
});
