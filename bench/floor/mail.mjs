// The floor for the booking e-mail: a bare node:http server that, on POST /api/bookings, writes
// the booking and its message in one IMMEDIATE transaction (a message must survive a mail server
// that is down, so it is stored with what caused it, as Okienko does), answers 201, and then
// sends the message over SMTP with nodemailer (OKIENKO_SMTP_URL), one connection per message, as
// Okienko's sender does, and marks it sent. WAL, synchronous=FULL like Okienko.
import Database from 'better-sqlite3';
import http from 'node:http';
import nodemailer from 'nodemailer';

const db = new Database(process.env.OKIENKO_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`CREATE TABLE IF NOT EXISTS bookings (id INTEGER PRIMARY KEY, email TEXT, day TEXT, start TEXT);
	CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, recipient TEXT, subject TEXT,
	  body TEXT, sent_at INTEGER)`);
const insertBooking = db.prepare('INSERT INTO bookings (email, day, start) VALUES (?, ?, ?)');
const insertMessage = db.prepare('INSERT INTO outbox (recipient, subject, body) VALUES (?, ?, ?)');
const markSent = db.prepare('UPDATE outbox SET sent_at = ? WHERE id = ?');
const book = db.transaction((/** @type {any} */ b) => {
	insertBooking.run(b.email, b.day, b.start);
	const subject = `Potwierdzenie rezerwacji: ${b.day}, godz. ${b.start}`;
	const body = `Dzień dobry,\n\npotwierdzamy rezerwację.\nKod rezerwacji: 123456\n`;
	return Number(insertMessage.run(b.email, subject, body).lastInsertRowid);
});
const transport = nodemailer.createTransport({ url: process.env.OKIENKO_SMTP_URL });

const server = http.createServer((req, res) => {
	if (req.method !== 'POST' || req.url !== '/api/bookings') return res.writeHead(404).end();
	/** @type {Buffer[]} */
	const chunks = [];
	req.on('data', (c) => chunks.push(c));
	req.on('end', () => {
		const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		const id = book.immediate(input);
		res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
		setImmediate(async () => {
			const m = /** @type {any} */ (db.prepare('SELECT * FROM outbox WHERE id = ?').get(id));
			await transport.sendMail({
				from: 'Urząd <kolejka@bench.test>',
				to: m.recipient,
				subject: m.subject,
				text: m.body
			});
			markSent.run(Date.now(), id);
		});
	});
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
	const a = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`listening on http://${a.address}:${a.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
