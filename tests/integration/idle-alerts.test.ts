/**
 * The idle alert (issue 15, SR-03) over real socket.io: the demo office with its clock in the
 * test's hand. A civic-affairs ticket waits; past its matter's target (15 minutes) window 4, open
 * and free, hears `window:idle` once; when the clerk calls, the alert ends at once and the
 * episode's length is in the manager's statistics.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import type { ConsoleAlertsDto, IdleAlertDto } from '../../src/lib/shared/help';
import { next, request } from '../support/sockets';
import { realtimeApp, type RealtimeApp } from '../support/realtime-app';

let live: RealtimeApp;
let app: App;
let now: number;

beforeEach(async () => {
	now = Date.parse('2026-11-27T09:00:00Z');
	live = await realtimeApp({ seed: 'demo', clock: () => now, idleEveryMs: 20 });
	app = live.app;
});

afterEach(() => live.close());

it('alerts an idle window once while a client waits past the target, and ends when it calls', async () => {
	const windowId = app.office.windows(1).find((w) => w.label === '4')!.id;
	const civic = app.office.services(1).find((s) => s.code === 'SO')!;
	const { principal, token } = await live.session('urzednik');
	const socket = await live.socketOf(token);
	const joined = await request<ConsoleAlertsDto>(socket, 'alerts:join', { windowId });
	expect(joined).toEqual({ data: { helpDesk: false, help: [], idle: null } });
	const heard: IdleAlertDto[] = [];
	socket.on('window:idle', (a) => heard.push(a));

	app.queue.issueTicket({ locationId: 1, serviceId: civic.id, priority: null });
	const issuedAt = now;
	now += 14 * 60_000; // within the target: no alert (a look of the watch, here and now)
	app.idle.checkAll();
	expect(app.idle.alertOf(windowId, 'pl')).toBeNull();

	const alerted = next(socket, 'window:idle');
	now = issuedAt + 15 * 60_000 + 1000;
	const startedAt = now;
	expect(await alerted).toEqual({
		windowId,
		serviceId: civic.id,
		serviceName: civic.name.pl,
		overSince: issuedAt + 15 * 60_000
	});
	// Once per episode: later looks say nothing more.
	now += 60_000;
	await expect.poll(() => app.idle.alertOf(windowId, 'pl')?.overSince).toBe(issuedAt + 15 * 60_000);
	expect(heard).toHaveLength(1);
	// A console that opens now gets the alert with its join.
	const again = await request<ConsoleAlertsDto>(socket, 'alerts:join', { windowId });
	expect(again).toMatchObject({ data: { idle: { overSince: issuedAt + 15 * 60_000 } } });

	const cleared = next(socket, 'window:idle', (a) => a.overSince === null);
	app.desk.hold({ windowId }, principal);
	app.desk.act({ windowId, action: 'call' }, principal);
	expect(await cleared).toEqual({ windowId, serviceId: null, serviceName: null, overSince: null });
	const [row] = app.idle.timePerWindow(1, issuedAt, now + 1).filter((w) => w.windowId === windowId);
	expect(row).toMatchObject({ label: '4', episodes: 1, ms: now - startedAt });
});
