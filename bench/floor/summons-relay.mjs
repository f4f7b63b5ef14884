// The floor for "a summons reaches the summoned console": a bare socket.io server on node:http
// that, per summons, does one SQLite insert (WAL, synchronous FULL like Okienko: a summons is
// committed before anyone hears of it) and one emit to the summoned person's room. It speaks just
// enough of Okienko's protocol (summons:send, summons:update) for the same client code to talk to
// it; a client names its person in the handshake (`auth.staffId`), where Okienko reads the session
// cookie. Nothing of who is present, substitutes or the audit log: what any relay must do.
import Database from 'better-sqlite3';
import http from 'node:http';
import { Server } from 'socket.io';

const db = new Database(process.env.OKIENKO_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${process.env.OKIENKO_SYNC ?? 'FULL'}`);
db.exec(`CREATE TABLE IF NOT EXISTS summons (
	id INTEGER PRIMARY KEY, window_id INTEGER NOT NULL, staff_id INTEGER NOT NULL,
	note TEXT NOT NULL, sent_at INTEGER NOT NULL)`);
const insert = db.prepare(
	'INSERT INTO summons (window_id, staff_id, note, sent_at) VALUES (?, ?, ?, ?)'
);

const server = http.createServer((_req, res) => res.writeHead(404).end());
const io = new Server(server, { path: '/socket.io', serveClient: false });

io.on('connection', (socket) => {
	const staffId = Number(socket.handshake.auth?.staffId);
	if (Number.isInteger(staffId)) void socket.join(`staff:${staffId}`);
	socket.on('summons:send', (payload, ack) => {
		const at = Date.now();
		const id = Number(
			insert.run(payload.windowId, payload.staffId, payload.note ?? '', at).lastInsertRowid
		);
		const summons = {
			id,
			state: 'sent',
			window: { id: payload.windowId },
			note: payload.note,
			recipients: [{ staffId: payload.staffId }],
			sentAt: at
		};
		io.to([`staff:${staffId}`, `staff:${payload.staffId}`]).emit('summons:update', summons);
		ack?.({ data: summons });
	});
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`floor summons relay listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => {
	io.close();
	db.close();
	process.exit(0);
});
