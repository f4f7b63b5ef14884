/**
 * The board shows a call from `board:call` alone, and a snapshot taken before the call does not
 * undo it (BoardLive), against a real socket.io server in this process.
 */
import { afterEach, expect, it } from 'vitest';
import { BoardLive } from '../../src/lib/client/board-live.svelte';
import { openSocket } from '../../src/lib/client/socket';
import type { BoardCallDto } from '../../src/lib/shared/dto';
import { snapshot, startRoomServer, type RoomServer } from './room-server';

/** Generous caps for a busy 2-core machine: every wait is for a condition. */
const poll = { timeout: 15_000, interval: 20 };

let server: RoomServer | null = null;
let live: BoardLive | null = null;

afterEach(async () => {
	live?.close();
	await server?.stop();
	live = null;
	server = null;
});

function call(ticketNumber: string, at: number, windowLabel = '4'): BoardCallDto {
	return {
		ticketNumber,
		windowLabel,
		room: '105',
		floor: 1,
		colour: { pl: 'niebieski', en: 'blue' },
		hex: '#1f5fbf',
		calledAt: at,
		recall: false,
		announcement: 0,
		announcedAt: at
	};
}

it('shows a call the moment it arrives and keeps it over an older snapshot', async () => {
	// The join's snapshot is taken at 1000 (the room server's generation).
	server = await startRoomServer(0, 1000);
	const heard: string[] = [];
	live = new BoardLive(snapshot(1, 0), { onCall: (c) => heard.push(c.ticketNumber) }, () =>
		openSocket(server!.url)
	);
	live.connect();
	await expect.poll(() => live!.joined, poll).toBe(true);
	const numbers = () => live!.snapshot.current.map((c) => c.ticketNumber);
	const room = server.io.to('board:1');

	room.emit('board:call', call('U001', 2000));
	await expect.poll(numbers, poll).toEqual(['U001']);
	expect(heard).toEqual(['U001']);

	// A snapshot taken before the call (at 1500), arriving after it: the call stays.
	room.emit('board:snapshot', { ...snapshot(1, 1500), waiting: [] });
	room.emit('board:call', call('U002', 2100, '5'));
	await expect.poll(numbers, poll).toEqual(['U002', 'U001']);

	// A snapshot that shows the first call over (started) and was taken before the second.
	room.emit('board:snapshot', { ...snapshot(1, 2050), history: [call('U001', 2000)] });
	await expect.poll(() => live!.snapshot.at, poll).toBe(2050);
	expect(numbers()).toEqual(['U002']);
	expect(live.snapshot.history.map((c) => c.ticketNumber)).toEqual(['U001']);

	// A snapshot taken after both, which no longer lists the second: it is over.
	room.emit('board:snapshot', snapshot(1, 2200));
	await expect.poll(() => live!.snapshot.at, poll).toBe(2200);
	expect(numbers()).toEqual([]);
});
