/**
 * "Potrzebuję pomocy" (issue 15, SR-32) over real socket.io: a paired kiosk in the lobby asks for
 * help; the consoles of the Kancelaria's windows (the help desk by default) hear it at once, a
 * console of another department does not; a clerk answers "Idę", the kiosk hears that someone is
 * coming and every help-desk console drops the alert. A second press while one is open shows that
 * request; a press soon after an answered one is limited. The time to acknowledge is kept.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { DEVICE_COOKIE } from '../../src/lib/server/auth/cookies';
import type { ConsoleAlertsDto, HelpAlertDto, HelpStateDto } from '../../src/lib/shared/help';
import { HELP_COMING_MS, HELP_LIMIT, HELP_LIMIT_WINDOW_MS } from '../../src/lib/server/queue';
import { connect, next, request, type TestSocket } from '../support/sockets';
import { realtimeApp, type RealtimeApp } from '../support/realtime-app';

let live: RealtimeApp;
let app: App;
let now: number;

beforeEach(async () => {
	now = Date.parse('2026-11-27T09:00:00Z');
	live = await realtimeApp({ seed: 'demo', clock: () => now });
	app = live.app;
});

const kiosks: TestSocket[] = [];
afterEach(async () => {
	for (const k of kiosks.splice(0)) k.close();
	await live.close();
});

const windowLabelled = (label: string) => app.office.windows(1).find((w) => w.label === label)!.id;

/** A kiosk paired at location 1, named as the administrator named it: its socket. */
async function pairedKiosk(name: string): Promise<TestSocket> {
	const { id, code } = app.accounts.devices.create({
		kind: 'kiosk',
		name,
		locationId: 1,
		printerKey: null
	});
	const paired = app.accounts.devices.pair(code)!;
	expect(paired.device.id).toBe(id);
	const socket = await connect(live.url, `${DEVICE_COOKIE}=${paired.token}`);
	kiosks.push(socket);
	return socket;
}

async function console(login: string, windowId: number) {
	const { token } = await live.session(login);
	const socket = await live.socketOf(token);
	const joined = await request<ConsoleAlertsDto>(socket, 'alerts:join', { windowId });
	if (!('data' in joined)) throw new Error(JSON.stringify(joined));
	return { socket, alerts: joined.data };
}

it('alerts the help desk, and tells the kiosk that a clerk is coming', async () => {
	const desk = await console('urzednik', windowLabelled('1'));
	const other = await console('kierownik', windowLabelled('4'));
	expect(desk.alerts).toMatchObject({ helpDesk: true, help: [] });
	expect(other.alerts).toMatchObject({ helpDesk: false, help: [] });
	const heardElsewhere: HelpAlertDto[] = [];
	other.socket.on('help:alert', (a) => heardElsewhere.push(a));
	const kiosk = await pairedKiosk('Kiosk przy wejściu');

	const alerted = next(desk.socket, 'help:alert');
	const pressed = await request<HelpStateDto>(kiosk, 'help:request', {
		locationId: 1,
		kiosk: 'default'
	});
	expect(pressed).toEqual({
		data: { state: 'open', requestId: expect.any(Number), requestedAt: now }
	});
	const alert = await alerted;
	expect(alert).toMatchObject({ place: 'Kiosk przy wejściu', acknowledgedAt: null });

	// A second press while the first is open alerts nobody again: it shows the same request.
	const again = await request<HelpStateDto>(kiosk, 'help:request', {
		locationId: 1,
		kiosk: 'default'
	});
	expect(again).toEqual(pressed);

	now += 42_000;
	const told = next(kiosk, 'help:state');
	const cleared = next(desk.socket, 'help:alert', (a) => a.acknowledgedAt !== null);
	const answer = await request<HelpAlertDto>(desk.socket, 'help:acknowledge', {
		windowId: windowLabelled('1'),
		requestId: alert.id
	});
	expect(answer).toMatchObject({ data: { id: alert.id, acknowledgedBy: 'Katarzyna' } });
	expect(await told).toEqual({ state: 'coming', requestId: alert.id, by: 'Katarzyna' });
	expect((await cleared).acknowledgedAt).toBe(now);
	// Recorded: the time from the press to "Idę".
	const [kept] = app.help.requestsIn(1, 0, now + 1);
	expect(kept!.acknowledgedAt! - kept!.requestedAt).toBe(42_000);

	// A console of another department heard nothing (a round trip proves its socket is current).
	await request(other.socket, 'alerts:join', { windowId: windowLabelled('4') });
	expect(heardElsewhere).toEqual([]);
});

it('limits a kiosk to a few alerts in half an hour, and says when to try again', async () => {
	const desk = await console('urzednik', windowLabelled('2'));
	const kiosk = await pairedKiosk('Kiosk 2');
	const press = () =>
		request<HelpStateDto>(kiosk, 'help:request', { locationId: 1, kiosk: 'default' });
	const first = now;
	for (let i = 0; i < HELP_LIMIT; i++) {
		const pressed = await press();
		if (!('data' in pressed) || pressed.data.state !== 'open') throw new Error('not open');
		await request(desk.socket, 'help:acknowledge', {
			windowId: windowLabelled('2'),
			requestId: pressed.data.requestId
		});
		// While the clerk is coming the kiosk keeps saying so, and alerts nobody.
		expect(await press()).toMatchObject({ data: { state: 'coming', by: 'Katarzyna' } });
		now += HELP_COMING_MS;
	}
	// The next alert the desk hears is the one after the limit, not the limited press.
	const heard = next(desk.socket, 'help:alert');
	expect(await press()).toEqual({
		data: { state: 'limited', retryAt: first + HELP_LIMIT_WINDOW_MS }
	});
	expect(app.help.requestsIn(1, 0, now + 1)).toHaveLength(HELP_LIMIT);
	now = first + HELP_LIMIT_WINDOW_MS;
	const after = await press();
	expect(after).toMatchObject({ data: { state: 'open' } });
	expect((await heard).id).toBe(
		'data' in after && 'requestId' in after.data && after.data.requestId
	);
});

it('refuses bad input and a kiosk of another location, changing nothing', async () => {
	const kiosk = await pairedKiosk('Kiosk 3');
	const bad = [
		{},
		{ locationId: 1 },
		{ locationId: 'x', kiosk: 'default' },
		{ locationId: 1, kiosk: 'no spaces' },
		{ locationId: 1, kiosk: 'default', extra: 1 }
	];
	for (const payload of bad) {
		const answer = await request(kiosk, 'help:request', payload);
		expect(answer).toMatchObject({ error: { code: 'bad_request' } });
	}
	const elsewhere = await request(kiosk, 'help:request', { locationId: 2, kiosk: 'default' });
	expect(elsewhere).toMatchObject({ error: { code: 'forbidden' } });
	const desk = await console('urzednik', windowLabelled('1'));
	const unknown = await request(desk.socket, 'help:acknowledge', {
		windowId: windowLabelled('1'),
		requestId: 999_999
	});
	expect(unknown).toMatchObject({ error: { code: 'not_found' } });
	expect(app.help.requestsIn(1, 0, now + 1)).toEqual([]);
});
