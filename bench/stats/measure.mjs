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
import { measureWriteCost } from './write-cost.mjs';

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
	const { queueLength } = await loadTs('/src/lib/server/stats/queue-length.ts');
	const { timeReport } = await loadTs('/src/lib/server/stats/time-report.ts');
	const { OfficeRepository } = await loadTs('/src/lib/server/office/repository.ts');
	const db = new Database(file, { readonly: true });
	const year = {
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
	const ranges = statsRanges(year);
	/** Every report of /manage, by the name of its function. */
	const reports = {
		...Object.fromEntries(
			[
				'durationsOverall',
				'durationsByDepartment',
				'durationsByService',
				'durationsByWindow',
				'durationsByStaff',
				'durationsByPriority',
				'durationsByHour',
				'durationsByWeekday',
				'serviceLevels',
				'visitRates',
				'ticketHeatmap'
			].map((name) => [name, (/** @type {any} */ r) => q[name](db, r)])
		),
		queueLength: (/** @type {any} */ r) => queueLength(db, r)
	};
	// One untimed pass over every report reads the roll-up into the page cache, as a running
	// server would have it.
	for (const run of Object.values(reports)) run(year);
	/** @type {Record<string, number>} the slowest of the ranges, per report */
	const ms = {};
	/** @type {Record<string, Record<string, number>>} per range, per report */
	const byRange = {};
	/** @type {Record<string, unknown>} */
	const sample = {};
	for (const [range, r] of Object.entries(ranges)) {
		byRange[range] = {};
		for (const [name, run] of Object.entries(reports)) {
			const t0 = process.hrtime.bigint();
			const rows = run(r);
			const took = Number(process.hrtime.bigint() - t0) / 1e6;
			byRange[range][name] = took;
			ms[name] = Math.max(ms[name] ?? 0, took);
			if (range === 'year') sample[name] = rows;
		}
		log(
			`  ${range}: ${Object.entries(byRange[range])
				.map(([k, v]) => `${k} ${v.toFixed(0)}`)
				.join(', ')} ms`
		);
	}
	// The whole time report of /manage (every table above, labelled), for the calendar year.
	const office = new OfficeRepository(db);
	const day = (/** @type {number} */ at) =>
		new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(at));
	const t0 = process.hrtime.bigint();
	timeReport(db, office, { locationId: 1, from: day(year.from), to: day(year.to - 1) }, 'pl');
	const wholePage = Number(process.hrtime.bigint() - t0) / 1e6;
	log(`  the whole time report of /manage over the year: ${wholePage.toFixed(0)} ms`);
	db.close();
	const writeCost = await measureWriteCost({ tickets: 20_000 });
	log(
		`  roll-up cost per event (µs, with / without): ${Object.entries(writeCost)
			.map(([k, v]) => `${k} ${v.with.toFixed(1)} / ${v.without.toFixed(1)}`)
			.join(', ')}`
	);
	return { ...generated, file, ms, byRange, wholePage, writeCost, sample };
}

/**
 * The ranges timed: the calendar year; eleven months that start just after a 32-day block of the
 * roll-up and end just before one (the most single days a range of that length can make the
 * reports read); and the last 30 days of the year, the page's default length.
 * @param {{locationId: number, from: number, to: number, timeZone: string}} year
 */
function statsRanges(year) {
	const DAY = 86_400_000;
	// Local midnights in the roll-up's day numbers; Warsaw is UTC+1 in winter, when blocks start
	// here, and a day's instant is its local midnight.
	const first = Math.floor((year.from + 3_600_000) / DAY);
	const blockStart = Math.ceil(first / 32) * 32 + 1;
	const midnight = (/** @type {number} */ d) => {
		const guess = d * DAY - 3_600_000;
		const summer = new Intl.DateTimeFormat('en-GB', {
			timeZone: year.timeZone,
			hour: '2-digit',
			hourCycle: 'h23'
		}).format(new Date(guess));
		return summer === '01' ? guess - 3_600_000 : guess;
	};
	return {
		year,
		'11 months, worst-aligned': {
			...year,
			from: midnight(blockStart),
			to: midnight(blockStart + 32 * 10 + 30)
		},
		'last 30 days': { ...year, from: year.to - 30 * DAY, to: year.to }
	};
}
