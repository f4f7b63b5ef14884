// The floor for call-to-board latency: a bare socket.io server on node:http that, per call, does
// one SQLite insert (WAL, synchronous as OKIENKO_SYNC, default FULL like Okienko) and one room
// emit. It speaks just enough of Okienko's protocol (board:join, window:join, window:action with
// action "call" or "finish") for the same client processes to connect to it unchanged. Like each
// of Okienko's commands, each call and each finish commits on its own (one fsync): Okienko groups
// only the kiosks' tickets (desk/group-commit.ts), so the relay has nothing to group either. A
// finish is what any system must record (when the service ended, for the office's reports);
// until 2026-12 the relay acknowledged it without writing anything, one fsync in two fewer than
// Okienko's.
import Database from 'better-sqlite3';
import http from 'node:http';
import { Server } from 'socket.io';

const db = new Database(process.env.OKIENKO_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${process.env.OKIENKO_SYNC ?? 'FULL'}`);
db.exec(`CREATE TABLE IF NOT EXISTS calls (
	id INTEGER PRIMARY KEY, window_id INTEGER NOT NULL, number TEXT NOT NULL, at INTEGER NOT NULL,
	finished_at INTEGER)`);
const insert = db.prepare('INSERT INTO calls (window_id, number, at) VALUES (?, ?, ?)');
const finish = db.prepare('UPDATE calls SET finished_at = ? WHERE id = ?');
/** The call each window is serving: the one its finish ends. @type {Map<number, number>} */
const serving = new Map();

const server = http.createServer((_req, res) => {
	res.writeHead(404).end();
});
const io = new Server(server, {
	path: '/socket.io',
	serveClient: false,
	// What any server must do, and Okienko does (realtime/attach.ts): refuse a handshake from
	// another site's page (scripts, like these clients, send no origin).
	allowRequest: (req, callback) => {
		const origin = req.headers.origin;
		let same = !origin;
		try {
			same ||= new URL(/** @type {string} */ (origin)).host === req.headers.host;
		} catch {
			same = false;
		}
		callback(null, same);
	}
});
let seq = 0;

io.on('connection', (socket) => {
	socket.on('board:join', (payload, ack) => {
		void socket.join(`board:${payload.locationId}`);
		ack?.({ data: {} });
	});
	socket.on('window:join', (payload, ack) => {
		void socket.join(`window:${payload.windowId}`);
		ack?.({ data: {} });
	});
	socket.on('window:action', (payload, ack) => {
		if (payload?.action === 'finish') {
			const id = serving.get(payload.windowId);
			serving.delete(payload.windowId);
			if (id !== undefined) finish.run(Date.now(), id);
			return ack?.({ data: { ticket: null } });
		}
		if (payload?.action !== 'call') return ack?.({ data: { ticket: null } });
		const number = `A${++seq}`;
		const at = Date.now();
		const id = Number(insert.run(payload.windowId, number, at).lastInsertRowid);
		serving.set(payload.windowId, id);
		io.to('board:1').emit('board:call', {
			ticketNumber: number,
			windowLabel: String(payload.windowId),
			room: '010',
			floor: 0,
			colour: { pl: 'zielony', en: 'green' },
			hex: '#1b7f3b',
			calledAt: at,
			recall: false,
			announcement: 0
		});
		ack?.({ data: { ticket: { id, number } } });
	});
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`floor relay listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => {
	io.close();
	db.close();
	process.exit(0);
});
