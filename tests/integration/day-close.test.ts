/**
 * The end of the office day (issue 12, item 16) on a real SQLite file, with the server's clock in
 * the test's hand and its own scheduler running (every 20 ms here): waiting tickets end as
 * 'closed' at the location's closing time, at midnight in Warsaw where hours are not enforced,
 * on both sides of the DST changes, and by a manager's hand; called tickets stay with their clerk;
 * the statistics count them; the board, consoles and phones show nothing of the closed day.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { departmentA, kancelaria, testOffice } from '../support/test-office';
import type { Principal } from '../../src/lib/server/auth/guard';
import { visitRates } from '../../src/lib/server/stats/queries';
import { queueLength } from '../../src/lib/server/stats/queue-length';

const office = (hoursEnforced: boolean) =>
	testOffice({
		location: {
			week: {
				'1': { opens: '07:30', closes: '17:00' },
				'2': { opens: '07:30', closes: '15:30' }
			},
			cutoffMinutes: 15,
			hoursEnforced
		},
		departments: [departmentA(), kancelaria()],
		windows: { '1': ['A1', 'SK'], '2': ['A1'] }
	});

let testbed: TestApp | null = null;
let app: App;
let now: number;
let ids: { location: number; a1: number; sk: number; w1: number; depA: number; depK: number };

function start(hoursEnforced: boolean, at: string) {
	now = Date.parse(at);
	testbed = testApp({
		seed: office(hoursEnforced),
		clock: () => now,
		dayCloseEveryMs: 20
	});
	app = testbed.app;
	const { location, service, window, department } = idsOf(app);
	ids = {
		location,
		a1: service('A1'),
		sk: service('SK'),
		w1: window('1'),
		depA: department('A'),
		depK: department('K')
	};
}

afterEach(() => {
	testbed?.close();
	testbed = null;
});

const issue = (serviceId: number) =>
	app.queue.issueTicket({ locationId: ids.location, serviceId, priority: null }).ticket!;
const stateOf = (id: number) =>
	app.db.prepare('SELECT state FROM tickets WHERE id = ?').pluck().get(id) as string;
/** One turn of the scheduler now, to show that it leaves something alone. */
const turn = () => app.day.closeDue();

describe('at closing time (hours enforced)', () => {
	it('ends waiting tickets matter by matter, leaves the called one to its clerk, counts them', async () => {
		start(true, '2026-11-23T08:00:00Z'); // Monday 09:00 in Warsaw (CET)
		const served = issue(ids.a1);
		const first = issue(ids.a1);
		const second = issue(ids.a1);
		const complaint = issue(ids.sk);
		app.queue.act({ windowId: ids.w1, action: 'call' });
		app.queue.act({ windowId: ids.w1, action: 'finish', ticketId: served.id });
		const called = app.queue.act({ windowId: ids.w1, action: 'call' }).ticket!;
		expect(called.id).toBe(first.id);
		expect(app.views.boardSnapshot(ids.location).history.map((c) => c.ticketNumber)).toEqual([
			served.number
		]);

		now = Date.parse('2026-11-23T15:59:00Z'); // 16:59
		turn();
		expect(stateOf(second.id)).toBe('waiting');

		now = Date.parse('2026-11-23T16:00:00Z'); // 17:00: the office closes
		await expect.poll(() => stateOf(second.id)).toBe('closed');
		// Complaints and requests are taken until 17:30 on Monday: not ended yet.
		expect(stateOf(complaint.id)).toBe('waiting');
		expect(stateOf(first.id)).toBe('called');

		now = Date.parse('2026-11-23T16:30:00Z'); // 17:30
		await expect.poll(() => stateOf(complaint.id)).toBe('closed');
		expect(stateOf(first.id)).toBe('called'); // SR-30: only the clerk ends a visit

		const events = app.db
			.prepare(
				"SELECT ticket_id, at, staff_id FROM events WHERE type = 'ticket_closed' ORDER BY id"
			)
			.all();
		expect(events).toEqual([
			{ ticket_id: second.id, at: Date.parse('2026-11-23T16:00:00Z'), staff_id: null },
			{ ticket_id: complaint.id, at: Date.parse('2026-11-23T16:30:00Z'), staff_id: null }
		]);

		// The phone: not served, the office closed, back on Tuesday at 07:30 (06:30 UTC).
		const phone = app.views.publicTicket(second.code)!;
		expect(phone.state).toBe('closed');
		expect(phone.nextOpening).toEqual({
			day: '2026-11-24',
			opens: '07:30',
			at: Date.parse('2026-11-24T06:30:00Z')
		});

		// Statistics: per day, department and matter; and the queue empties at closing.
		const day = Math.floor((Date.parse('2026-11-23T00:00:00Z') + 3_600_000) / 86_400_000);
		expect(
			app.db
				.prepare(
					'SELECT department_id, service_id, closed FROM stats_closed WHERE day = ? ORDER BY service_id'
				)
				.all(day)
		).toEqual([
			{ department_id: ids.depA, service_id: ids.a1, closed: 1 },
			{ department_id: ids.depK, service_id: ids.sk, closed: 1 }
		]);
		const range = {
			locationId: ids.location,
			from: Date.parse('2026-11-22T23:00:00Z'),
			to: Date.parse('2026-11-23T23:00:00Z'),
			timeZone: 'Europe/Warsaw'
		};
		expect(visitRates(app.db, range)).toMatchObject({ tickets: 4, closed: 2 });
		expect(visitRates(app.db, { ...range, departmentIds: [ids.depK] }).closed).toBe(1);
		const queue = queueLength(app.db, range);
		// Each point is the queue as its quarter hour begins.
		const at = (slot: number) => queue.points.find((p) => p.slot === slot)?.max;
		expect(at(9 * 4 + 1)).toBe(2); // 09:15: four issued at 09:00, two called
		expect(at(17 * 4 + 1)).toBe(1); // 17:15: the complaint still waits
		expect(at(17 * 4 + 3)).toBe(0); // 17:45: nobody

		// The board and the consoles: nothing waits; the board lists no call made before closing.
		expect(app.views.staffSnapshot(ids.location).waiting).toEqual([]);
		const board = app.views.boardSnapshot(ids.location);
		expect(board.waiting.every((d) => d.count === 0)).toBe(true);
		expect(board.history).toEqual([]);
		// The clerk still has the called visitor, and finishes the visit.
		expect(app.views.windowById(ids.w1)!.current?.number).toBe(first.number);
		app.queue.act({ windowId: ids.w1, action: 'finish', ticketId: first.id });
		expect(stateOf(first.id)).toBe('done');
	});

	it('reaches across the change to summer time for the next opening', async () => {
		start(true, '2026-03-24T08:00:00Z'); // Tuesday 24 March 09:00 CET
		const t = issue(ids.a1);
		now = Date.parse('2026-03-24T14:30:00Z'); // 15:30 CET: closing
		await expect.poll(() => stateOf(t.id)).toBe('closed');
		// Monday 30 March 07:30 is summer time (CEST, UTC+2): 05:30 UTC, not 06:30.
		expect(app.views.publicTicket(t.code)!.nextOpening).toEqual({
			day: '2026-03-30',
			opens: '07:30',
			at: Date.parse('2026-03-30T05:30:00Z')
		});
	});
});

