/**
 * Check-in at the kiosk over HTTP (issue 14), on the built app with a paired kiosk and its fake
 * network printer: a booking's code becomes an "R" ticket carrying the slot's time, printed with
 * it; the booking is checked in with the ticket's id; a due appointment is called before the
 * walk-ins. Too early, too late (with the walk-in ticket offered), unknown, used and cancelled
 * codes are refused and change nothing; wrong codes are rate-limited per kiosk.
 *
 * Bookings are only taken from the next working day, so the bookings whose slot is now are
 * written straight into the database, as a booking made earlier would be (set-up independent of
 * the clock: every slot is relative to the test's now).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto, IssuedTicketDto, StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { pairDevice } from '../support/auth';
import { printedText, readEscPos } from '../support/escpos';
import { FakePrinter } from '../support/fake-printer';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { connect, next, request } from '../support/sockets';

const MIN = 60_000;
let server: InProcessServer;
let printer: FakePrinter;
let dir: string;
let kiosk: string;
let matter: number;
let nextCode = 100_000;

const warsaw = (at: number) => {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Europe/Warsaw',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).format(at);
	const [day, start] = parts.split(' ');
	return { day: day!, start: start! };
};

/** A booking of `matter` whose slot starts at `slotAt`, as the booking page would have made it. */
function book(slotAt: number, state = 'booked'): { code: string; token: string; id: number } {
	const db = new Database(server.dbPath);
	const code = String(nextCode++);
	const token = `tok${code}`.padEnd(24, 'x');
	const { day, start } = warsaw(slotAt);
	const id = db
		.prepare(
			`INSERT INTO bookings (location_id, service_id, day, start, slot_at, code, view_token, lang,
			 state, created_at, changed_at) VALUES (1, ?, ?, ?, ?, ?, ?, 'pl', ?, ?, ?)`
		)
		.run(matter, day, start, slotAt, code, token, state, Date.now(), Date.now()).lastInsertRowid;
	db.close();
	return { code, token, id: Number(id) };
}

function row<T>(sql: string, ...args: unknown[]): T {
	const db = new Database(server.dbPath, { readonly: true });
	const r = db.prepare(sql).get(...args) as T;
	db.close();
	return r;
}

const ticketCount = () => row<{ n: number }>('SELECT count(*) AS n FROM tickets').n;

const checkIn = (code: string, cookie = kiosk) =>
	post<IssuedTicketDto>(server.url, '/api/bookings/check-in', { locationId: 1, code }, cookie);

async function refusal(code: string, status: number, cookie = kiosk): Promise<ApiErrorDto> {
	const before = ticketCount();
	const answer = await checkIn(code, cookie);
	expect(answer.status, JSON.stringify(answer.body)).toBe(status);
	expect(ticketCount()).toBe(before);
	return (answer.body as unknown as { error: ApiErrorDto }).error;
}

beforeAll(async () => {
	printer = await FakePrinter.start();
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-check-in-'));
	const kiosks = path.join(dir, 'kiosks.json');
	fs.writeFileSync(
		kiosks,
		JSON.stringify({ lobby: { transport: 'tcp', host: '127.0.0.1', port: printer.port } })
	);
	server = await startInProcess({ env: { OKIENKO_KIOSKS: kiosks } });
	kiosk = await pairDevice(server.url, server.adminCookie, 'kiosk', { printerKey: 'lobby' });
	const db = new Database(server.dbPath, { readonly: true });
	matter = db.prepare("SELECT id FROM services WHERE code = 'M01'").pluck().get() as number;
	db.close();
}, 60_000);

