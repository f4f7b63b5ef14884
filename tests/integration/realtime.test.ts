/**
 * The built app in the test process, real HTTP, real socket.io clients: every change reaches every
 * screen, whichever way it came in, and concurrent windows never share a ticket. A restart is the
 * production server's own (spawned twice over one database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
	BoardSnapshotDto,
	IssuedTicketDto,
	KioskMenuDto,
	StaffSnapshotDto,
	WindowActionResultDto
} from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { startServer } from '../support/server';
import { connect, next, request, type TestSocket } from '../support/sockets';

let server: InProcessServer;
let menu: KioskMenuDto;
const sockets: TestSocket[] = [];

async function client(): Promise<TestSocket> {
	const s = await connect(server.url);
	sockets.push(s);
	return s;
}

/** The id of a demo service by its Polish name's start, and a window that serves it. */
function service(name: string): number {
	const s = menu.departments.flatMap((d) => d.services).find((x) => x.name.pl.startsWith(name));
	if (!s) throw new Error(`no service ${name}`);
	return s.id;
}

async function windowByLabel(label: string): Promise<number> {
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	return staff.windows.find((w) => w.label === label)!.id;
}

const issue = async (serviceId: number, priority: string | null = null) =>
	data(
		await post<IssuedTicketDto>(server.url, '/api/tickets', {
			locationId: menu.location.id,
			serviceId,
			priority
		})
	).ticket;

beforeAll(async () => {
	server = await startInProcess();
	menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
});

afterAll(async () => {
	for (const s of sockets) s.close();
	await server?.stop();
});