describe('at midnight in Warsaw (hours not enforced, as in the demo office)', () => {
	it.each([
		// [issued (local 23:30), a minute before local midnight, local midnight, what is crossed]
		['2026-11-23T22:30:00Z', '2026-11-23T22:59:00Z', '2026-11-23T23:00:00Z', 'winter time'],
		// Sunday 29 March: summer time since 02:00, so midnight is 22:00 UTC.
		['2026-03-29T21:30:00Z', '2026-03-29T21:59:00Z', '2026-03-29T22:00:00Z', 'the March change'],
		// Sunday 25 October: winter time again since 03:00, so midnight is 23:00 UTC.
		['2026-10-25T22:30:00Z', '2026-10-25T22:59:00Z', '2026-10-25T23:00:00Z', 'the October change'],
		// Saturday 28 March (winter time), before the change.
		['2026-03-28T22:30:00Z', '2026-03-28T22:59:00Z', '2026-03-28T23:00:00Z', 'the eve of March']
	])('ends yesterday’s queue at local midnight (%s → %s, %s)', async (issued, before, midnight) => {
		start(false, issued);
		const waiting = issue(ids.a1);
		const called = issue(ids.a1);
		app.queue.act({ windowId: ids.w1, action: 'call' });
		const calledDay = app.views.boardSnapshot(ids.location);
		expect(calledDay.current.map((c) => c.ticketNumber)).toEqual([waiting.number]);

		now = Date.parse(before);
		turn();
		expect(stateOf(called.id)).toBe('waiting');

		now = Date.parse(midnight);
		await expect.poll(() => stateOf(called.id)).toBe('closed');
		expect(stateOf(waiting.id)).toBe('called'); // the clerk's, until the clerk ends it
		// The closed ticket counts on the office day it was issued.
		const issuedDay = app.db
			.prepare('SELECT day FROM stats_closed WHERE service_id = ?')
			.pluck()
			.get(ids.a1) as number;
		expect(new Date(issuedDay * 86_400_000).toISOString().slice(0, 10)).toBe(called.day);
		// Next morning nothing of yesterday is on the board or waits on a console.
		const board = app.views.boardSnapshot(ids.location);
		expect(board.current).toEqual([]);
		expect(board.history).toEqual([]);
		expect(board.waiting.every((d) => d.count === 0)).toBe(true);
		expect(app.views.staffSnapshot(ids.location).waiting).toEqual([]);
		// A new day's ticket starts again from 001 and is not touched.
		const today = issue(ids.a1);
		expect(today.number).toBe('A001');
		turn();
		expect(stateOf(today.id)).toBe('waiting');
	});
});

describe("a manager's closing by hand", () => {
	const manager = (departmentIds: number[]): Principal => ({
		roles: ['manager'],
		label: 'Kierownik',
		staff: { id: 1, role: 'manager', departmentIds, sessionId: 'test' }
	});

	it("ends their departments' waiting tickets now, audited; the other departments' wait on", async () => {
		start(false, '2026-11-23T08:00:00Z');
		const a = issue(ids.a1);
		const k = issue(ids.sk);
		now = Date.parse('2026-11-23T10:00:00Z');
		const result = app.day.closeByHand(ids.location, manager([ids.depA]), '127.0.0.1');
		expect(result).toMatchObject({ day: '2026-11-23', closed: [{ id: a.id, state: 'closed' }] });
		expect(stateOf(a.id)).toBe('closed');
		expect(stateOf(k.id)).toBe('waiting');
		expect(
			app.db.prepare("SELECT staff_id FROM events WHERE type = 'ticket_closed'").pluck().all()
		).toEqual([1]);
		const audit = app.audit.list({ actionPrefixes: ['day.'] });
		expect(audit.map((e) => [e.action, e.subject, e.detail, e.ip])).toEqual([
			[
				'day.close',
				'location:test',
				{ day: '2026-11-23', closed: 1, numbers: [a.number] },
				'127.0.0.1'
			]
		]);
		expect(app.day.status(ids.location, manager([ids.depA]))).toMatchObject({
			waiting: 0,
			closedAt: now
		});
		expect(app.day.status(ids.location, manager([ids.depK])).waiting).toBe(1);
	});
});
