/**
 * The booking pages' server side (issue 14), on the built app with the demo office's appointment
 * schedules: a booking made by the page's form without JavaScript, its refusals (a bad e-mail,
 * the rate limit the page shares with the API), the API's refusals naming their reason in the
 * caller's language, and a booking's link leading on to the live ticket once it is checked in.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingDto, FreeSlotDto } from '../../src/lib/shared/booking';
import type { IssuedTicketDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let matter: number;
let day: string;

beforeAll(async () => {
	server = await startInProcess();
	const db = new Database(server.dbPath, { readonly: true });
	matter = db.prepare("SELECT id FROM services WHERE code = 'SO'").pluck().get() as number;
	db.close();
	day = data(
		await get<{ day: string }>(server.url, `/api/locations/1/slots?serviceId=${matter}`, '')
	).day;
}, 60_000);
afterAll(() => server?.stop());

const count = (sql: string) => {
	const db = new Database(server.dbPath, { readonly: true });
	const n = db.prepare(sql).pluck().get() as number;
	db.close();
	return n;
};

/** The page's form as a browser without JavaScript posts it. */
function postForm(path: string, fields: Record<string, string>, lang = 'pl') {
	return fetch(server.url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: server.url,
			accept: 'text/html',
			cookie: `lang=${lang}`
		},
		body: new URLSearchParams(fields).toString()
	});
}

const form = (start: string, extra: Record<string, string> = {}) => ({
	location: '1',
	matter: String(matter),
	day,
	interpreter: '0',
	slot: start,
	...extra
});

describe('the booking page without JavaScript', () => {
	it('offers the demo matters with appointments, and books with the form', async () => {
		const page = await (await fetch(`${server.url}/rezerwacja`)).text();
		expect(page).toContain('Sprawy obywatelskie i stanu cywilnego');
		expect(page).toContain('Wniosek o przyznanie Karty Rodzina Trzy Plus');
		// A matter without a schedule is not offered.
		expect(page).not.toContain('Zaświadczenie o stanie majątkowym');

		const res = await postForm(
			`/rezerwacja?location=bierun&matter=${matter}&/book`,
			form('08:00', { email: 'ola@example.pl', accessible: 'on' })
		);
		expect(res.status).toBe(303);
		const to = res.headers.get('location')!;
		expect(to).toMatch(/^\/rezerwacja\/[A-Za-z0-9_-]{24}\?nowa=1$/);
		const token = to.split('/')[2]!.split('?')[0]!;
		const booking = data(await get<BookingDto>(server.url, `/api/bookings/${token}`, ''));
		expect(booking).toMatchObject({ day, start: '08:00', accessible: true, state: 'booked' });

		const shown = await (await fetch(server.url + to)).text();
		expect(shown).toContain(`${booking.code.slice(0, 3)} ${booking.code.slice(3)}`);
		expect(shown).toContain(`${server.url}/rezerwacja/${token}`);
	});

	it('refuses a bad e-mail beside its field, keeping what was typed, and writes nothing', async () => {
		const before = count('SELECT count(*) FROM bookings');
		const res = await postForm(
			`/rezerwacja?location=bierun&matter=${matter}&/book`,
			form('08:20', { email: 'not-an-address', phone: '600 100 200' }),
			'en'
		);
		expect(res.status).toBe(400);
		const page = await res.text();
		expect(page).toContain('Enter a valid e-mail address or leave this field empty.');
		expect(page).toContain('value="600 100 200"');
		expect(count('SELECT count(*) FROM bookings')).toBe(before);
	});
});

