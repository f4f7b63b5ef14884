/**
 * The server's log (src/lib/server/log.ts) on the real server: one JSON line per request and
 * per socket event, with the route rather than the path, and nothing that ties a line to a
 * visitor: no ticket code or number, no survey or booking token, no e-mail. A visitor's whole
 * path is walked here (kiosk ticket, the phone's page and socket, the call, the survey, a
 * booking and its page), and a wrong address carrying a code; then every line is read.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BookingDto, FreeSlotDto } from '../../src/lib/shared/booking';
import type { IssuedTicketDto, KioskMenuDto, PublicTicketDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { startServer, type RunningServer } from '../support/server';
import { connect, request } from '../support/sockets';

let server: RunningServer;
let matter: number;
let window4: number;

beforeAll(async () => {
	server = await startServer();
	const db = new Database(server.dbPath);
	matter = db.prepare("SELECT id FROM services WHERE code = 'M01'").pluck().get() as number;
	window4 = db.prepare("SELECT id FROM windows WHERE label = '4'").pluck().get() as number;
	const add = db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '09:00', '10:00', 30, 1)`
	);
	for (const weekday of [1, 2, 3, 4, 5]) add.run(matter, weekday);
	db.close();
}, 60_000);
afterAll(() => server?.stop());

type Line = Record<string, unknown> & { level: string; msg: string };

const lines = (text: string): Line[] =>
	text
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Line);

/** A visitor's whole visit; answers every secret and name the server handed out or was given. */
async function visit(): Promise<string[]> {
	const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
	const civic = menu.departments
		.flatMap((d) => d.services)
		.find((s) => s.name.pl.startsWith('Sprawy obywatelskie'))!;
	const issued = data(
		await post<IssuedTicketDto>(server.url, '/api/tickets', {
			locationId: 1,
			serviceId: civic.id,
			priority: null
		})
	);
	const { code, number } = issued.ticket;
	// The visitor's phone: the page, its data, the API and the live socket.
	expect((await fetch(`${server.url}/t/${code}`)).status).toBe(200);
	expect((await fetch(`${server.url}/t/${code}/__data.json`)).status).toBe(200);
	const phone = await connect(server.url, '');
	expect('data' in (await request(phone, 'ticket:join', { code }))).toBe(true);
	phone.close();
	for (const action of ['call', 'start', 'finish']) {
		expect((await post(server.url, `/api/windows/${window4}/${action}`, {})).status).toBe(200);
	}
	const ticket = data(await get<PublicTicketDto>(server.url, `/api/tickets/${code}`));
	const survey = ticket.surveyToken!;
	expect(survey).toBeTruthy();
	expect((await fetch(`${server.url}/survey/${survey}`)).status).toBe(200);
	expect((await get(server.url, `/api/survey/${survey}`, '')).status).toBe(200);
	// A booking, with an e-mail, and its own page.
	const slots = data(
		await get<{ day: string; slots: FreeSlotDto[] }>(
			server.url,
			`/api/locations/1/slots?serviceId=${matter}`,
			''
		)
	);
	const email = 'jan.kowalski@example.pl';
	const booking = data(
		await post<BookingDto>(
			server.url,
			'/api/bookings',
			{ locationId: 1, serviceId: matter, day: slots.day, start: '09:00', email },
			''
		)
	);
	expect((await fetch(`${server.url}/rezerwacja/${booking.token}`)).status).toBe(200);
	expect((await get(server.url, `/api/bookings/${booking.token}`, '')).status).toBe(200);
	// Addresses that lead nowhere, carrying a code: the 404's line must not repeat it.
	expect((await fetch(`${server.url}/t/${code}/nothing`)).status).toBe(404);
	expect((await fetch(`${server.url}/nowhere/${code}?code=${code}`)).status).toBe(404);
	return [code, number, survey, booking.token, booking.code, email, 'Kowalski'];
}

describe('the log', () => {
	it('writes one JSON line per request and event, naming routes, never a visitor', async () => {
		const secrets = await visit();
		// Request lines go out in batches, a tenth of a second after the first (log.ts).
		const routes = () =>
			new Set(
				lines(server.output())
					.filter((l) => l.msg === 'request')
					.map((l) => l.route ?? l.path)
			);
		for (const route of [
			'/api/tickets',
			'/t/[code]',
			'/api/tickets/[code]',
			'/api/windows/[id]/[action]',
			'/survey/[token]',
			'/api/survey/[token]',
			'/api/bookings',
			'/rezerwacja/[token]',
			'/api/bookings/[token]',
			'/nowhere/[secret]'
		]) {
			await vi.waitFor(() => expect([...routes()], route).toContain(route));
		}
		const all = lines(server.output());
		const requests = all.filter((l) => l.msg === 'request');
		for (const l of requests) {
			expect(l).toMatchObject({ level: 'info', method: expect.any(String) });
			expect(l.status).toEqual(expect.any(Number));
			expect(l.ms).toEqual(expect.any(Number));
		}
		const events = all.filter((l) => l.msg === 'socket event');
		expect(events).toContainEqual(
			expect.objectContaining({ event: 'ticket:join', role: 'anonymous', ms: expect.any(Number) })
		);
		for (const secret of secrets) expect(server.output(), secret).not.toContain(secret);
	});

	it('takes its level from OKIENKO_LOG_LEVEL, and always says where it listens', async () => {
		const quiet = await startServer({ env: { OKIENKO_LOG_LEVEL: 'warn' } });
		try {
			expect((await fetch(`${quiet.url}/api/health`)).status).toBe(200);
			const said = lines(quiet.output());
			expect(said.map((l) => l.msg)).toContain(
				`Okienko listening on http://127.0.0.1:${quiet.port}`
			);
			expect(said.filter((l) => l.msg === 'request')).toEqual([]);
		} finally {
			await quiet.stop();
		}
	});
});
