/**
 * TicketRepository.countAhead counts in SQL what the domain's peopleAhead computes from the
 * queue (views use the SQL count so that issuing does not slow down as the queue grows). Both
 * must agree on every waiting ticket, with priorities, equal issue times, calls and transfers.
 * Likewise a call reads only the queue of the window's matters (TicketRepository.waitingAt): the
 * ticket it calls must be the one the ordering rule picks from the location's whole queue.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { departmentA, matter, testOffice } from '../support/test-office';
import { chooseNext, peopleAhead } from '../../src/lib/server/queue';
import { PRIORITY_GROUPS } from '../../src/lib/shared/vocabulary';

let testbed: TestApp;
let app: App;
let now = Date.parse('2026-11-23T08:00:00Z');

beforeAll(() => {
	testbed = testApp({
		seed: testOffice({
			location: { slug: 't', name: 'T', hoursEnforced: false },
			departments: [departmentA(matter('A1'), matter('A2'))],
			windows: { '1': ['A1', 'A2'], '2': ['A2'] }
		}),
		clock: () => now
	});
	app = testbed.app;
});

afterAll(() => {
	testbed.close();
});

it('agrees with the domain rule on every waiting ticket', () => {
	const services = app.office.services(1).map((s) => s.id);
	const windows = app.office.windows(1).map((w) => w.id);
	let seed = 7;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	let calls = 0;
	for (let i = 0; i < 300; i++) {
		// Some tickets share an issue time: the id breaks the tie, in SQL as in the domain.
		if (random() < 0.7) now += Math.floor(random() * 3) * 1000;
		const priority =
			random() < 0.25 ? PRIORITY_GROUPS[Math.floor(random() * PRIORITY_GROUPS.length)]! : null;
		const req = {
			locationId: 1,
			serviceId: services[Math.floor(random() * services.length)]!,
			priority
		};
		// Some are checked-in appointments (issue 14), their slot come or still to come.
		const slot = random() < 0.15 ? now + Math.floor(random() * 5 - 2) * 60_000 : null;
		const issued = (
			slot === null ? app.queue.issueTicket(req) : app.queue.issueAppointment(req, slot)
		).ticket!;
		// Just issued: the new ticket's count as the kiosk shows it.
		expect(app.tickets.countAhead(issued), issued.number).toBe(
			peopleAhead(issued, app.tickets.waiting(1))
		);
		const windowId = windows[Math.floor(random() * windows.length)]!;
		const r = random();
		if (r < 0.1) {
			const window = app.office.window(windowId)!;
			const policy = app.office.location(1)!.policy;
			const expected = chooseNext(app.tickets.waiting(1), window, policy, now);
			if (expected && !app.tickets.currentOfWindow(windowId)) {
				expect(app.queue.act({ windowId, action: 'call' }).ticket?.id).toBe(expected.id);
				calls++;
			}
		}
		try {
			if (r >= 0.1 && r < 0.15) app.queue.act({ windowId, action: 'finish' });
			else if (r >= 0.15 && r < 0.18) {
				const current = app.tickets.currentOfWindow(windowId);
				const other = services.find((s) => s !== current?.serviceId)!;
				app.queue.act({ windowId, action: 'transfer', serviceId: other, note: 'x' });
			}
		} catch {
			// nothing waiting, nobody called: the random walk goes on
		}
	}
	expect(calls).toBeGreaterThan(10);
	const waiting = app.tickets.waiting(1);
	expect(waiting.length).toBeGreaterThan(100);
	expect(waiting.some((t) => t.transfers > 0)).toBe(true);
	for (const t of waiting) {
		expect(app.tickets.countAhead(t), t.number).toBe(peopleAhead(t, waiting));
	}
	expect(app.tickets.waitingCounts(1)).toEqual(countedPerService());
});

/** How many wait per matter, counted from the tickets themselves. */
function countedPerService(): Map<number, number> {
	const counts = new Map<number, number>();
	for (const t of app.tickets.waiting(1))
		counts.set(t.serviceId, (counts.get(t.serviceId) ?? 0) + 1);
	return counts;
}

it('agrees after another connection changed the queue (the counts are rebuilt)', () => {
	const other = new Database(testbed.databasePath);
	other
		.prepare("UPDATE tickets SET state = 'cancelled' WHERE state = 'waiting' AND id % 2 = 0")
		.run();
	other.close();
	now += 1000;
	const serviceId = app.office.services(1)[0]!.id;
	for (const priority of [null, 'elderly'] as const) {
		const issued = app.queue.issueTicket({ locationId: 1, serviceId, priority }).ticket!;
		expect(app.tickets.countAhead(issued)).toBe(peopleAhead(issued, app.tickets.waiting(1)));
	}
	expect(app.tickets.waitingCounts(1)).toEqual(countedPerService());
});
