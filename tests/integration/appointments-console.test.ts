/**
 * Appointments of the day on a real SQLite file (issue 14, SR-09): bookings still `booked` after
 * their check-in grace become no-shows (the job, with the test's clock); the console's snapshot
 * lists the day's appointments of the window's matters with their states taken from their
 * tickets, and for a client who checked in, the expected wait the clerk tells them once their
 * time has passed; a cancellation of today tells the consoles.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BookingRepository } from '../../src/lib/server/db/repositories/bookings';
import { overdueMs } from '../../src/lib/server/queue';
import { bookToday } from '../support/bookings';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import {
	departmentA,
	matter,
	MIN,
	MONDAY_9,
	testOffice,
	WEEKDAYS_0730_1530
} from '../support/test-office';

let testbed: TestApp | null = null;
let now = MONDAY_9;

function start(options: { noShowsEveryMs?: number } = {}) {
	now = MONDAY_9;
	testbed = testApp({
		seed: testOffice({
			location: { week: WEEKDAYS_0730_1530 },
			departments: [departmentA(matter('A1'), matter('A2'))],
			windows: { '1': ['A1'], '2': ['A2'] }
		}),
		clock: () => now,
		// The job's own timer stays out of the way unless a test runs it.
		noShowsEveryMs: options.noShowsEveryMs ?? 3_600_000
	});
	const app = testbed.app;
	const ids = idsOf(app);
	const repo = new BookingRepository(app.db);
	const book = (start: string, code?: string, serviceId = ids.service('A1')) =>
		bookToday(repo, { locationId: ids.location, serviceId, start, now, code });
	const stateOf = (id: number) =>
		app.db.prepare('SELECT state FROM bookings WHERE id = ?').pluck().get(id);
	return { app, ids, repo, book, stateOf };
}

afterEach(() => {
	testbed?.close();
	testbed = null;
});

describe('no-shows', () => {
	it('marks bookings still booked once their check-in grace (10 min) has passed, and no others', () => {
		const { app, repo, book, stateOf } = start();
		const early = book('08:40'); // grace ended 08:50: missed at 09:00
		const edge = book('08:50'); // grace ends 09:00: check-in still allowed at 09:00
		const later = book('09:30');
		const checkedIn = book('08:00');
		repo.setState(checkedIn.id, 'checked_in', now - 70 * MIN);
		const cancelled = book('08:20');
		repo.setState(cancelled.id, 'cancelled', now - 120 * MIN);

		expect(app.bookings.markNoShows()).toBe(1);
		expect(stateOf(early.id)).toBe('missed');
		expect(stateOf(edge.id)).toBe('booked');

		now += MIN;
		expect(app.bookings.markNoShows()).toBe(1);
		expect(stateOf(edge.id)).toBe('missed');
		expect(stateOf(later.id)).toBe('booked');
		expect(stateOf(checkedIn.id)).toBe('checked_in');
		expect(stateOf(cancelled.id)).toBe('cancelled');
		// Nothing left to mark: a second run changes nothing.
		expect(app.bookings.markNoShows()).toBe(0);
	});

	it('runs by itself on its schedule and tells the consoles of the day', async () => {
		const { app, book, stateOf } = start({ noShowsEveryMs: 20 });
		const told: number[] = [];
		app.bookings.onTodayChanged = (locationId) => told.push(locationId);
		const due = book('09:05');
		expect(stateOf(due.id)).toBe('booked');
		now = MONDAY_9 + 16 * MIN; // 09:16: its grace ended at 09:15
		await expect.poll(() => stateOf(due.id)).toBe('missed');
		expect(told).toEqual([idsOf(app).location]);
	});
});

describe("the console's appointments of the day", () => {
	it('lists the matters of the window by slot time, with states from the tickets', () => {
		const { app, ids, repo, book } = start();
		const window1 = ids.window('1');
		const a = book('09:20', '123456');
		const b = book('08:40', '654321');
		const other = book('09:00', '111222', ids.service('A2'));
		const gone = book('10:00');
		app.bookings.cancel(repo.byToken(gone.viewToken)!.viewToken);
		const tomorrow = bookToday(repo, {
			locationId: ids.location,
			serviceId: ids.service('A1'),
			start: '09:00',
			now: now + 86_400_000
		});

		const panel = () => app.views.consoleSnapshot(window1)!.appointments;
		expect(panel().map((p) => [p.start, p.codeEnd, p.state])).toEqual([
			['08:40', '321', 'booked'],
			['09:20', '456', 'booked']
		]);
		expect(app.views.consoleSnapshot(ids.window('2'))!.appointments.map((p) => p.id)).toEqual([
			other.id
		]);
		expect(panel().some((p) => p.id === tomorrow.id || p.id === gone.id)).toBe(false);

		// Checked in at the kiosk: a ticket, linked to the booking.
		const ticket = app.queue.issueTicket({
			locationId: ids.location,
			serviceId: ids.service('A1'),
			priority: null
		}).ticket!;
		repo.setState(a.id, 'checked_in', now, ticket.id);
		const line = () => panel().find((p) => p.id === a.id)!;
		expect(line()).toMatchObject({
			state: 'checked_in',
			ticketNumber: ticket.number,
			checkedInAt: ticket.issuedAt
		});
		// The wait the clerk tells the client is the one the client's own phone shows.
		expect(line().estimate).toEqual(app.views.publicTicketOf(ticket).estimate);
		expect(line().estimate).not.toBeNull();

		app.queue.act({ windowId: window1, action: 'call' }, null);
		expect(line()).toMatchObject({ state: 'called', estimate: null });
		app.queue.act({ windowId: window1, action: 'start', ticketId: ticket.id }, null);
		expect(line().state).toBe('in_service');
		app.queue.act({ windowId: window1, action: 'finish', ticketId: ticket.id }, null);
		expect(line().state).toBe('served');

		// 08:40 never came: after the job it is a no-show of the day.
		app.bookings.markNoShows();
		expect(panel().find((p) => p.id === b.id)!.state).toBe('missed');
	});

	it('gives the wait of a checked-in client past their time, from the slot or a late check-in', () => {
		const { app, ids, repo, book } = start();
		const onTime = book('08:50');
		const ticket = app.queue.issueTicket({
			locationId: ids.location,
			serviceId: ids.service('A1'),
			priority: null
		}).ticket!;
		repo.setState(onTime.id, 'checked_in', now, ticket.id);
		const line = app.views.consoleSnapshot(ids.window('1'))!.appointments[0]!;
		// Checked in at 09:00 for 08:50 (within the grace): overdue from the check-in.
		expect(overdueMs(line, now)).toBe(0);
		expect(overdueMs(line, now + 7 * MIN)).toBe(7 * MIN);
		// Checked in early (08:40) for 08:50: from the slot.
		expect(overdueMs({ ...line, checkedInAt: now - 20 * MIN }, now)).toBe(10 * MIN);
		// Called: no alert however late.
		app.queue.act({ windowId: ids.window('1'), action: 'call' }, null);
		const called = app.views.consoleSnapshot(ids.window('1'))!.appointments[0]!;
		expect(overdueMs(called, now + 30 * MIN)).toBeNull();
	});

	it("tells the consoles of a cancellation of today's booking, not of another day's", () => {
		const { app, ids, repo, book } = start();
		const told: number[] = [];
		app.bookings.onTodayChanged = (locationId) => told.push(locationId);
		const later = bookToday(repo, {
			locationId: ids.location,
			serviceId: ids.service('A1'),
			start: '09:00',
			now: now + 2 * 86_400_000
		});
		app.bookings.cancel(later.viewToken);
		expect(told).toEqual([]);
		app.bookings.cancel(book('11:00').viewToken);
		expect(told).toEqual([ids.location]);
	});
});
