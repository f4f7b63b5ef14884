/**
 * One clerk per window (issue 12, item 4), on the real server with two clerks' sessions and
 * sockets: the clerk who opens a window holds it; the other is refused by name, over the socket
 * and HTTP alike, until they confirm a takeover, which is audited and reaches the first console
 * at once; a hold lapses when its holder signs out.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
	ApiResult,
	StaffSnapshotDto,
	WindowActionResultDto,
	WindowHoldDto
} from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { connect, next, request, type TestSocket } from '../support/sockets';

let server: InProcessServer;
const sockets: TestSocket[] = [];
/** Katarzyna Kowalczyk (urzednik) and Tomasz Zieliński (urzednik2) both work window 1. */
let kasia: string;
let tomasz: string;
let windowId: number;
let serviceId: number;

async function client(cookie: string): Promise<TestSocket> {
	const socket = await connect(server.url, cookie);
	sockets.push(socket);
	return socket;
}

const errorOf = (answer: ApiResult<unknown>) => ('error' in answer ? answer.error : null);
const holderOf = async (cookie: string) =>
	data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue', cookie)).windows.find(
		(w) => w.id === windowId
	)!.holder;
const issue = () => post(server.url, '/api/tickets', { locationId: 1, serviceId, priority: null });

beforeAll(async () => {
	server = await startInProcess();
	[kasia, tomasz] = await Promise.all([
		signIn(server.url, 'urzednik'),
		signIn(server.url, 'urzednik2')
	]);
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue', tomasz));
	const w1 = staff.windows.find((w) => w.label === '1')!;
	windowId = w1.id;
	serviceId = w1.serviceIds[0]!;
});

afterAll(async () => {
	for (const s of sockets) s.close();
	await server?.stop();
});

describe('one clerk per window', () => {
	it('refuses the second clerk by name, lets them take over after confirming, and tells the first console at once', async () => {
		data(await issue());
		data(await issue());
		const first = await client(kasia);
		const second = await client(`${tomasz}; lang=en`);

		// The first clerk opens the free window: it is hers.
		const joined = await request<StaffSnapshotDto>(first, 'window:join', { windowId });
		expect(errorOf(joined)).toBeNull();
		const held = await request<WindowHoldDto>(first, 'window:hold', { windowId });
		expect('data' in held && held.data.holder?.name).toBe('Katarzyna Kowalczyk');
		expect(await holderOf(tomasz)).toMatchObject({ name: 'Katarzyna Kowalczyk' });

		// The second clerk sees who holds it and may not act: socket, HTTP, reprint, or hold.
		const seen = await request<StaffSnapshotDto>(second, 'window:join', { windowId });
		const win = 'data' in seen ? seen.data.windows.find((w) => w.id === windowId) : null;
		expect(win?.holder?.name).toBe('Katarzyna Kowalczyk');
		const refused = await request(second, 'window:action', { windowId, action: 'call' });
		expect(errorOf(refused)).toEqual({
			code: 'window_held',
			message: 'Window held by Katarzyna Kowalczyk.'
		});
		const overHttp = await post(server.url, `/api/windows/${windowId}/call`, {}, tomasz);
		expect(overHttp.status).toBe(409);
		expect(overHttp.body).toEqual({
			error: { code: 'window_held', message: 'Stanowisko zajmuje Katarzyna Kowalczyk.' }
		});
		const reprint = await post(
			server.url,
			`/api/windows/${windowId}/reprint`,
			{ ticketId: 1 },
			tomasz
		);
		expect(reprint.status).toBe(409);
		const unconfirmed = await request(second, 'window:hold', { windowId });
		expect(errorOf(unconfirmed)?.code).toBe('window_held');
		// Nothing was called by the refused requests.
		expect(
			data(await get<{ current: unknown }>(server.url, `/api/windows/${windowId}`)).current
		).toBeNull();

		// The confirmed takeover: the first console hears it at once, and can no longer act.
		const told = next(first, 'window:held', (h) => h.windowId === windowId);
		const taken = await request<WindowHoldDto>(second, 'window:hold', { windowId, takeOver: true });
		expect('data' in taken && taken.data).toMatchObject({
			holder: { name: 'Tomasz Zieliński' },
			takenFrom: { name: 'Katarzyna Kowalczyk' }
		});
		expect(await told).toMatchObject({
			windowId,
			holder: { name: 'Tomasz Zieliński' },
			takenFrom: { name: 'Katarzyna Kowalczyk' }
		});
		const late = await request(first, 'window:action', { windowId, action: 'call' });
		expect(errorOf(late)).toEqual({
			code: 'window_held',
			message: 'Stanowisko zajmuje Tomasz Zieliński.'
		});
		const called = await request<WindowActionResultDto>(second, 'window:action', {
			windowId,
			action: 'call'
		});
		expect('data' in called && called.data.ticket?.state).toBe('called');

		// The takeover is in the audit log: who, from whom, which window.
		const db = new Database(server.dbPath, { readonly: true });
		try {
			const rows = db
				.prepare(
					"SELECT actor_label, subject, detail_json FROM audit_log WHERE action = 'window.takeover'"
				)
				.all() as { actor_label: string; subject: string; detail_json: string }[];
			expect(rows).toHaveLength(1);
			expect(rows[0]!.actor_label).toBe('Tomasz Zieliński (urzednik2)');
			expect(rows[0]!.subject).toBe(`window:${windowId}`);
			expect(JSON.parse(rows[0]!.detail_json)).toMatchObject({
				from: { name: 'Katarzyna Kowalczyk' },
				to: { name: 'Tomasz Zieliński' }
			});
		} finally {
			db.close();
		}
	});

	it('frees the window when its holder signs out, and the next clerk to act there takes it', async () => {
		expect(await holderOf(kasia)).toMatchObject({ name: 'Tomasz Zieliński' });
		const out = await fetch(`${server.url}/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: server.url,
				cookie: tomasz
			}
		});
		expect(out.status).toBe(303);
		expect(await holderOf(kasia)).toBeNull();
		// Acting at the free window takes it, with no confirmation: nobody else holds it.
		const finished = await post<WindowActionResultDto>(
			server.url,
			`/api/windows/${windowId}/finish`,
			{},
			kasia
		);
		expect(data(finished).window.holder).toMatchObject({ name: 'Katarzyna Kowalczyk' });
	});

	it('takes nothing with a refused action', async () => {
		const tomaszAgain = await signIn(server.url, 'urzednik2');
		const otherWindow = data(
			await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue', tomaszAgain)
		).windows.find((w) => w.label === '2')!;
		expect(otherWindow.holder).toBeNull();
		// Resuming an open window is refused by the queue's rules: the window stays free.
		const res = await post(server.url, `/api/windows/${otherWindow.id}/resume`, {}, tomaszAgain);
		expect(res.status).toBe(400);
		const after = data(
			await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue', tomaszAgain)
		).windows.find((w) => w.id === otherWindow.id)!;
		expect(after.holder).toBeNull();
	});
});
