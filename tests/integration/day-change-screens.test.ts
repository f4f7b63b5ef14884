/**
 * "Nothing of yesterday remains on any screen next morning" (issue 12, item 16), over real
 * socket.io: the demo office (hours not enforced) in this process with its clock in the test's
 * hand, a board, a console and a phone connected overnight. At midnight in Warsaw the waiting
 * ticket ends as closed, and each screen is sent a snapshot without yesterday, though no one
 * acted; a board that had nothing waiting is refreshed as well.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { realtimeApp, type RealtimeApp } from '../support/realtime-app';
import type { BoardSnapshotDto, PublicTicketDto, StaffSnapshotDto } from '../../src/lib/shared/dto';
import { next, request, type TestSocket } from '../support/sockets';

let live: RealtimeApp;
let app: App;
let now: number;

beforeEach(async () => {
	now = Date.parse('2026-03-28T13:00:00Z'); // Saturday 14:00 in Warsaw; summer time tonight
	live = await realtimeApp({ seed: 'demo', clock: () => now, dayCloseEveryMs: 20 });
	app = live.app;
});

afterEach(() => live.close());

async function staffSocket(): Promise<TestSocket> {
	return live.socketOf((await live.session('admin')).token);
}

it('sends every screen a morning without yesterday at midnight in Warsaw', async () => {
	const staff = app.views.staffSnapshot(1);
	const w = staff.windows.find((x) => x.label === '4')!;
	const serviceId = app.views.windowsOf(1).find((x) => x.id === w.id)!.serviceIds[0]!;
	const issue = () => app.queue.issueTicket({ locationId: 1, serviceId, priority: null }).ticket!;
	const served = issue();
	const waiting = issue();
	app.desk.act({ windowId: w.id, action: 'call' }, { roles: ['admin'], label: 'test' });
	app.desk.act({ windowId: w.id, action: 'finish' }, { roles: ['admin'], label: 'test' });

	const board = await staffSocket();
	const joined = await request<BoardSnapshotDto>(board, 'board:join', { locationId: 1 });
	expect('data' in joined && joined.data.history.map((c) => c.ticketNumber)).toEqual([
		served.number
	]);
	const desk = await staffSocket();
	const consoleJoin = await request<StaffSnapshotDto>(desk, 'window:join', { windowId: w.id });
	expect('data' in consoleJoin && consoleJoin.data.waiting.map((t) => t.number)).toEqual([
		waiting.number
	]);
	const phone = await staffSocket();
	await request<PublicTicketDto>(phone, 'ticket:join', { code: waiting.code });

	const boardMorning = next(board, 'board:snapshot', (s) => s.history.length === 0);
	const consoleMorning = next(desk, 'window:snapshot', (s) => s.waiting.length === 0);
	const phoneMorning = next(phone, 'ticket:snapshot', (t) => t.state === 'closed');
	now = Date.parse('2026-03-28T23:00:00Z'); // Sunday 00:00 in Warsaw
	const [morning, deskMorning, ticket] = await Promise.all([
		boardMorning,
		consoleMorning,
		phoneMorning
	]);
	expect(morning.current).toEqual([]);
	expect(morning.waiting.every((d) => d.count === 0)).toBe(true);
	expect(deskMorning.windows.find((x) => x.id === w.id)!.current).toBeNull();
	expect(ticket.nextOpening?.day).toBe('2026-03-30'); // Monday, after the clocks went forward

	// The next night nothing waits: the board is refreshed all the same, at 00:00 CEST.
	now = Date.parse('2026-03-29T07:00:00Z'); // Sunday 09:00 CEST
	const todays = issue();
	app.desk.act({ windowId: w.id, action: 'call' }, { roles: ['admin'], label: 'test' });
	app.desk.act({ windowId: w.id, action: 'finish' }, { roles: ['admin'], label: 'test' });
	await next(board, 'board:snapshot', (s) => s.history[0]?.ticketNumber === todays.number);
	const secondMorning = next(board, 'board:snapshot', (s) => s.history.length === 0);
	now = Date.parse('2026-03-29T22:00:00Z'); // Monday 00:00 in Warsaw (CEST, UTC+2)
	expect((await secondMorning).at).toBe(now);
});