describe('live updates', () => {
	it('a call made over HTTP reaches board sockets with number, window, room and floor colour', async () => {
		const board = await client();
		const joined = await request<BoardSnapshotDto>(board, 'board:join', { locationId: 1 });
		expect('data' in joined && joined.data.location.name).toBe('Urząd Miejski w Bieruniu');

		const usc = service('Sprawy obywatelskie');
		const ticket = await issue(usc);
		const window4 = await windowByLabel('4');
		const call = next(board, 'board:call', (c) => c.ticketNumber === ticket.number);
		const snapshot = next(board, 'board:snapshot', (s) =>
			s.current.some((c) => c.ticketNumber === ticket.number)
		);
		data(await post<WindowActionResultDto>(server.url, `/api/windows/${window4}/call`));
		const shown = await call;
		expect(shown).toMatchObject({
			ticketNumber: ticket.number,
			windowLabel: '4',
			room: '105',
			floor: 1,
			colour: { pl: 'niebieski', en: 'blue' },
			recall: false
		});
		// Nothing personal or about the matter on the board (SR-28).
		const text = JSON.stringify(await snapshot);
		expect(text).not.toContain('Sprawy obywatelskie');
		expect(text).not.toContain(ticket.code);
	});

	it('two clients see the same change, and a socket action reaches an HTTP reader', async () => {
		const boardA = await client();
		const boardB = await client();
		const staff = await client();
		await request(boardA, 'board:join', { locationId: 1 });
		await request(boardB, 'board:join', { locationId: 1 });
		const ticket = await issue(service('Wniosek o przyznanie Karty Rodzina'));
		const window10 = await windowByLabel('10');
		const consoleJoin = await request<StaffSnapshotDto>(staff, 'window:join', {
			windowId: window10
		});
		// A console gets its own window and the queue of its matters only.
		expect('data' in consoleJoin && consoleJoin.data.windows.map((w) => w.id)).toEqual([window10]);
		expect('data' in consoleJoin && consoleJoin.data.waiting.map((t) => t.number)).toEqual([
			ticket.number
		]);
		const seenA = next(boardA, 'board:call', (c) => c.ticketNumber === ticket.number);
		const seenB = next(boardB, 'board:call', (c) => c.ticketNumber === ticket.number);
		const staffSees = next(staff, 'window:snapshot', (s) =>
			s.windows.some((w) => w.current?.number === ticket.number)
		);
		const answer = await request<WindowActionResultDto>(staff, 'window:action', {
			windowId: window10,
			action: 'call'
		});
		expect('data' in answer && answer.data.ticket?.number).toBe(ticket.number);
		const [a, b] = await Promise.all([seenA, seenB, staffSees]);
		expect(a).toEqual(b);

		const live = data(await get<{ state: string }>(server.url, `/api/tickets/${ticket.code}`));
		expect(live.state).toBe('called');
	});

	it('consoles of windows with the same matters share one snapshot; no other window is in it', async () => {
		const window4 = await windowByLabel('4');
		const window5 = await windowByLabel('5');
		const window6 = await windowByLabel('6');
		const [c4, c5, c6] = await Promise.all([client(), client(), client()]);
		const join = async (s: TestSocket, windowId: number) => {
			const answer = await request<StaffSnapshotDto>(s, 'window:join', { windowId });
			if (!('data' in answer)) throw new Error(JSON.stringify(answer));
			return answer.data;
		};
		// Windows 4 and 5 both serve exactly 'Sprawy obywatelskie'; window 6 serves other matters.
		expect((await join(c4, window4)).windows.map((w) => w.id).sort()).toEqual(
			[window4, window5].sort()
		);
		await join(c5, window5);
		expect((await join(c6, window6)).windows.map((w) => w.id)).toEqual([window6]);

		const so = service('Sprawy obywatelskie');
		const ticket = await issue(so);
		// Window 5 calls (window 4 still has the first test's client).
		const calledAt5 = (s: StaffSnapshotDto) =>
			s.windows.find((w) => w.id === window5)?.current?.number === ticket.number;
		const seen4 = next(c4, 'window:snapshot', calledAt5);
		const seen5 = next(c5, 'window:snapshot', calledAt5);
		const seen6 = next(c6, 'window:snapshot', () => true);
		const answer = await request<WindowActionResultDto>(c5, 'window:action', {
			windowId: window5,
			action: 'call'
		});
		expect('data' in answer && answer.data.ticket?.number).toBe(ticket.number);
		const [s4, s5, s6] = await Promise.all([seen4, seen5, seen6]);
		// The same snapshot for both consoles of the group: window 4's clerk sees window 5's call.
		expect(s5).toEqual(s4);
		expect(s4.waiting.every((t) => t.serviceId === so)).toBe(true);
		// Window 6's console hears of the change too, but sees neither window 5 nor its queue.
		expect(s6.windows.map((w) => w.id)).toEqual([window6]);
		expect(s6.waiting.some((t) => t.serviceId === so)).toBe(false);
	});

	it('board snapshots reach every board, past the first batch, never older than a call sent', async () => {
		// BOARD_BATCH (50) boards get the snapshot per turn of the event loop; 2.5 batches here.
		const boards = await Promise.all(Array.from({ length: 125 }, () => client()));
		/** Per board, in order: the time of each call it was sent, and each snapshot's build time. */
		const seen = boards.map(() => [] as ({ calledAt: number } | { at: number })[]);
		/** Set for each round: the moment a board snapshot starts going out, the windows call. */
		let onSnapshot: (() => void) | null = null;
		await Promise.all(
			boards.map(async (b, i) => {
				await request(b, 'board:join', { locationId: 1 });
				b.on('board:call', (c) => seen[i]!.push({ calledAt: c.calledAt }));
				b.on('board:snapshot', (snapshot) => {
					seen[i]!.push({ at: snapshot.at });
					const fire = onSnapshot;
					onSnapshot = null;
					fire?.();
				});
			})
		);
		// Four windows without a client call as soon as the first board has a new snapshot, while
		// the later batches of that snapshot are still going out, so the calls land between them.
		const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		const free = staff.windows.filter((w) => !w.current && w.status === 'open').slice(0, 4);
		expect(free).toHaveLength(4);
		const ROUNDS = 6;
		for (const w of free) for (let k = 0; k < ROUNDS; k++) await issue(w.serviceIds[0]!);
		const clerk = await client();
		const act = (payload: unknown) =>
			request<WindowActionResultDto>(clerk, 'window:action', payload).then((answer) => {
				if (!('data' in answer)) throw new Error(JSON.stringify(answer));
				return answer.data;
			});
		let lastCall = 0;
		for (let round = 0; round < ROUNDS; round++) {
			// A change made after the trigger is set brings a board snapshot that finds it (waiting
			// for one that earlier changes bring could miss it: on a busy machine it may arrive
			// before the previous round's last answer does, and then none would follow).
			const calls = await new Promise<WindowActionResultDto[]>((resolve) => {
				onSnapshot = () =>
					resolve(Promise.all(free.map((w) => act({ windowId: w.id, action: 'call' }))));
				void issue(free[0]!.serviceIds[0]!);
			});
			for (const [k, w] of free.entries()) {
				const ticket = calls[k]!.ticket!;
				lastCall = Math.max(lastCall, ticket.calledAt!);
				await act({ windowId: w.id, action: 'finish', ticketId: ticket.id });
			}
		}
		// Every board, the last batch's too, gets a snapshot built after the last call.
		await Promise.all(
			boards.map((b, i) =>
				seen[i]!.some((e) => 'at' in e && e.at >= lastCall)
					? null
					: next(b, 'board:snapshot', (s) => s.at >= lastCall)
			)
		);
		// And no board was sent a snapshot built before a call it had already been sent. (Times are
		// in milliseconds: a stale snapshot built in the same millisecond as the call would slip
		// through; without the rebuild between batches this failed in 5 runs out of 5.)
		for (const events of seen) {
			let latestCall = 0;
			for (const e of events) {
				if ('calledAt' in e) latestCall = Math.max(latestCall, e.calledAt);
				else expect(e.at).toBeGreaterThanOrEqual(latestCall);
			}
		}
	});

	it('refuses a malformed socket action with a clear error and changes nothing', async () => {
		const staff = await client();
		const before = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		for (const bad of [
			null,
			'call',
			{ windowId: 'x', action: 'call' },
			{ windowId: 1, action: 'explode' },
			{ windowId: 1, action: 'pause', reason: '' },
			{ windowId: 1, action: 'transfer', serviceId: 1, note: 'x'.repeat(501) },
			{ windowId: 99999, action: 'call' }
		]) {
			const answer = await request(staff, 'window:action', bad);
			expect('error' in answer && answer.error.code).toMatch(/bad_request|not_found/);
		}
		const joinBad = await request(staff, 'board:join', { locationId: 424242 });
		expect('error' in joinBad && joinBad.error.code).toBe('not_found');
		const windowBad = await request(staff, 'window:join', { windowId: 424242 });
		expect('error' in windowBad && windowBad.error.code).toBe('not_found');
		const after = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		expect({ ...after, at: 0 }).toEqual({ ...before, at: 0 });
	});
});

