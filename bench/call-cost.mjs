// The server's own work per clerk command, in process, without sockets: `node bench/call-cost.mjs
// [FULL|OFF]` (synchronous=OFF leaves the fsync out). A fresh bench office with 1 500 waiting
// tickets (300 per department, a long morning queue), then each of its 50 windows calls and
// finishes twice over (100 of each), and the snapshots a change sends. Prints p50 and p90 in ms.
import fs from 'node:fs';
import { createBenchOffice } from './lib/office.mjs';
import { percentile } from './lib/measure.mjs';
import { closeTs, loadTs } from './lib/ts.mjs';

const { createApp } = await loadTs('/src/lib/server/app.ts');
const mode = process.argv[2] === 'OFF' ? 'OFF' : 'FULL';
const office = await createBenchOffice();
const app = createApp({ config: { databasePath: office.dbPath, seed: 'none', publicUrl: '' } });
try {
	for (let i = 0; i < 1500; i++) {
		const serviceId = office.serviceOfWindow[i % office.serviceOfWindow.length];
		app.queue.issueTicket({ locationId: 1, serviceId, priority: i % 12 === 0 ? 'elderly' : null });
	}
	app.db.pragma(`synchronous = ${mode}`);
	/** @param {string} label @param {number[]} ms */
	const report = (label, ms) => {
		const p50 = percentile(ms, 50).toFixed(3);
		console.log(`${label.padEnd(16)} p50 ${p50} ms, p90 ${percentile(ms, 90).toFixed(3)} ms`);
	};
	/** @param {string} label @param {() => void} work @param {number} n */
	const time = (label, work, n) => {
		const ms = [];
		for (let i = 0; i < n; i++) {
			const t0 = performance.now();
			work();
			ms.push(performance.now() - t0);
		}
		report(label, ms);
	};
	// Each window calls, then finishes, twice over: 100 of each, no window ever busy.
	const n = office.windowIds.length;
	/** @type {number[]} */
	const calls = [];
	/** @type {number[]} */
	const finishes = [];
	for (let pass = 0; pass < 2; pass++) {
		/** @type {number[]} */
		const called = [];
		for (const [i, windowId] of office.windowIds.entries()) {
			const t0 = performance.now();
			called[i] = app.queue.act({ windowId, action: 'call' }).ticket.id;
			calls.push(performance.now() - t0);
		}
		for (const [i, windowId] of office.windowIds.entries()) {
			const t0 = performance.now();
			app.queue.act({ windowId, action: 'finish', ticketId: called[i] });
			finishes.push(performance.now() - t0);
		}
	}
	report('call', calls);
	report('finish', finishes);
	console.log(`(${2 * n} of each)`);
	time('board snapshot', () => app.views.boardSnapshot(1), 100);
	time('staff snapshot', () => app.views.staffSnapshot(1), 100);
	console.log(`(synchronous=${mode}, ${app.tickets.waiting(1).length} still waiting)`);
} finally {
	app.close();
	fs.rmSync(office.dir, { recursive: true, force: true });
	await closeTs();
}
