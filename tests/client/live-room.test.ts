/**
 * The live connection every screen shares (LiveRoom), against a real socket.io server in this
 * process: the room's snapshot on join, a refused join, a server restart, closing, and several
 * rooms of one page sharing one connection.
 */
import { mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveRoom, type Listen } from '../../src/lib/client/live-room.svelte';
import { openSocket, sharedSocket, type OkienkoSocket } from '../../src/lib/client/socket';
import type { ApiResult, BoardSnapshotDto } from '../../src/lib/shared/dto';
import BannerHarness from './BannerHarness.svelte';
import { REFUSED_LOCATION, snapshot, startRoomServer, type RoomServer } from './room-server';

/** Generous caps for a busy 2-core machine: every wait is for a condition. */
const poll = { timeout: 15_000, interval: 20 };

/** The smallest screen: a location's board room, opened on the given server. */
class TestRoom extends LiveRoom<BoardSnapshotDto> {
	socket: OkienkoSocket | null = null;

	constructor(locationId: number, url: string, shared = false) {
		super(
			snapshot(locationId, 0),
			() => (this.socket = shared ? sharedSocket(url) : openSocket(url))
		);
	}

	protected join(socket: OkienkoSocket, answer: (r: ApiResult<BoardSnapshotDto>) => void): void {
		socket.emit('board:join', { locationId: this.snapshot.location.id }, answer);
	}

	protected override listen(on: Listen): void {
		on('board:snapshot', (s) => {
			if (s.location.id === this.snapshot.location.id) this.accept(s);
		});
	}
}

const servers: RoomServer[] = [];
const rooms: TestRoom[] = [];
const banners: ReturnType<typeof mount>[] = [];

async function server(port?: number, generation?: number): Promise<RoomServer> {
	const s = await startRoomServer(port, generation);
	servers.push(s);
	return s;
}

function room(locationId: number, url: string, shared = false): TestRoom {
	const r = new TestRoom(locationId, url, shared);
	rooms.push(r);
	r.connect();
	return r;
}

/** What the ConnectionBanner says about the room, as a person would read it. */
function banner(live: TestRoom, lang: 'pl' | 'en' = 'pl'): () => string {
	const target = document.body.appendChild(document.createElement('div'));
	banners.push(mount(BannerHarness, { target, props: { live, lang } }));
	return () => target.textContent?.trim() ?? '';
}

afterEach(async () => {
	vi.restoreAllMocks();
	for (const b of banners.splice(0)) void unmount(b);
	for (const r of rooms.splice(0)) r.close();
	await Promise.all(servers.splice(0).map((s) => s.stop()));
});

describe('LiveRoom', () => {
	it('starts from the page’s snapshot and takes the one the join acknowledges', async () => {
		const s = await server(0, 1);
		const r = room(1, s.url);
		expect(r.snapshot.at).toBe(0);
		expect(r.joined).toBe(false);
		await expect.poll(() => r.joined, poll).toBe(true);
		expect(r.online).toBe(true);
		expect(r.lost).toBe(false);
		expect(r.joinError).toBeNull();
		expect(r.snapshot.at).toBe(1);

		// From now on the room's changes reach the screen.
		s.io.to('board:1').emit('board:snapshot', snapshot(1, 7));
		await expect.poll(() => r.snapshot.at, poll).toBe(7);
	});

	it('keeps the server’s refusal of the join for the person to read, still online', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const s = await server();
		const r = room(REFUSED_LOCATION, s.url);
		await expect.poll(() => r.joinError, poll).not.toBeNull();
		expect(warn).toHaveBeenCalledWith(
			'[okienko] join refused:',
			'Brak uprawnień do tej czynności.'
		);
		expect(r.joinError).toEqual({ code: 'forbidden', message: 'Brak uprawnień do tej czynności.' });
		expect(r.joined).toBe(false);
		expect(r.online).toBe(true);
		expect(r.lost).toBe(false);
		expect(r.snapshot.at).toBe(0);
		expect(banner(r)()).toBe(
			'Ten ekran nie otrzymuje zmian na bieżąco: Brak uprawnień do tej czynności.'
		);
		expect(banner(r, 'en')()).toBe(
			'This screen is not receiving live updates: Brak uprawnień do tej czynności.'
		);
	});

	it('shows the connection lost while the server is down, then joins again with a fresh snapshot', async () => {
		const first = await server(0, 1);
		const r = room(1, first.url);
		const said = banner(r);
		await expect.poll(() => r.joined, poll).toBe(true);
		expect(said()).toBe('');

		await first.stop();
		servers.splice(servers.indexOf(first), 1);
		await expect.poll(() => r.lost, poll).toBe(true);
		expect(r.joined).toBe(false);
		expect(r.snapshot.at).toBe(1);
		await expect.poll(said, poll).toBe('Utracono połączenie z serwerem. Trwa ponowne łączenie…');

		const again = await server(first.port, 2);
		await expect.poll(() => r.joined, poll).toBe(true);
		expect(r.lost).toBe(false);
		expect(r.online).toBe(true);
		expect(r.snapshot.at).toBe(2);
		expect(again.joins).toEqual([1]);
		await expect.poll(said, poll).toBe('');
	});

	it('stops reconnecting once closed', async () => {
		const first = await server(0, 1);
		const closed = room(1, first.url);
		const witness = room(2, first.url);
		await expect.poll(() => closed.joined && witness.joined, poll).toBe(true);

		await first.stop();
		servers.splice(servers.indexOf(first), 1);
		await expect.poll(() => closed.lost && witness.lost, poll).toBe(true);
		closed.close();
		expect(closed.socket?.active).toBe(false);

		// The witness, left open, comes back; the closed screen never asks again.
		const again = await server(first.port, 2);
		await expect.poll(() => witness.joined, poll).toBe(true);
		expect(again.joins).toEqual([2]);
		expect(closed.joined).toBe(false);
		expect(closed.snapshot.at).toBe(1);
		expect(closed.socket?.active).toBe(false);
	});

	it('shares one connection among a page’s rooms, joining each, until the last one closes', async () => {
		const s = await server(0, 1);
		const first = room(1, s.url, true);
		await expect.poll(() => first.joined, poll).toBe(true);
		// A room opened once the page is connected joins at once, on the same connection.
		const second = room(2, s.url, true);
		await expect.poll(() => second.joined, poll).toBe(true);
		expect(second.socket).toBe(first.socket);
		expect(s.io.engine.clientsCount).toBe(1);
		expect(s.joins).toEqual([1, 2]);

		// Closing one room leaves the other live, and the closed one takes nothing more.
		first.close();
		s.io.to(['board:1', 'board:2']).emit('board:snapshot', snapshot(2, 5));
		s.io.to('board:1').emit('board:snapshot', snapshot(1, 6));
		await expect.poll(() => second.snapshot.at, poll).toBe(5);
		expect(second.socket?.active).toBe(true);
		expect(first.joined).toBe(false);
		expect(first.snapshot.at).toBe(1);

		second.close();
		expect(second.socket?.active).toBe(false);
		await expect.poll(() => s.io.engine.clientsCount, poll).toBe(0);
	});
});
