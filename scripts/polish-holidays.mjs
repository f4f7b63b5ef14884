#!/usr/bin/env node
// Writes src/lib/server/office/polish-holidays.json: Poland's public holidays (date-holidays, type
// "public" only) for the years below. Run it after updating date-holidays (`npm run holidays`);
// tests/unit/holidays.test.ts fails while the table and the library disagree.
//
// Why a table and not the library at run time: loading date-holidays (its data for every country
// and moment-timezone) costs the server about 25 MB of resident memory and a quarter of a second
// for the first year, to answer a question whose answer is fixed years ahead.
import fs from 'node:fs';
import path from 'node:path';
import Holidays from 'date-holidays';

export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2045;

/**
 * The public holidays of a year in Poland: YYYY-MM-DD → name (in Polish, as the library has it).
 * @param {number} year
 * @returns {Record<string, string>}
 */
export function publicHolidays(year) {
	const hd = new Holidays('PL');
	return Object.fromEntries(
		hd
			.getHolidays(year, 'pl')
			.filter((h) => h.type === 'public')
			.map((h) => [h.date.slice(0, 10), h.name])
	);
}

export function table() {
	const pkg = JSON.parse(
		fs.readFileSync(
			path.join(import.meta.dirname, '..', 'node_modules', 'date-holidays', 'package.json'),
			'utf8'
		)
	);
	/** @type {Record<string, string>} */
	const days = {};
	for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) Object.assign(days, publicHolidays(y));
	return {
		source: `date-holidays ${pkg.version}, type public`,
		firstYear: FIRST_YEAR,
		lastYear: LAST_YEAR,
		days
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const file = path.join(
		import.meta.dirname,
		'..',
		'src',
		'lib',
		'server',
		'office',
		'polish-holidays.json'
	);
	fs.writeFileSync(file, JSON.stringify(table(), null, '\t') + '\n');
	console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
