/**
 * Queue length over the day and the breakdown by clerk, on synthetic days worked out by hand.
 *
 * Queue (demo office; window 4 and 5 serve civic affairs SO, window 9 the tax matter M01):
 *   Monday 23 November 2026
 *     09:00 T1 SO, 09:10 T2 SO           09:00–09:15: +2
 *     09:20 T3 M01; window 4 calls T1    09:15–09:30: +1 −1
 *     09:40 window 5 calls T2            09:30–09:45: −1
 *     09:50 window 5 transfers T2 to M01 09:45–10:00: +1 (back in a queue)
 *     10:05 window 9 calls T2 (its original place is ahead of T3), 10:08 finishes,
 *     10:10 window 9 calls T3            10:00–10:15: −2
 *   waiting at 09:00 0, 09:15 2, 09:30 2, 09:45 1, 10:00 2, 10:15 0
 *   Tuesday 24 November
 *     09:00 T4 SO, 09:05 T5 SO           09:00–09:15: +2
 *     09:20 window 4 calls T4, 09:25 cancels it (it was not waiting any more)   −1
 *     09:35 window 5 calls T5, 09:40 starts                                     −1
 *     09:45 window 5 returns T5 to the queue                                    +1
 *     10:20 window 5 calls T5 again, 10:25 finishes                             −1 (10:15–10:30)
 *   waiting at 09:00 0, 09:15 2, 09:30 1, 09:45 0, 10:00 1, 10:15 1, 10:30 0
 *   Both days: mean 0, 2, 1.5, 0.5, 1.5, 0.5, 0 and maximum 0, 2, 2, 1, 2, 1, 0.
 *
 * Clerks (Wednesday 25 November; events written with the staff member who acted, as the accounts
 * work will write them): T6 called 09:10 by Anna Nowak (wait 10 min), started 09:12 by her (walk
 * 2), finished 09:20 (service 8); T7 called 09:05 without an account (wait 5), started 09:06 by
 * Bartosz Wiśniewski (walk 1), finished 09:16 without an account (service 10, counted for the one
 * who started it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { timeReport } from '../../src/lib/server/stats/time-report';

let testbed: TestApp;
let app: App;
let now = 0;

beforeAll(() => {
	testbed = testApp({
		clock: () => now
	});
	app = testbed.app;
	const { service, window: win } = idsOf(app);
	const so = service('SO');
	const tax = service('M01');
	const at = (day: number, hhmm: string) => Date.parse(`2026-11-${day}T${hhmm}:00+01:00`);
	const step = (day: number, hhmm: string, fn: () => unknown) => {
		now = at(day, hhmm);
		fn();
	};
	const issue = (serviceId: number) => () =>
		app.queue.issueTicket({ locationId: 1, serviceId, priority: null });
	const act = (label: string, action: 'call' | 'start' | 'finish' | 'cancel' | 'return') => () =>
		app.queue.act({ windowId: win(label), action });

	step(23, '09:00', issue(so));
	step(23, '09:10', issue(so));
	step(23, '09:20', issue(tax));
	step(23, '09:20', act('4', 'call'));
	step(23, '09:30', act('4', 'finish'));
	step(23, '09:40', act('5', 'call'));
	step(23, '09:50', () =>
		app.queue.act({ windowId: win('5'), action: 'transfer', serviceId: tax, note: 'Podatek' })
	);
	step(23, '10:05', act('9', 'call'));
	step(23, '10:08', act('9', 'finish'));
	step(23, '10:10', act('9', 'call'));
	step(23, '10:12', act('9', 'finish'));

	step(24, '09:00', issue(so));
	step(24, '09:05', issue(so));
	step(24, '09:20', act('4', 'call'));
	step(24, '09:25', act('4', 'cancel'));
	step(24, '09:35', act('5', 'call'));
	step(24, '09:40', act('5', 'start'));
	step(24, '09:45', act('5', 'return'));
	step(24, '10:20', act('5', 'call'));
	step(24, '10:25', act('5', 'finish'));

	const staff = app.db.prepare(
		`INSERT INTO staff (login, first_name, last_name, role, password_hash, created_at,
		 password_changed_at) VALUES (?, ?, ?, 'clerk', 'x', 0, 0)`
	);
	const anna = Number(staff.run('anowak', 'Anna', 'Nowak').lastInsertRowid);
	const bartosz = Number(staff.run('bwisniewski', 'Bartosz', 'Wiśniewski').lastInsertRowid);
	const dept = app.db
		.prepare(`SELECT department_id FROM services WHERE id = ?`)
		.pluck()
		.get(so) as number;
	const event = app.db.prepare(
		`INSERT INTO events (at, type, location_id, ticket_id, window_id, service_id, department_id,
		 staff_id) VALUES (?, ?, 1, ?, ?, ?, ?, ?)`
	);
	const w4 = win('4');
	const log: [string, string, number, number | null, number | null][] = [
		['09:00', 'ticket_issued', 100_006, null, null],
		['09:00', 'ticket_issued', 100_007, null, null],
		['09:05', 'ticket_called', 100_007, w4, null],
		['09:06', 'service_started', 100_007, w4, bartosz],
		['09:10', 'ticket_called', 100_006, w4, anna],
		['09:12', 'service_started', 100_006, w4, anna],
		['09:16', 'service_finished', 100_007, w4, null],
		['09:20', 'service_finished', 100_006, w4, anna]
	];
	for (const [hhmm, type, ticket, window, who] of log) {
		event.run(at(25, hhmm), type, ticket, window, so, dept, who);
	}
});

afterAll(() => {
	testbed.close();
});

const rows = (from: string, to: string, lang: 'pl' | 'en' = 'pl') =>
	Object.fromEntries(
		timeReport(app.db, app.office, { locationId: 1, from, to }, lang).tables.map((t) => [
			t.id,
			t.rows
		])
	);

describe('queue length over the day', () => {
	it('counts the tickets waiting at each quarter hour of one day', () => {
		expect(rows('2026-11-23', '2026-11-23')['queue-length']).toEqual([
			['09:00', 0, 0],
			['09:15', 2, 2],
			['09:30', 2, 2],
			['09:45', 1, 1],
			['10:00', 2, 2],
			['10:15', 0, 0]
		]);
	});

	it('gives the mean over the days with tickets and the highest day', () => {
		const report = timeReport(
			app.db,
			app.office,
			{ locationId: 1, from: '2026-11-23', to: '2026-11-24' },
			'pl'
		);
		const table = report.tables.find((t) => t.id === 'queue-length')!;
		expect(table.header).toEqual([
			'Godzina',
			'Oczekujący: średnia (liczba dni: 2)',
			'Oczekujący: maksimum'
		]);
		expect(table.rows).toEqual([
			['09:00', 0, 0],
			['09:15', 2, 2],
			['09:30', 1.5, 2],
			['09:45', 0.5, 1],
			['10:00', 1.5, 2],
			['10:15', 0.5, 1],
			['10:30', 0, 0]
		]);
		expect(report.queue.map((p) => p.time)).toEqual(table.rows.map((r) => r[0]));
	});

	it('is empty for a period without tickets', () => {
		expect(rows('2026-11-26', '2026-11-30')['queue-length']).toEqual([]);
	});
});

describe('times by clerk', () => {
	it('names the staff member who acted, and events without an account apart', () => {
		// [clerk, wait count, mean, median, p90, walk …, service …]
		expect(rows('2026-11-25', '2026-11-25')['times-staff']).toEqual([
			['— (bez konta)', 1, 5, 5, 5, 0, null, null, null, 0, null, null, null],
			['Anna Nowak', 1, 10, 10, 10, 1, 2, 2, 2, 1, 8, 8, 8],
			['Bartosz Wiśniewski', 0, null, null, null, 1, 1, 1, 1, 1, 10, 10, 10]
		]);
		expect(rows('2026-11-25', '2026-11-25', 'en')['times-staff']![0]![0]).toBe('— (no account)');
	});
});
