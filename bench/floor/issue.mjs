// The floor for ticket issuing: a bare node:http server doing one better-sqlite3 insert per
// POST /api/tickets, committed with the durability setting in OKIENKO_SYNC (FULL or NORMAL,
// WAL either way), answering 201 with a small JSON body like Okienko's. Like Okienko, it refuses
// a POST from another origin.
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
		const code = randomBytes(16).toString('hex');
		const id = Number(
			insert.run(code, input.locationId, input.serviceId, input.priority ?? null, Date.now())
				.lastInsertRowid
		);
		res.writeHead(201, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ data: { ticket: { id, code, number: `A${id}` } } }));
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
