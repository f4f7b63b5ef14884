// Figure 3: the statistics queries over a year of a busy office (1 000 000 tickets by default),
// generated into a temporary database, never into git. The generated file is kept in the
// system's temporary folder between runs, under a name that changes when the generator, the
// migrations or the ticket count change; `--fresh` generates it again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadTs, ROOT } from '../lib/ts.mjs';
import { generateYear } from './generate.mjs';

const YEAR = 2025;

function cacheKey(/** @type {number} */ tickets) {
	const h = createHash('sha256').update(String(tickets));
	h.update(fs.readFileSync(path.join(ROOT, 'bench/stats/generate.mjs')));
	h.update(fs.readFileSync(path.join(ROOT, 'bench/lib/office.mjs')));
	const migrations = path.join(ROOT, 'src/lib/server/db/migrations');
	for (const f of fs.readdirSync(migrations).sort())
		h.update(fs.readFileSync(path.join(migrations, f)));
	return h.digest('hex').slice(0, 12);
}

/**
 * @param {{tickets: number, fresh: boolean, log: (s: string) => void}} o
 */
export async function measureStats({ tickets, fresh, log }) {
	const file = path.join(os.tmpdir(), `okienko-bench-stats-${cacheKey(tickets)}.sqlite`);
	const meta = `${file}.json`;
	let generated;
	if (!fresh && fs.existsSync(meta) && fs.existsSync(file)) {
		generated = JSON.parse(fs.readFileSync(meta, 'utf8'));
		log(`  reusing ${file} (generated in ${generated.seconds.toFixed(0)} s; --fresh to redo)`);
	} else {
		for (const f of [file, `${file}-wal`, `${file}-shm`, meta]) fs.rmSync(f, { force: true });
		log(`  generating ${tickets} tickets into ${file}`);
		const t0 = Date.now();
		const r = await generateYear({ file, tickets, year: YEAR, log });
		generated = { ...r, seconds: (Date.now() - t0) / 1000, bytes: fs.statSync(file).size };
		fs.writeFileSync(meta, JSON.stringify(generated));
	}
	const q = await loadTs('/src/lib/server/stats/queries.ts');
	const db = new Database(file, { readonly: true });
	const range = {
		locationId: 1,
		from: generated.from,
		to: generated.to,
		timeZone: 'Europe/Warsaw'
	};
	// Check the year is what it claims before timing anything.
	const issued = db
		.prepare(`SELECT count(*) FROM events WHERE type = 'ticket_issued'`)
		.pluck()
		.get();
	if (issued !== generated.tickets)
		throw new Error(`expected ${generated.tickets} tickets, found ${issued}`);
	// One untimed pass reads the file into the page cache, as a running server would have it.
	q.ticketHeatmap(db, range);
	/** @type {Record<string, number>} */
	const ms = {};
	/** @type {Record<string, unknown[]>} */
	const sample = {};
	for (const name of [
		'durationsByDepartment',
		'durationsByHour',
		'durationsByWeekday',
		'ticketHeatmap'
	]) {
		const t0 = process.hrtime.bigint();
		const rows = q[name](db, range);
		ms[name] = Number(process.hrtime.bigint() - t0) / 1e6;
		sample[name] = rows;
		log(`  ${name}: ${ms[name].toFixed(0)} ms, ${rows.length} rows`);
	}
	db.close();
	return { ...generated, file, ms, sample };
}
