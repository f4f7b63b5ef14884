/**
 * /manage's appointment statistics and their CSV (issue 14) over the real server: bookings of
 * today in the Civic Affairs Office (the demo manager `kierownik`'s) and in the Tax Section,
 * booked, cancelled, missed and checked in (on time and late) with tickets called later; the
 * counts, the lateness median and the wait after the slot (median, p90) per matter and
 * department; a manager sees their departments only; bad dates are a 400.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookingRepository } from '../../src/lib/server/db/repositories/bookings';
import { bookToday } from '../support/bookings';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let manager: string;
let admin: string;
const MIN = 60_000;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });

beforeAll(async () => {
	server = await startInProcess();
	const db = new Database(server.dbPath);
	const one = (sql: string) => db.prepare(sql).pluck().get() as number;
	const civic = one("SELECT id FROM services WHERE code = 'SO'");
	const tax = one("SELECT id FROM services WHERE code = 'M01'");
	const repo = new BookingRepository(server.app.db);
	const now = Date.now();
	const book = (serviceId: number, start: string) =>
		bookToday(repo, { locationId: 1, serviceId, start, now });
	/** Checked in `late` minutes after the slot (negative: early), called `wait` minutes later. */
	const checkIn = (serviceId: number, start: string, late: number, wait: number) => {
		const b = book(serviceId, start);
		const slotAt = db.prepare('SELECT slot_at FROM bookings WHERE id = ?').pluck().get(b.id);
		const ticket = server.app.queue.issueTicket({
			locationId: 1,
			serviceId,
			priority: null
		}).ticket!;
		const arrived = (slotAt as number) + late * MIN;
		db.prepare('UPDATE tickets SET issued_at = ?, called_at = ? WHERE id = ?').run(
			arrived,
			Math.max(arrived, slotAt as number) + wait * MIN,
			ticket.id
		);
		repo.setState(b.id, 'checked_in', arrived, ticket.id);
	};
	repo.setState(book(civic, '08:00').id, 'cancelled', now);
	repo.setState(book(civic, '08:20').id, 'missed', now);
	checkIn(civic, '08:40', -5, 4);
	checkIn(civic, '09:00', 3, 7);
	book(tax, '10:00');
	checkIn(tax, '10:20', 6, 8);
	db.close();
	manager = await signIn(server.url, 'kierownik');
	admin = await signIn(server.url, 'admin');
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

async function csv(cookie: string, query = `from=${today}&to=${today}`) {
	const res = await fetch(`${server.url}/api/manage/appointments.csv?location=1&${query}`, {
		headers: { cookie, 'accept-language': 'pl' }
	});
	const bytes = Buffer.from(await res.arrayBuffer());
	return {
		status: res.status,
		type: res.headers.get('content-type'),
		bytes,
		text: bytes.toString()
	};
}

const lines = (text: string) =>
	text
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');

describe('appointment statistics', () => {
	it('count bookings, cancellations, check-ins, no-shows, lateness and the wait after the slot', async () => {
		const answer = await csv(admin);
		expect(answer.status).toBe(200);
		expect(answer.type).toBe('text/csv; charset=utf-8');
		// UTF-8 with a byte-order mark, as the other CSVs (Excel reads ą, ę, ł right).
		expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = lines(answer.text);
		expect(header).toBe(
			'Wydział;Sprawa;Rezerwacje;Odwołane;Zgłoszone w kiosku;Nieobecności;Spóźnione zgłoszenia;' +
				'Spóźnienie: mediana (min);Oczekiwanie po terminie: mediana (min);Oczekiwanie po terminie: p90 (min)'
		);
		const civicTotal = rows.find((r) => /^Wydział Spraw Obywatelskich[^;]*;Razem;/.test(r));
		// 4 booked: 1 cancelled, 1 missed, 2 checked in (1 late by 3 min); waits 4 and 7 min.
		expect(civicTotal?.split(';').slice(2)).toEqual(['4', '1', '2', '1', '1', '3', '4', '7']);
		const all = rows.at(-1)!.split(';');
		expect(all.slice(0, 2)).toEqual(['Wszystkie wydziały', 'Razem']);
		// With the Tax Section: 6 booked, 3 checked in, 2 late (3 and 6 min), waits 4, 7, 8.
		expect(all.slice(2)).toEqual(['6', '1', '3', '1', '2', '3', '7', '8']);
	});

	it("give a manager their departments' rows only", async () => {
		const [, ...rows] = lines((await csv(manager)).text);
		expect(
			rows.every((r) => /^(Wydział Spraw Obywatelskich[^;]*|Wszystkie wydziały);/.test(r))
		).toBe(true);
		expect(rows.at(-1)!.split(';')[2]).toBe('4');
		const page = await fetch(`${server.url}/manage?location=1&from=${today}&to=${today}`, {
			headers: { cookie: manager, 'accept-language': 'pl' }
		}).then((r) => r.text());
		expect(page).toContain('Wizyty umówione');
		expect(page).toContain('Zgłoszone w kiosku');
	});

	it('refuse an impossible or reversed range with a 400', async () => {
		expect((await csv(admin, 'from=2026-02-30&to=2026-03-01')).status).toBe(400);
		expect((await csv(admin, `from=${today}&to=2020-01-01`)).status).toBe(400);
	});
});
