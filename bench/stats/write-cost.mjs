// What the statistics roll-up (migration 008) adds to each write: the same events inserted into
// two fresh bench offices, one with the roll-up's trigger on `events` and one without it, a batch
// per event type in one transaction each (synchronous=OFF: this measures the work SQLite does
// per event, not the fsync, which a command pays once whatever the triggers do).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBenchOffice } from '../lib/office.mjs';

const TYPES = ['ticket_issued', 'ticket_called', 'service_started', 'service_finished'];

/** @param {{tickets: number}} o @returns {Promise<Record<string, {with: number, without: number}>>} µs per event */
export async function measureWriteCost({ tickets }) {
	/** @type {Record<string, {with: number, without: number}>} */
	const out = Object.fromEntries(TYPES.map((t) => [t, { with: 0, without: 0 }]));
	for (const rollup of [true, false]) {
		const { dbPath, dir } = await createBenchOffice();
		const db = new Database(dbPath);
		db.pragma('synchronous = OFF');
		if (!rollup) db.exec('DROP TRIGGER stats_events_feed');
		const insert = db.prepare(
			`INSERT INTO events (at, type, location_id, ticket_id, window_id, service_id,
			 department_id, priority, staff_id) VALUES (?, ?, 1, ?, ?, 1, 1, NULL, ?)`
		);
		const start = Date.parse('2025-03-03T08:00:00Z');
		TYPES.forEach((type, step) => {
			const t0 = process.hrtime.bigint();
			db.transaction(() => {
				for (let i = 1; i <= tickets; i++) {
					const windowId = step === 0 ? null : 1 + (i % 10);
					insert.run(start + i * 1000 + step * 600_000, type, i, windowId, windowId);
				}
			})();
			const us = Number(process.hrtime.bigint() - t0) / 1e3 / tickets;
			out[type][rollup ? 'with' : 'without'] = us;
		});
		db.close();
		fs.rmSync(dir ?? path.dirname(dbPath), { recursive: true, force: true });
	}
	return out;
}
