// The benchmark's office: the demo office's departments and matters, with 50 windows (one clerk
// console each), every window serving the matters of one department, as in a large city hall.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTs } from './ts.mjs';

export const BENCH_WINDOWS = 50;

/**
 * Create a fresh database with the bench office (in a new temporary folder unless `dbPath` is
 * given); returns its path and which window serves which department.
 * @param {string} [target]
 */
export async function createBenchOffice(target) {
	const { openDatabase } = await loadTs('/src/lib/server/db/open.ts');
	const { seedOffice } = await loadTs('/src/lib/server/office/seed.ts');
	const { DEMO_OFFICE } = await loadTs('/src/lib/server/demo/office.ts');
	const dir = target
		? path.dirname(target)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-bench-'));
	const dbPath = target ?? path.join(dir, 'okienko.sqlite');
	/** @type {{key: string, services: {code: string}[]}[]} */
	const departments = DEMO_OFFICE.departments;
	const windows = Array.from({ length: BENCH_WINDOWS }, (_, i) => {
		const d = departments[i % departments.length];
		const floor = i % 4;
		return {
			label: `B${String(i + 1).padStart(2, '0')}`,
			room: `${floor}${String(10 + i).padStart(2, '0')}`,
			services: d.services.map((s) => s.code)
		};
	});
	const db = openDatabase(dbPath);
	seedOffice(db, {
		...DEMO_OFFICE,
		location: { ...DEMO_OFFICE.location, hoursEnforced: false },
		windows
	});
	/** One serviceId per window (the first matter of its department) and the window ids. */
	const rows = /** @type {{id: number, service_id: number}[]} */ (
		db
			.prepare(
				`SELECT w.id, min(ws.service_id) AS service_id FROM windows w
				 JOIN window_services ws ON ws.window_id = w.id GROUP BY w.id ORDER BY w.sort`
			)
			.all()
	);
	db.close();
	return {
		dir,
		dbPath,
		windowIds: rows.map((r) => r.id),
		serviceOfWindow: rows.map((r) => r.service_id)
	};
}