afterAll(async () => {
	await server?.stop();
	await printer?.stop();
	if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('check-in on time', () => {
	it('issues an R ticket with the slot time, prints it, and checks the booking in', async () => {
		const slotAt = Date.now() + 5 * MIN;
		const booking = book(slotAt);
		const answer = await checkIn(booking.code.replace(/^(\d{3})/, '$1 '));
		expect(answer.status, JSON.stringify(answer.body)).toBe(201);
		const issued = data(answer);
		expect(issued.ticket.number).toMatch(/^R\d{3}$/);
		expect(issued.ticket.appointmentAt).toBe(slotAt);
		expect(issued.ticket.priority).toBeNull();
		expect(issued.print.ok).toBe(true);

		const ticket = row<{ id: number; appointment_at: number; service_id: number }>(
			'SELECT id, appointment_at, service_id FROM tickets WHERE code = ?',
			issued.ticket.code
		);
		expect(ticket).toMatchObject({ appointment_at: slotAt, service_id: matter });
		expect(row('SELECT state, ticket_id FROM bookings WHERE id = ?', booking.id)).toEqual({
			state: 'checked_in',
			ticket_id: ticket.id
		});

		const [bytes] = await printer.waitForTickets(1);
		const text = printedText(readEscPos(bytes!));
		expect(text).toContain(issued.ticket.number);
		expect(text).toContain(`Wizyta umówiona na ${warsaw(slotAt).start}`);

		// The phone's page says it too.
		const followed = data(
			await get<{ appointmentAt: number }>(server.url, `/api/tickets/${issued.ticket.code}`)
		);
		expect(followed.appointmentAt).toBe(slotAt);

		// The same code again: no booking still to come has it; the link says it was used.
		expect((await refusal(booking.code, 404)).params).toMatchObject({ reason: 'unknown' });
		const used = await refusal(`https://kolejka.example/rezerwacja/${booking.token}`, 409);
		expect(used.params).toMatchObject({ reason: 'used' });
	});

	it('is called before the walk-ins waiting for its matter once its slot has come', async () => {
		const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		const window = staff.windows.find((w) => w.serviceIds.includes(matter) && w.status === 'open')!;
		// Whoever waits at this window now goes first: empty its queue.
		while (
			(await post(server.url, `/api/windows/${window.id}/call`, {})).status === 200 &&
			(await post(server.url, `/api/windows/${window.id}/finish`, {})).status === 200
		);
		const walkIn = await post<IssuedTicketDto>(
			server.url,
			'/api/tickets',
			{ locationId: 1, serviceId: matter, priority: null },
			kiosk
		);
		expect(walkIn.status).toBe(201);
		const booking = book(Date.now() - 2 * MIN);
		const appointment = data(await checkIn(booking.code));
		const called = await post<{ ticket: { number: string } }>(
			server.url,
			`/api/windows/${window.id}/call`,
			{}
		);
		expect(data(called).ticket.number).toBe(appointment.ticket.number);
	});
});

describe('the console when the slot comes', () => {
	it('gets the list in the new order at the slot, though nothing was committed then', async () => {
		const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		const window = staff.windows.find((w) => w.serviceIds.includes(matter) && w.status === 'open')!;
		const socket = await connect(server.url);
		try {
			const joined = await request<StaffSnapshotDto>(socket, 'window:join', {
				windowId: window.id
			});
			expect('data' in joined).toBe(true);
			const walkIn = data(
				await post<IssuedTicketDto>(
					server.url,
					'/api/tickets',
					{ locationId: 1, serviceId: matter, priority: null },
					kiosk
				)
			);
			// Its slot ten seconds away (room for a busy machine): behind the walk-ins until then.
			const slotAt = Date.now() + 10_000;
			const appointment = data(await checkIn(book(slotAt).code)).ticket.number;
			const numbers = (s: StaffSnapshotDto) => s.waiting.map((t) => t.number);
			// A snapshot built before the slot (its `at`), whenever it arrives.
			const before = await next(
				socket,
				'window:snapshot',
				(s) => numbers(s).includes(appointment) && s.at < slotAt
			);
			expect(numbers(before).indexOf(walkIn.ticket.number)).toBeLessThan(
				numbers(before).indexOf(appointment)
			);
			const after = await next(socket, 'window:snapshot', (s) => numbers(s)[0] === appointment);
			expect(numbers(after)).toContain(walkIn.ticket.number);
		} finally {
			socket.close();
		}
	});
});

describe('check-in refused', () => {
	it('too early: says from when, and changes nothing', async () => {
		const slotAt = Date.now() + 40 * MIN;
		const booking = book(slotAt);
		const error = await refusal(booking.code, 409);
		const sameDay = warsaw(Date.now()).day === warsaw(slotAt - 15 * MIN).day;
		expect(error.params).toMatchObject({
			reason: sameDay ? 'too_early' : 'other_day',
			start: warsaw(slotAt).start
		});
		if (sameDay) {
			expect(error.params!.opens).toBe(warsaw(slotAt - 15 * MIN).start);
			expect(error.message).toContain(`od godz. ${warsaw(slotAt - 15 * MIN).start}`);
		}
		expect(row('SELECT state FROM bookings WHERE id = ?', booking.id)).toEqual({ state: 'booked' });
	});

	it('too late: offers the matter for a walk-in ticket, which the usual path issues', async () => {
		const booking = book(Date.now() - 11 * MIN);
		const error = await refusal(booking.code, 409);
		expect(error.params).toMatchObject({ reason: 'too_late', serviceId: matter });
		expect(error.message).toContain('Możesz pobrać zwykły bilet');
		const walkIn = await post<IssuedTicketDto>(
			server.url,
			'/api/tickets',
			{ locationId: 1, serviceId: error.params!.serviceId, priority: null },
			kiosk
		);
		expect(walkIn.status).toBe(201);
		expect(data(walkIn).ticket.number).not.toMatch(/^R/);
		expect(row('SELECT state FROM bookings WHERE id = ?', booking.id)).toEqual({ state: 'booked' });
	});

	it('a cancelled booking, another day, bad input', async () => {
		const cancelled = book(Date.now(), 'cancelled');
		expect((await refusal(cancelled.code, 404)).params).toMatchObject({ reason: 'unknown' });
		expect((await refusal(cancelled.token, 409)).params).toMatchObject({ reason: 'cancelled' });
		const tomorrow = book(Date.now() + 26 * 60 * MIN);
		expect((await refusal(tomorrow.code, 409)).params).toMatchObject({ reason: 'other_day' });
		const bad = await post(
			server.url,
			'/api/bookings/check-in',
			{ locationId: 'x', code: 1 },
			kiosk
		);
		expect(bad.status).toBe(400);
	});

	it('wrong codes are limited per kiosk: the 11th answer is 429, another kiosk still checks in', async () => {
		const other = await pairDevice(server.url, server.adminCookie, 'kiosk');
		const booking = book(Date.now());
		// Earlier tests of this file made some wrong attempts on `kiosk` too; a fresh kiosk counts from 0.
		const guesser = await pairDevice(server.url, server.adminCookie, 'kiosk');
		for (let i = 0; i < 10; i++) await refusal(`99999${i}`, 404, guesser);
		expect((await refusal(booking.code, 429, guesser)).code).toBe('too_many_requests');
		expect((await checkIn(booking.code, other)).status).toBe(201);
	});
});
