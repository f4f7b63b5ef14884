/**
 * A day's free slots of every matter in one answer (GET /api/locations/{id}/free-slots?day=):
 * the same slots and free places as asking each matter's own (BookingService.freeSlots), with the
 * day's bookings counted; matters without a schedule left out; a day that cannot be booked has
 * no free place; an impossible day is a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookingRepository } from '../../src/lib/server/db/repositories/bookings';
import { get } from '../support/api';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let services: number[];
let day: string;

beforeAll(async () => {
	server = await startInProcess();
	const app = server.app;
	const repo = new BookingRepository(app.db);
	// The test's own schedules in place of the demo office's.
	app.db.prepare('DELETE FROM appointment_schedules').run();
	services = app.office
		.services(1)
		.filter((s) => s.active)
		.slice(0, 3)
		.map((s) => s.id);
	for (const id of services) {
		repo.setSchedule(id, [
			{ weekday: 1, from: '08:00', to: '09:00', slotMinutes: 20, capacity: 2 },
			{ weekday: 2, from: '08:00', to: '09:00', slotMinutes: 20, capacity: 2 },
			{ weekday: 3, from: '08:00', to: '09:00', slotMinutes: 20, capacity: 2 },
			{ weekday: 4, from: '08:00', to: '09:00', slotMinutes: 20, capacity: 2 },
			{ weekday: 5, from: '08:00', to: '09:00', slotMinutes: 20, capacity: 2 }
		]);
	}
	day = app.bookings.days(1)[0]!;
	const booking = (serviceId: number, start: string) =>
		app.bookings.book({
			locationId: 1,
			serviceId,
			day,
			start,
			lang: 'pl',
			email: null,
			phone: null,
			interpreter: false,
			accessible: false,
			bookedBy: null
		});
	booking(services[0]!, '08:00');
	booking(services[0]!, '08:00');
	booking(services[1]!, '08:40');
	app.bookings.cancel(booking(services[2]!, '08:20').viewToken);
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

interface FreeSlots {
	day: string;
	bookable: boolean;
	matters: { serviceId: number; slots: { start: string; at: number; free: number }[] }[];
}

describe("a day's free slots of every matter", () => {
	it("match each matter's own slots, the day's bookings counted", async () => {
		const answer = await get<FreeSlots>(server.url, `/api/locations/1/free-slots?day=${day}`, '');
		expect(answer.status).toBe(200);
		const body = (answer.body as { data: FreeSlots }).data;
		expect(body.bookable).toBe(true);
		expect(body.matters.map((m) => m.serviceId)).toEqual(services);
		for (const m of body.matters) {
			const own = server.app.bookings
				.freeSlots(1, m.serviceId, day)
				.map((s) => ({ start: s.start, at: s.at, free: s.free }));
			expect(m.slots).toEqual(own);
		}
		expect(body.matters[0]!.slots.map((s) => s.free)).toEqual([0, 2, 2]);
		expect(body.matters[1]!.slots.map((s) => s.free)).toEqual([2, 2, 1]);
		expect(body.matters[2]!.slots.map((s) => s.free)).toEqual([2, 2, 2]);
	});

	it('give no free place on a day that cannot be booked, and refuse an impossible day', async () => {
		const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
		const past = await get<FreeSlots>(server.url, `/api/locations/1/free-slots?day=${today}`, '');
		const data = (past.body as { data: FreeSlots }).data;
		expect(data.bookable).toBe(false);
		expect(data.matters.flatMap((m) => m.slots).every((s) => s.free === 0)).toBe(true);
		expect((await get(server.url, '/api/locations/1/free-slots?day=2026-02-30', '')).status).toBe(
			400
		);
		expect((await get(server.url, '/api/locations/1/free-slots', '')).status).toBe(400);
	});
});