describe('refusals and the check-in', () => {
	it('names the reason of an API refusal, in the caller’s language', async () => {
		const slots = data(
			await get<{ slots: FreeSlotDto[] }>(
				server.url,
				`/api/locations/1/slots?serviceId=${matter}&day=${day}`,
				''
			)
		).slots;
		const full = slots.find((s) => s.free > 0)!;
		const body = { locationId: 1, serviceId: matter, day, start: full.start };
		for (let i = 0; i < full.free; i++) {
			expect((await post(server.url, '/api/bookings', body, '')).status).toBe(201);
		}
		const pl = await post(server.url, '/api/bookings', body, '');
		expect(pl.status).toBe(409);
		expect(pl.body).toEqual({
			error: {
				code: 'booking_refused',
				reason: 'slot_full',
				message: expect.stringMatching(/^Ta godzina jest już zajęta/)
			}
		});
		const en = await post(server.url, '/api/bookings', body, 'lang=en');
		expect(en.body).toMatchObject({
			error: {
				reason: 'slot_full',
				message: expect.stringMatching(/^This time has just been taken/)
			}
		});
		const past = await post(server.url, '/api/bookings', { ...body, day: '2020-01-06' }, '');
		expect(past.body).toMatchObject({ error: { reason: 'not_bookable_day' } });
	});

	it('leads a checked-in booking’s link on to its live ticket', async () => {
		const booked = data(
			await post<BookingDto>(
				server.url,
				'/api/bookings',
				{ locationId: 1, serviceId: matter, day, start: '13:40' },
				''
			)
		);
		const ticket = data(
			await post<IssuedTicketDto>(server.url, '/api/tickets', { locationId: 1, serviceId: matter })
		).ticket;
		// As the kiosk's check-in leaves it: the booking's state and its ticket.
		const db = new Database(server.dbPath);
		db.prepare(
			`UPDATE bookings SET state = 'checked_in', ticket_id = (SELECT id FROM tickets WHERE code = ?)
			 WHERE view_token = ?`
		).run(ticket.code, booked.token);
		db.close();

		const seen = data(await get<BookingDto>(server.url, `/api/bookings/${booked.token}`, ''));
		expect(seen).toMatchObject({ state: 'checked_in', ticketCode: ticket.code });
		const res = await fetch(`${server.url}/rezerwacja/${booked.token}`, { redirect: 'manual' });
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe(`/t/${ticket.code}`);
		// The live ticket offers booking a visit for another day.
		const live = await (await fetch(`${server.url}/t/${ticket.code}`)).text();
		expect(live).toMatch(/href="(\.\.\/)*rezerwacja">Wolisz przyjść o ustalonej godzinie/);
	});

	it('answers an unknown link with a kind 404 page', async () => {
		const res = await fetch(`${server.url}/rezerwacja/${'A'.repeat(24)}`, {
			headers: { cookie: 'lang=pl' }
		});
		expect(res.status).toBe(404);
		const page = await res.text();
		expect(page).toContain('Nie znaleziono rezerwacji');
		// The way on: a new booking (SvelteKit writes its links relative to the page).
		expect(page).toMatch(/href="(\.\.\/)*rezerwacja"/);
	});

	it('counts the page’s bookings and the API’s against one limit per address', async () => {
		const slots = data(
			await get<{ slots: FreeSlotDto[] }>(
				server.url,
				`/api/locations/1/slots?serviceId=${matter}&day=${day}`,
				''
			)
		).slots.filter((s) => s.free > 0);
		// Up to ten bookings from this address through the API (some were made above, by both ways)…
		let i = 0;
		while (count("SELECT count(*) FROM bookings WHERE state IN ('booked', 'checked_in')") < 10) {
			const s = slots[i++]!;
			const body = { locationId: 1, serviceId: matter, day, start: s.start };
			expect((await post(server.url, '/api/bookings', body, '')).status).toBe(201);
		}
		// …and the page's form is refused then, with the message.
		const before = count('SELECT count(*) FROM bookings');
		const res = await postForm(
			`/rezerwacja?location=bierun&matter=${matter}&/book`,
			form(slots[i]!.start)
		);
		expect(res.status).toBe(429);
		expect(await res.text()).toContain('Zbyt wiele prób w krótkim czasie');
		expect(count('SELECT count(*) FROM bookings')).toBe(before);
	});
});