describe('concurrency', () => {
	it('windows calling at the same moment never get the same ticket', async () => {
		// Windows 1–3 (the Kancelaria) serve every Annex 6 matter.
		const windows = await Promise.all(['1', '2', '3'].map(windowByLabel));
		const matters = ['Wydzierżawienie', 'Wniosek o przyznanie dodatku', 'Deklaracja'].map(service);
		const issued = await Promise.all(
			Array.from({ length: 30 }, (_, i) => issue(matters[i % 3]!, i % 4 === 0 ? 'elderly' : null))
		);
		const staff = await client();
		const calledBy = new Map<string, number>();
		// Each window works through the queue as fast as it can; half the calls over HTTP, half over
		// the socket, all interleaved.
		await Promise.all(
			windows.map(async (windowId, i) => {
				for (let n = 0; ; n++) {
					const viaSocket = (n + i) % 2 === 0;
					const answer = viaSocket
						? await request<WindowActionResultDto>(staff, 'window:action', {
								windowId,
								action: 'call'
							})
						: (await post<WindowActionResultDto>(server.url, `/api/windows/${windowId}/call`)).body;
					if ('error' in answer) {
						expect(answer.error.code).toBe('nothing_waiting');
						return;
					}
					const number = answer.data.ticket!.number;
					expect(calledBy.has(number), `${number} called twice`).toBe(false);
					calledBy.set(number, windowId);
					data(
						await post(server.url, `/api/windows/${windowId}/finish`, {
							ticketId: answer.data.ticket!.id
						})
					);
				}
			})
		);
		for (const t of issued) expect(calledBy.has(t.number), `${t.number} never called`).toBe(true);
		expect(new Set(calledBy.values()).size).toBeGreaterThan(1);
	});
});

describe('recovery', () => {
	it('a board reconnects by itself after a server restart and gets the state from the database', async () => {
		const own = await startServer({ port: 0 });
		const port = own.port;
		const board = await connect(own.url);
		sockets.push(board);
		const rejoined: BoardSnapshotDto[] = [];
		// What a board page does: (re)join on every connect and take the acknowledged snapshot.
		board.on('connect', () => {
			void request<BoardSnapshotDto>(board, 'board:join', { locationId: 1 }).then((r) => {
				if ('data' in r) rejoined.push(r.data);
			});
		});
		await request(board, 'board:join', { locationId: 1 });
		const localMenu = data(await get<KioskMenuDto>(own.url, '/api/locations/1/menu'));
		const usc = localMenu.departments
			.flatMap((d) => d.services)
			.find((s) => s.name.pl.startsWith('Sprawy obywatelskie'))!;
		const t = data(
			await post<IssuedTicketDto>(own.url, '/api/tickets', {
				locationId: 1,
				serviceId: usc.id,
				priority: null
			})
		).ticket;
		const staff = data(await get<StaffSnapshotDto>(own.url, '/api/locations/1/queue'));
		const w4 = staff.windows.find((w) => w.label === '4')!.id;
		data(await post(own.url, `/api/windows/${w4}/call`));

		await own.stop();
		const again = await startServer({ dbPath: own.dbPath, port });
		try {
			await expect.poll(() => rejoined.length, { timeout: 10_000 }).toBeGreaterThan(0);
			expect(rejoined.at(-1)!.current.map((c) => c.ticketNumber)).toContain(t.number);
		} finally {
			board.close();
			await again.stop();
		}
	});
});
