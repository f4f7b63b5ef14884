// What the statistics roll-up (migration 008) adds to each write: the same events inserted into
// two fresh bench offices, one with the roll-up's trigger on `events` and one without it, a batch
// per event type, in rounds (synchronous=OFF: this measures the work SQLite does
// per event, not the fsync, which a command pays once whatever the triggers do).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBenchOffice } from '../lib/office.mjs';

const TYPES = ['ticket_issued', 'ticket_called', 'service_started', 'service_finished'];

/** @param {{tickets: number}} o @returns {Promise<Record<string, {with: number, without: number}>>} µs per event */
export async function measureWriteCost({ tickets }) {
	/** @type {Record<string, {with: number, without: number}>} */
	const out = Object.fromEntries(TYPES.map((t) => [t, { with: Infinity, without: Infinity }]));
	// Both offices at once, taking turns a round of events at a time, and the fastest round of
	// each kept: on a machine shared with other work one long batch per office measured the
	// other work as much as SQLite's (25 µs per issue event in one run, 2 µs in the next).
	const offices = [];
	for (const rollup of [true, false]) {
		const { dbPath, dir } = await createBenchOffice();
		const db = new Database(dbPath);
		db.pragma('synchronous = OFF');
		if (!rollup) db.exec('DROP TRIGGER stats_events_feed');
		const insert = db.prepare(
			`INSERT INTO events (at, type, location_id, ticket_id, window_id, service_id,
			 department_id, priority, staff_id) VALUES (?, ?, 1, ?, ?, 1, 1, NULL, ?)`
		);
		offices.push({ rollup, db, insert, dir: dir ?? path.dirname(dbPath) });
	}
	const start = Date.parse('2025-03-03T08:00:00Z');
	const ROUND = 500;
	TYPES.forEach((type, step) => {
		for (let first = 1; first <= tickets; first += ROUND) {
			const last = Math.min(tickets, first + ROUND - 1);
			for (const { rollup, db, insert } of offices) {
				const t0 = process.hrtime.bigint();
				db.transaction(() => {
					for (let i = first; i <= last; i++) {
						const windowId = step === 0 ? null : 1 + (i % 10);
						insert.run(start + i * 1000 + step * 600_000, type, i, windowId, windowId);
					}
				})();
				const us = Number(process.hrtime.bigint() - t0) / 1e3 / (last - first + 1);
				const key = rollup ? 'with' : 'without';
				out[type][key] = Math.min(out[type][key], us);
			}
		}
	});
	for (const { db, dir } of offices) {
		db.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}
	return out;
}
