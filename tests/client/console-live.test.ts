/**
 * Issue 12 item 5: a console whose action went unanswered knows it may be behind the server, and
 * stops saying so once a fresh snapshot has come (the next change, or a rejoin after a
 * reconnect). Against a real socket.io server in this process that takes the action and never
 * answers it, as a server does whose answer was lost with the connection.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleLive } from '../../src/lib/client/console-live.svelte';
import { openSocket } from '../../src/lib/client/socket';
import type { StaffSnapshotDto } from '../../src/lib/shared/dto';
import ActionBarHarness from './ActionBarHarness.svelte';
import {
	SOCKET_PATH,
	type ClientToServerEvents,
	type ServerToClientEvents
} from '../../src/lib/shared/socket-events';

const poll = { timeout: 15_000, interval: 20 };

function staff(at: number): StaffSnapshotDto {
	return {
		location: {
			id: 1,
			slug: 'test',
			name: 'Urząd Testowy',
			mode: 'normal',
			fairnessCap: 3,
			restoreGraceMinutes: 30
		},
		windows: [
			{
				id: 7,
				locationId: 1,
				label: '1',
				room: '001',
				floor: 0,
				colour: { pl: 'zielony', en: 'green' },
				hex: '#1b7f3b',
				status: 'open',
				pauseReason: null,
				consultingSince: null,
				serviceIds: [1],
				priorityRun: 0,
				current: null,
				holder: null,
				usualServiceMs: null
			}
		],
		waiting: [],
		waitingCount: 0,
		waitingPriorityCount: 0,
		missed: [],
		appointments: [],
		departments: [],
		services: [],
		at
	};
}

let io: Server<ClientToServerEvents, ServerToClientEvents> | null = null;
let live: ConsoleLive | null = null;

afterEach(async () => {
	live?.close();
	await new Promise<void>((done) => (io ? void io.close(() => done()) : done()));
	io = live = null;
});

/** A server that lets the console join and takes its actions without ever answering them. */
async function silentServer(): Promise<string> {
	const http = createServer();
	io = new Server<ClientToServerEvents, ServerToClientEvents>(http, { path: SOCKET_PATH });
	io.on('connection', (socket) => {
		socket.on('window:join', (_req, ack) => {
			void socket.join('window:7');
			ack({ data: staff(Date.now()) });
		});
		socket.on('window:action', () => {});
	});
	await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
	return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

async function consoleOn(url: string): Promise<ConsoleLive> {
	live = new ConsoleLive(7, staff(0), null, { open: () => openSocket(url), actionTimeoutMs: 300 });
	live.connect();
	await expect.poll(() => live!.joined, poll).toBe(true);
	return live;
}

describe('an unanswered action at the console', () => {
	it('leaves the console behind until the next snapshot arrives', async () => {
		const c = await consoleOn(await silentServer());
		expect(c.behind).toBe(false);
		const outcome = await c.act({ windowId: 7, action: 'call' });
		expect(outcome).toEqual({ failure: 'timeout' });
		expect(c.behind).toBe(true);
		io!.to('window:7').emit('window:snapshot', staff(Date.now()));
		await expect.poll(() => c.behind, poll).toBe(false);
	});

	it('catches up when it rejoins after a reconnect', async () => {
		const c = await consoleOn(await silentServer());
		await c.act({ windowId: 7, action: 'call' });
		expect(c.behind).toBe(true);
		c.reconnect();
		await expect.poll(() => c.behind, poll).toBe(false);
	});
});

describe('the action bar while an action is on its way', () => {
	it('says it is sending and offers no second action', () => {
		const render = (busy: boolean) => {
			const target = document.body.appendChild(document.createElement('div'));
			const bar = mount(ActionBarHarness, {
				target,
				props: { window: staff(0).windows[0]!, busy }
			});
			flushSync();
			const call = target.querySelector<HTMLButtonElement>('button[data-action="call"]')!;
			const seen = { text: target.textContent ?? '', callDisabled: call.disabled };
			void unmount(bar);
			target.remove();
			return seen;
		};
		const idle = render(false);
		expect(idle.callDisabled).toBe(false);
		expect(idle.text).not.toContain('Wysyłanie…');
		const busy = render(true);
		expect(busy.callDisabled).toBe(true);
		expect(busy.text).toContain('Wysyłanie…');
	});
});
