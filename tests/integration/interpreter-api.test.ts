/**
 * The interpreter over HTTP on the real server (issue 14): the free slots with an interpreter start
 * after the notice and follow the interpreter's week; two visitors of different matters asking at
 * the same moment for the last interpreter: exactly one gets it, the other is told why.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingDto, FreeSlotDto } from '../../src/lib/shared/booking';
import type { ApiErrorDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let m01: number;
let m02: number;

beforeAll(async () => {
	server = await startServer();
	const db = new Database(server.dbPath);
	const id = (code: string) =>
		db.prepare('SELECT id FROM services WHERE code = ?').pluck().get(code) as number;
	m01 = id('M01');
	m02 = id('M02');
	const schedule = db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '09:00', '10:00', 30, 1)`
	);
	// The test's own interpreter week, in place of the demo's.
	db.prepare('DELETE FROM interpreter_hours').run();
	const interpreter = db.prepare(
		`INSERT INTO interpreter_hours (location_id, weekday, from_time, to_time, capacity)
		 VALUES (1, ?, '09:00', '09:30', 1)`
	);
	for (const weekday of [1, 2, 3, 4, 5]) {
		schedule.run(m01, weekday);
		schedule.run(m02, weekday);
		interpreter.run(weekday);
	}
	db.close();
}, 60_000);
afterAll(() => server?.stop());

type Slots = { days: string[]; day: string; slots: FreeSlotDto[] };
const slots = async (serviceId: number, interpreter: boolean, day = '') =>
	data(
		await get<Slots>(
			server.url,
			`/api/locations/1/slots?serviceId=${serviceId}&interpreter=${interpreter ? 1 : 0}${day ? `&day=${day}` : ''}`,
			''
		)
	);

describe('booking with an interpreter over HTTP', () => {
	it('gives the last interpreter to exactly one of two visitors of different matters', async () => {
		const plain = await slots(m01, false);
		const withInterpreter = await slots(m01, true);
		// The notice: the first day with an interpreter comes later than the first day without.
		expect(withInterpreter.day > plain.day).toBe(true);
		const day = withInterpreter.day;
		expect(withInterpreter.slots.map((s) => [s.start, s.free])).toEqual([
			['09:00', 1],
			['09:30', 0] // the interpreter's hours end at 09:30
		]);

		const ask = (serviceId: number) =>
			post<BookingDto>(
				server.url,
				'/api/bookings',
				{ locationId: 1, serviceId, day, start: '09:00', interpreter: true },
				''
			);
		const answers = await Promise.all([ask(m01), ask(m02)]);
		expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
		const refused = answers.find((a) => a.status === 409)!.body as { error: ApiErrorDto };
		expect(refused.error).toMatchObject({ code: 'booking_refused' });
		expect(refused.error.message).toContain('tłumacza');

		// Both matters now show 09:00 without an interpreter free; without one, the other is free.
		for (const m of [m01, m02]) {
			expect((await slots(m, true, day)).slots[0]).toMatchObject({ start: '09:00', free: 0 });
		}
		const winner = data(answers.find((a) => a.status === 201)!);
		const other = winner.serviceId === m01 ? m02 : m01;
		expect((await slots(other, false, day)).slots[0]).toMatchObject({ start: '09:00', free: 1 });
	});
});
