/**
 * The board's snapshot on a real SQLite file with the clock in the test's hand: a call leaves
 * "Zapraszamy" after the location's time or once its service starts, a recall brings it back,
 * and windows on a break or checking a matter show (if the location wants them), by a word only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { departmentA, MIN, MONDAY_9, testOffice } from '../support/test-office';
import { officeAdminOf } from '../../src/lib/server/office/admin';
import type { BoardSnapshotDto } from '../../src/lib/shared/dto';
import { SYSTEM } from '../support/principals';

const OFFICE = testOffice({
	location: {
		week: { '1': { opens: '07:30', closes: '17:00' } },
		cutoffMinutes: 15,
		hoursEnforced: true
	},
	departments: [departmentA()],
	windows: { '1': ['A1'], '2': ['A1'], '3': ['A1'] }
});

let testbed: TestApp;
let app: App;
let now: number;
let location: number;
const win: Record<string, number> = {};

beforeEach(() => {
	now = MONDAY_9;
	testbed = testApp({ seed: OFFICE, clock: () => now });
	app = testbed.app;
	const ids = idsOf(app);
	location = ids.location;
	for (const label of ['1', '2', '3']) win[label] = ids.window(label);
});

afterEach(() => {
	testbed.close();
});

const serviceId = () => idsOf(app).service('A1');
const issue = () =>
	app.queue.issueTicket({ locationId: location, serviceId: serviceId(), priority: null }).ticket!
		.number;
const act = (label: string, action: 'call' | 'recall' | 'start' | 'finish') =>
	app.queue.act({ windowId: win[label]!, action });
const board = (): BoardSnapshotDto => app.views.boardSnapshot(location);
const invited = () => board().current.map((c) => c.ticketNumber);
const past = () => board().history.map((c) => c.ticketNumber);
const settings = (values: Record<string, string>) =>
	officeAdminOf(app).updateBoard({ principal: SYSTEM, ip: '127.0.0.1' }, location, values);

describe('"Zapraszamy" on the board', () => {
	it('holds a call for five minutes by default, then lists it among the last calls', () => {
		const first = issue();
		act('1', 'call');
		expect(board().callHighlightMs).toBe(5 * MIN);
		now += 5 * MIN - 1;
		expect(invited()).toEqual([first]);
		now += 1;
		expect(invited()).toEqual([]);
		expect(past()).toEqual([first]);
	});

	it('lets a call go once its service starts, and a recall brings one back for a new period', () => {
		const [a, b] = [issue(), issue()];
		act('1', 'call');
		now += MIN;
		act('2', 'call');
		expect(invited()).toEqual([b, a]);
		act('2', 'start');
		expect(invited()).toEqual([a]);
		expect(past()).toEqual([b]);

		now += 5 * MIN; // a's time is over
		expect(invited()).toEqual([]);
		act('1', 'recall');
		const recalled = board().current[0]!;
		expect(recalled).toMatchObject({ ticketNumber: a, recall: true, announcedAt: now });
		now += 5 * MIN - 1;
		expect(invited()).toEqual([a]);
		now += 1;
		// Back among the last calls in the order of the calls, not of the recall.
		expect(past()).toEqual([b, a]);
	});

	it('follows the minutes an administrator sets, and refuses what is not 1–60 minutes', () => {
		issue();
		act('1', 'call');
		for (const bad of ['0', '61', 'pięć', '', '2.5']) {
			const r = settings({ callHighlightMinutes: bad });
			expect(r.ok, bad).toBe(false);
			if (!r.ok) {
				expect(r.status).toBe(400);
				expect(r.errors.callHighlightMinutes?.key).toBe('admin.err.call_highlight');
			}
		}
		expect(board().callHighlightMs).toBe(5 * MIN);
		expect(settings({ callHighlightMinutes: '1' }).ok).toBe(true);
		expect(board().callHighlightMs).toBe(MIN);
		now += MIN;
		expect(invited()).toEqual([]);
	});
});

describe('windows on a break', () => {
	const reason = 'Jan Kowalski – u lekarza';

	it('are not on the board unless the location shows them', () => {
		app.queue.setWindowStatus(win['2']!, 'paused', reason, null);
		expect(board().pausedWindows).toEqual([]);
	});

	it('show where they are and never the reason, once the location shows them', () => {
		expect(settings({ callHighlightMinutes: '5', showsPaused: 'on' }).ok).toBe(true);
		app.queue.setWindowStatus(win['2']!, 'paused', reason, null);
		app.queue.setWindowStatus(win['3']!, 'closed', null, null);
		const snapshot = board();
		expect(snapshot.pausedWindows).toEqual([
			{
				windowLabel: '2',
				room: '002',
				floor: 0,
				colour: { pl: 'zielony', en: 'green' },
				hex: '#1b7f3b'
			}
		]);
		expect(JSON.stringify(snapshot)).not.toContain('Kowalski');

		app.queue.setWindowStatus(win['2']!, 'open', null, null);
		expect(board().pausedWindows).toEqual([]);
	});
});

describe('windows checking a matter (SR-08)', () => {
	const consult = (label: string, action: 'consult' | 'consult_end') =>
		app.queue.act({ windowId: win[label]!, action }, null);
	const events = () =>
		app.db
			.prepare(
				"SELECT type, json_extract(data_json, '$.by') AS by FROM events WHERE type LIKE 'window_consulting%' ORDER BY id"
			)
			.all();

	it('are not on the board unless the location shows them', () => {
		issue();
		act('1', 'call');
		consult('1', 'consult');
		expect(board().consultingWindows).toEqual([]);
		// The console still sees it: the setting is only about the waiting room.
		expect(app.views.windowById(win['1']!)?.consultingSince).toBe(now);
	});

	it('show where they are, never who or what, and leave the board when the visit ends', () => {
		expect(settings({ callHighlightMinutes: '5', showsPaused: 'on' }).ok).toBe(true);
		const number = issue();
		act('1', 'call');
		act('1', 'start');
		now += MIN;
		consult('1', 'consult');
		const snapshot = board();
		expect(snapshot.consultingWindows).toEqual([
			{
				windowLabel: '1',
				room: '001',
				floor: 0,
				colour: { pl: 'zielony', en: 'green' },
				hex: '#1b7f3b'
			}
		]);
		expect(snapshot.pausedWindows).toEqual([]);
		expect(JSON.stringify(snapshot.consultingWindows)).not.toContain(number);
		expect(JSON.stringify(snapshot.consultingWindows)).not.toContain('Sprawa A1');

		now += MIN;
		act('1', 'finish');
		expect(board().consultingWindows).toEqual([]);
		expect(app.views.windowById(win['1']!)?.consultingSince).toBeNull();
		expect(events()).toEqual([
			{ type: 'window_consulting', by: null },
			{ type: 'window_consulting_ended', by: 'visit_ended' }
		]);
	});

	it('the clerk ends it; without a client it cannot start', () => {
		expect(settings({ callHighlightMinutes: '5', showsPaused: 'on' }).ok).toBe(true);
		expect(() => consult('2', 'consult')).toThrow(/no_current_ticket/);
		issue();
		act('2', 'call');
		consult('2', 'consult');
		expect(board().consultingWindows.map((w) => w.windowLabel)).toEqual(['2']);
		consult('2', 'consult_end');
		expect(board().consultingWindows).toEqual([]);
		expect(() => consult('2', 'consult_end')).toThrow(/invalid_input/);
		expect(events()).toEqual([
			{ type: 'window_consulting', by: null },
			{ type: 'window_consulting_ended', by: 'clerk' }
		]);
	});
});
