/**
 * Staff booking's pages on the real server (issue 14): a clerk's booking through the form names
 * the clerk and is audited; a refused form is a 4xx that writes nothing; odd addresses (a date
 * that does not exist, a code of letters, an id of no booking) are answered without a 500.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let clerk: string;
let matter: number;
let day: string;

beforeAll(async () => {
	server = await startServer();
	const db = new Database(server.dbPath);
	matter = db.prepare("SELECT id FROM services WHERE code = 'SO'").pluck().get() as number;
	// The test's own schedule in place of the demo office's.
	db.prepare('DELETE FROM appointment_schedules').run();
	const add = db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '09:00', '10:00', 30, 1)`
	);
	for (const weekday of [1, 2, 3, 4, 5]) add.run(matter, weekday);
	db.close();
	clerk = await signIn(server.url, 'urzednik');
	const slots = await fetch(`${server.url}/api/locations/1/slots?serviceId=${matter}`);
	day = ((await slots.json()) as { data: { day: string } }).data.day;
}, 60_000);
afterAll(() => server?.stop());

const page = (path: string) =>
	fetch(server.url + path, { headers: { cookie: clerk, accept: 'text/html' }, redirect: 'manual' });
const form = (path: string, fields: Record<string, string>) =>
	fetch(server.url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			cookie: clerk,
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields).toString()
	});
const rows = (sql: string) => {
	const db = new Database(server.dbPath, { readonly: true });
	const all = db.prepare(sql).all();
	db.close();
	return all as Record<string, unknown>[];
};

describe('booking for a client through the pages', () => {
	it('books through the form as the clerk, audited; refuses a full slot and bad fields (4xx)', async () => {
		const fields = { serviceId: String(matter), day, start: '09:00', phone: '600 100 200' };
		const booked = await form(`/bookings?/book&location=1&service=${matter}&day=${day}`, fields);
		expect(booked.status).toBe(303);
		expect(booked.headers.get('location')).toMatch(/^\/bookings\/\d+\?booked=1$/);
		const [row] = rows(
			'SELECT b.id, b.booked_by AS bookedBy, s.login FROM bookings b JOIN staff s ON s.id = b.booked_by'
		);
		expect(row).toMatchObject({ login: 'urzednik' });
		expect(rows("SELECT actor_id AS actor FROM audit_log WHERE action = 'booking.create'")).toEqual(
			[{ actor: row!.bookedBy }]
		);

		const full = await form(`/bookings?/book&location=1&service=${matter}&day=${day}`, fields);
		expect(full.status).toBe(409);
		expect(await full.text()).toContain('Ta godzina jest już zajęta.');
		const bad = await form(`/bookings?/book&location=1&service=${matter}&day=${day}`, {
			...fields,
			start: '09:30',
			email: 'nie-mail'
		});
		expect(bad.status).toBe(400);
		expect(await bad.text()).toContain('Podaj poprawny adres e-mail');
		expect(rows('SELECT id FROM bookings')).toHaveLength(1);

		expect((await form(`/bookings/${row!.id}?/move`, { day: 'x', start: '09:30' })).status).toBe(
			400
		);
		expect((await form('/bookings/999999?/cancel', {})).status).toBe(404);
		expect((await form('/bookings/999999?/move', { day, start: '09:30' })).status).toBe(404);
		expect(rows("SELECT id FROM audit_log WHERE action LIKE 'booking.%'")).toHaveLength(1);
	});

	it('answers odd addresses without a 500', async () => {
		for (const path of [
			'/bookings?list=2026-13-45',
			'/bookings?list=2026-02-30',
			'/bookings?service=abc&day=zzz&interpreter=2',
			`/bookings?service=${matter}&day=1999-01-01`,
			'/bookings?code=abc',
			'/bookings?code=000000',
			'/bookings?location=999',
			'/bookings/interpreter?location=abc',
			'/bookings/abc',
			'/bookings/0',
			'/bookings/99999999999999999999',
			'/bookings/1?moveDay=2026-13-45'
		]) {
			const res = await page(path);
			expect(res.status, path).toBeLessThan(500);
		}
		expect((await page('/bookings/abc')).status).toBe(404);
		expect(await (await page('/bookings?code=12')).text()).toContain('Kod to 6 cyfr.');
	});
});
