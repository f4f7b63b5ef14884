// The server's own work per issued ticket, in process, without HTTP: `node bench/issue-cost.mjs
// [BATCH] [TICKETS]`. A fresh bench office; tickets issued in group commits of BATCH (default 10,
// the benchmark's concurrency) through the queue service as the kiosks' requests are
// (queue-service.ts issueTickets), then the ticket's view as the kiosk gets it. Prints, per
// ticket: the statements, the commit (synchronous=FULL: its WAL write and fsync), the view, and
// the WAL pages written; then the same for the floor's insert (bench/floor/issue.mjs's table).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBenchOffice } from './lib/office.mjs';
import { closeTs, loadTs } from './lib/ts.mjs';

const batch = Number(process.argv[2] ?? 10);
const tickets = Number(process.argv[3] ?? 5000);
const { createApp } = await loadTs('/src/lib/server/app.ts');
const office = await createBenchOffice();
const app = createApp({ config: { databasePath: office.dbPath, seed: 'none', publicUrl: '' } });

/** WAL frames written so far: checkpoints are left to the end so the WAL only grows. */
const walPages = (/** @type {string} */ file) =>
	Math.max(0, (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 32) - 32) / 4120;

try {
	app.db.pragma('wal_autocheckpoint = 0');
	const bodies = office.serviceOfWindow.slice(0, 9).flatMap((serviceId) => [
		{ locationId: 1, serviceId, priority: null },
		{ locationId: 1, serviceId, priority: null },
		{ locationId: 1, serviceId, priority: /** @type {const} */ ('elderly') }
	]);
	let work = 0;
	let view = 0;
	const pages0 = walPages(office.dbPath);
	const t0 = performance.now();
	for (let i = 0; i < tickets; i += batch) {
		const reqs = Array.from({ length: batch }, (_, j) => bodies[(i + j) % bodies.length]);
		const a = performance.now();
		const outcomes = app.queue.issueTickets(reqs);
		const b = performance.now();
		for (const o of outcomes) app.views.publicTicketOf(o.value.ticket);
		view += performance.now() - b;
		work += b - a;
	}
	const total = performance.now() - t0;
	const pages = (walPages(office.dbPath) - pages0) / tickets;
	// The same batches with synchronous=OFF: the difference is the commit's fsync.
	app.db.pragma('synchronous = OFF');
	const c = performance.now();
	const cpu0 = process.cpuUsage();
	for (let i = 0; i < tickets; i += batch) {
		app.queue.issueTickets(
			Array.from({ length: batch }, (_, j) => bodies[(i + j) % bodies.length])
		);
	}
	const noSync = performance.now() - c;
	const cpu = process.cpuUsage(cpu0);
	const noSyncCpu = (cpu.user + cpu.system) / 1000;
	const us = (/** @type {number} */ ms) => `${((ms / tickets) * 1000).toFixed(0)} µs`;
	console.log(`Okienko, batches of ${batch}, ${tickets} tickets:`);
	console.log(
		`  issue + commit ${us(work)} (without the fsync ${us(noSync)}, CPU ${us(noSyncCpu)}), view ${us(view)}`
	);
	console.log(`  WAL pages per ticket ${pages.toFixed(2)}; all told ${us(total)}`);
} finally {
	app.close();
}

// The floor's statement, batched the same way.
const dir = path.dirname(office.dbPath);
const file = path.join(dir, 'floor.sqlite');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('wal_autocheckpoint = 0');
db.exec(`CREATE TABLE tickets (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,
	location_id INTEGER NOT NULL, service_id INTEGER NOT NULL, priority TEXT, issued_at INTEGER NOT NULL)`);
const insert = db.prepare(
	'INSERT INTO tickets (code, location_id, service_id, priority, issued_at) VALUES (?, ?, ?, ?, ?)'
);
const one = db.transaction((/** @type {number} */ i) =>
	insert.run(randomBytes(16).toString('hex'), 1, 1, null, i)
);
const all = db.transaction((/** @type {number} */ i) => {
	for (let j = 0; j < batch; j++) one(i + j);
});
const p0 = walPages(file);
const f0 = performance.now();
for (let i = 0; i < tickets; i += batch) all.immediate(i);
const floorMs = performance.now() - f0;
console.log(
	`Floor: ${((floorMs / tickets) * 1000).toFixed(0)} µs per ticket, WAL pages per ticket ${((walPages(file) - p0) / tickets).toFixed(2)}`
);
db.close();
fs.rmSync(dir, { recursive: true, force: true });
await closeTs();
