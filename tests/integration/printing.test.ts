/**
 * Printing through the built app in the test process, with kiosks configured in an OKIENKO_KIOSKS
 * file and fake network printers on 127.0.0.1: the kiosk's ticket comes out of its own printer
 * with the right code page, paper width and QR link; faults reach the kiosk and the consoles; a
 * clerk reprints; a phone follows its ticket live; a wrong configuration stops the production
 * server at start (spawned: it exits the process).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
	IssuedTicketDto,
	KioskMenuDto,
	PublicTicketDto,
	ReprintResultDto,
	StaffSnapshotDto
} from '../../src/lib/shared/dto';
import type { PrinterStatusDto } from '../../src/lib/shared/printing';
import { data, get, post } from '../support/api';
import { decodeQr, printedText, rasterToPgm, readEscPos } from '../support/escpos';
import { FakePrinter } from '../support/fake-printer';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { startServer } from '../support/server';
import { connect, next, request, type TestSocket } from '../support/sockets';
import { authFetch } from '../support/credentials';

const PUBLIC_URL = 'https://kolejka.um.bierun.example';

let server: InProcessServer;
let lobby: FakePrinter;
let upstairs: FakePrinter;
let dir: string;
let menu: KioskMenuDto;
const sockets: TestSocket[] = [];

async function client(): Promise<TestSocket> {
	const s = await connect(server.url);
	sockets.push(s);
	return s;
}

function service(name: string): number {
	const s = menu.departments.flatMap((d) => d.services).find((x) => x.name.pl.startsWith(name));
	if (!s) throw new Error(`no service ${name}`);
	return s.id;
}

async function windowByLabel(label: string): Promise<number> {
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	return staff.windows.find((w) => w.label === label)!.id;
}

const issue = (kiosk: string | undefined, name = 'Sprawy obywatelskie') =>
	post<IssuedTicketDto>(server.url, '/api/tickets', {
		locationId: 1,
		serviceId: service(name),
		priority: null,
		...(kiosk ? { kiosk } : {})
	});

beforeAll(async () => {
	lobby = await FakePrinter.start();
	upstairs = await FakePrinter.start();
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-kiosks-'));
	const kiosks = path.join(dir, 'kiosks.json');
	fs.writeFileSync(
		kiosks,
		JSON.stringify({
			'lobby-1': { transport: 'tcp', host: '127.0.0.1', port: lobby.port, location: 'bierun' },
			'floor-2': {
				transport: 'tcp',
				host: '127.0.0.1',
				port: upstairs.port,
				paperWidth: 58,
				codePage: 46,
				statusTimeoutMs: 1000
			}
		})
	);
	server = await startInProcess({
		env: { OKIENKO_KIOSKS: kiosks, OKIENKO_PUBLIC_URL: PUBLIC_URL }
	});
	menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
});

afterAll(async () => {
	for (const s of sockets) s.close();
	await server?.stop();
	await lobby?.stop();
	await upstairs?.stop();
	fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
	await lobby.setMode('ready');
	await upstairs.setMode('ready');
	lobby.clear();
	upstairs.clear();
});

describe('the kiosk prints', () => {
	it('on its own printer: Polish text in PC852, the cut, and a QR code to /t/{code}', async () => {
		const answer = await issue('lobby-1');
		expect(answer.status).toBe(201);
		const issued = data(answer);
		expect(issued.print).toEqual({
			ok: true,
			status: 'printed',
			printer: `tcp://127.0.0.1:${lobby.port}`,
			message: null
		});
		const url = `${PUBLIC_URL}/t/${issued.ticket.code}`;
		expect(issued.link.url).toBe(url);

		const [bytes] = await lobby.waitForTickets(1);
		const printout = readEscPos(bytes!);
		const text = printedText(printout);
		expect(text).toContain('Urząd Miejski w Bieruniu');
		expect(text).toContain(issued.ticket.number);
		// Long names wrap at word boundaries within the 48 characters of 80 mm paper.
		expect(text.join(' ')).toContain('Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego');
		expect(text).toContain('pokój 105, 1. piętro, kolor niebieski');
		expect(new Set(printout.codePages)).toEqual(new Set([18]));
		expect(printout.unknownHighBytes).toEqual([]);
		expect(printout.cuts).toBe(1);
		expect(decodeQr(rasterToPgm(printout.images[0]!))).toBe(url);
		expect(upstairs.tickets).toHaveLength(0);
	});

	it('in English: both QR codes carry the language, and the phone page takes it up', async () => {
		const issued = data(
			await post<IssuedTicketDto>(
				server.url,
				'/api/tickets',
				{
					locationId: 1,
					serviceId: service('Sprawy obywatelskie'),
					priority: null,
					kiosk: 'lobby-1'
				},
				`${server.adminCookie}; lang=en`
			)
		);
		const url = `${PUBLIC_URL}/t/${issued.ticket.code}?lang=en`;
		expect(issued.link.url).toBe(url);
		const printout = readEscPos((await lobby.waitForTickets(1))[0]!);
		expect(printedText(printout)).toContain('Ticket number');
		expect(decodeQr(rasterToPgm(printout.images[0]!))).toBe(url);

		// The phone remembers English as its own choice (a cookie its language switch can
		// overwrite) and comes back to the plain address, which a later switch is not undone by.
		const phone = await fetch(`${server.url}/t/${issued.ticket.code}?lang=en`, {
			redirect: 'manual'
		});
		expect(phone.status).toBe(303);
		expect(phone.headers.get('location')).toBe(`/t/${issued.ticket.code}`);
		const cookie = phone.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/^lang=en;/);
		expect(cookie).not.toMatch(/HttpOnly/i);
		// A language it does not know changes nothing but the address.
		const odd = await fetch(`${server.url}/t/${issued.ticket.code}?lang=xx`, {
			redirect: 'manual'
		});
		expect(odd.status).toBe(303);
		expect(odd.headers.get('set-cookie')).toBeNull();
	});

	it('in Ukrainian: the paper is Polish (no Cyrillic code page), the QR code keeps Ukrainian', async () => {
		const issued = data(
			await post<IssuedTicketDto>(
				server.url,
				'/api/tickets',
				{
					locationId: 1,
					serviceId: service('Sprawy obywatelskie'),
					priority: null,
					kiosk: 'lobby-1'
				},
				`${server.adminCookie}; lang=uk`
			)
		);
		const url = `${PUBLIC_URL}/t/${issued.ticket.code}?lang=uk`;
		expect(issued.link.url).toBe(url);
		const printout = readEscPos((await lobby.waitForTickets(1))[0]!);
		const text = printedText(printout).join('\n');
		expect(text).toContain('Numer biletu');
		expect(text).toContain('Wydział Spraw Obywatelskich');
		expect(printout.unknownHighBytes).toEqual([]);
		expect(decodeQr(rasterToPgm(printout.images[0]!))).toBe(url);
	});

	it('with the paper width and code-page number of that kiosk’s printer', async () => {
		const issued = data(await issue('floor-2'));
		expect(issued.print.ok).toBe(true);
		const printout = readEscPos((await upstairs.waitForTickets(1))[0]!);
		expect(new Set(printout.codePages)).toEqual(new Set([46]));
		expect(printedText(printout)).toContain('Urząd Miejski w Bieruniu');
		for (const line of printout.lines) expect(line.text.trimEnd().length).toBeLessThanOrEqual(32);
		expect(lobby.tickets).toHaveLength(0);
	});

	it('says plainly when the kiosk has no printer, and still issues the ticket', async () => {
		const issued = data(await issue(undefined));
		expect(issued.print).toMatchObject({ ok: false, status: 'not_configured' });
		expect(issued.print.message).toMatch(/nie przypisano drukarki.*Bilet jest ważny/);
		const again = data(
			await get<PublicTicketDto>(server.url, `/api/tickets/${issued.ticket.code}`)
		);
		expect(again.state).toBe('waiting');
	});

	it('refuses a malformed kiosk id with 400 and issues nothing', async () => {
		const before = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		const answer = await issue('lobby 1; rm -rf');
		expect(answer.status).toBe(400);
		const after = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
		expect(after.waiting).toHaveLength(before.waiting.length);
	});
});

describe('printer faults', () => {
	it('paper out: the ticket exists, the kiosk is told within 2 s, the consoles get an alert', async () => {
		const console_ = await client();
		const printers = await request<PrinterStatusDto[]>(console_, 'printer:join', { locationId: 1 });
		expect('data' in printers && printers.data.map((p) => p.kiosk)).toContain('lobby-1');
		const alert = next(console_, 'printer:status', (s) => s.condition === 'paper_out');

		await lobby.setMode('paper_out');
		const started = Date.now();
		const issued = data(await issue('lobby-1'));
		expect(Date.now() - started).toBeLessThan(2000);
		expect(issued.print).toMatchObject({ ok: false, status: 'paper_out' });
		expect(issued.print.message).toContain('skończył się papier');
		expect(lobby.tickets).toHaveLength(0);
		expect(
			data(await get<PublicTicketDto>(server.url, `/api/tickets/${issued.ticket.code}`)).state
		).toBe('waiting');
		expect(await alert).toMatchObject({ kiosk: 'lobby-1', alert: true, locationId: 1 });

		// Paper back in: the next ticket prints and the alert clears.
		const cleared = next(console_, 'printer:status', (s) => s.condition === 'ready');
		await lobby.setMode('ready');
		expect(data(await issue('lobby-1')).print.ok).toBe(true);
		expect(await cleared).toMatchObject({ kiosk: 'lobby-1', alert: false });
	});

	it('cover open and printer off are named, each within 2 s', async () => {
		for (const [mode, status] of [
			['cover_open', 'cover_open'],
			['offline', 'offline']
		] as const) {
			await lobby.setMode(mode);
			const started = Date.now();
			const issued = data(await issue('lobby-1'));
			expect(Date.now() - started, mode).toBeLessThan(2000);
			expect(issued.print).toMatchObject({ ok: false, status });
		}
	});

	it('a printer that does not answer times out at its status timeout', async () => {
		await upstairs.setMode('silent');
		const started = Date.now();
		const issued = data(await issue('floor-2'));
		expect(issued.print).toMatchObject({ ok: false, status: 'timeout' });
		expect(Date.now() - started).toBeLessThan(1600); // statusTimeoutMs: 1000 for this kiosk
	});

	it('staff can ask a printer for its condition, and see every printer', async () => {
		await upstairs.setMode('cover_open');
		const checked = data(await post<PrinterStatusDto>(server.url, '/api/printers/floor-2/check'));
		expect(checked).toMatchObject({
			kiosk: 'floor-2',
			condition: 'cover_open',
			alert: true,
			paperWidth: 58,
			codePage: 46
		});
		const all = data(await get<PrinterStatusDto[]>(server.url, '/api/printers'));
		expect(all.map((p) => p.kiosk)).toEqual(['floor-2', 'lobby-1']);
		expect((await post(server.url, '/api/printers/nobody/check')).status).toBe(404);
		expect((await post(server.url, '/api/printers/no%20body/check')).status).toBe(400);
	});

	it('renders the preview offline from the same document', async () => {
		const res = await authFetch(`${server.url}/api/printers/lobby-1/preview.svg`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
		const svg = await res.text();
		expect(svg).toMatch(/^<svg /);
		expect(svg).not.toMatch(/@import|googleapis|https?:\/\/(?!www\.w3\.org)/);
	});
});

describe('a clerk reprints', () => {
	it('over HTTP and over the socket, on the printer of the kiosk that issued the ticket', async () => {
		const issued = data(await issue('floor-2'));
		await upstairs.waitForTickets(1);
		const window4 = await windowByLabel('4');

		const viaHttp = data(
			await post<ReprintResultDto>(server.url, `/api/windows/${window4}/reprint`, {
				ticketId: await ticketId(issued.ticket.number)
			})
		);
		expect(viaHttp).toMatchObject({ kiosk: 'floor-2', print: { ok: true, status: 'printed' } });
		const staff = await client();
		const viaSocket = await request<ReprintResultDto>(staff, 'window:reprint', {
			windowId: window4,
			ticketId: viaHttp.ticket.id
		});
		expect('data' in viaSocket && viaSocket.data.print.ok).toBe(true);

		const tickets = await upstairs.waitForTickets(3);
		for (const t of tickets) expect(printedText(readEscPos(t))).toContain(issued.ticket.number);
		expect(lobby.tickets).toHaveLength(0);
	});

	it('refuses what cannot be reprinted with a 4xx, and prints nothing', async () => {
		await clearWindow(await windowByLabel('4'));
		const issued = data(await issue('lobby-1'));
		await lobby.waitForTickets(1);
		lobby.clear();
		const id = await ticketId(issued.ticket.number);
		const window4 = await windowByLabel('4');
		const cases: [string, unknown, number][] = [
			[`/api/windows/${window4}/reprint`, { ticketId: 999999 }, 404],
			[`/api/windows/${window4}/reprint`, { ticketId: 'x' }, 400],
			[`/api/windows/${window4}/reprint`, { ticketId: id, extra: 1 }, 400],
			[`/api/windows/${window4}/reprint`, [], 400],
			['/api/windows/999999/reprint', { ticketId: id }, 404],
			['/api/windows/abc/reprint', { ticketId: id }, 400]
		];
		for (const [url, body, status] of cases) {
			expect((await post(server.url, url, body)).status, `${url} ${JSON.stringify(body)}`).toBe(
				status
			);
		}
		const staff = await client();
		const bad = await request(staff, 'window:reprint', { windowId: window4 });
		expect('error' in bad && bad.error.code).toBe('bad_request');
		// A ticket whose visit is over is not reprinted.
		data(await post(server.url, `/api/windows/${window4}/call`));
		data(await post(server.url, `/api/windows/${window4}/finish`));
		const done = await post(server.url, `/api/windows/${window4}/reprint`, { ticketId: id });
		expect(done.status).toBe(409);
		expect(lobby.tickets).toHaveLength(0);
	});
});

describe('the live ticket', () => {
	it('a phone follows its ticket: people ahead fall as others are called, then its call', async () => {
		const window4 = await windowByLabel('4');
		await clearWindow(window4);
		const first = data(await issue(undefined)).ticket;
		const mine = data(await issue(undefined)).ticket;
		expect(mine.ahead).toBe(1);

		const phone = await client();
		const joined = await request<PublicTicketDto>(phone, 'ticket:join', { code: mine.code });
		expect('data' in joined && joined.data).toMatchObject({
			number: mine.number,
			state: 'waiting'
		});

		const fewer = next(phone, 'ticket:snapshot', (t) => t.code === mine.code && t.ahead === 0);
		data(await post(server.url, `/api/windows/${window4}/call`));
		expect((await fewer).state).toBe('waiting');

		data(await post(server.url, `/api/windows/${window4}/finish`));
		const called = next(phone, 'ticket:snapshot', (t) => t.state === 'called');
		data(await post(server.url, `/api/windows/${window4}/call`));
		expect(await called).toMatchObject({
			code: mine.code,
			state: 'called',
			window: { label: '4', room: '105', floor: 1 }
		});
		expect(first.code).not.toBe(mine.code);

		// The page behind the QR code.
		const page = await authFetch(`${server.url}/t/${mine.code}`);
		expect(page.status).toBe(200);
		expect(page.headers.get('cache-control')).toBe('no-store');
		expect(await page.text()).toContain(mine.number);
	});

	it('refuses codes that are malformed or unknown', async () => {
		const phone = await client();
		const malformed = await request(phone, 'ticket:join', { code: 'A001' });
		expect('error' in malformed && malformed.error.code).toBe('bad_request');
		const unknown = await request(phone, 'ticket:join', { code: 'a'.repeat(26) });
		expect('error' in unknown && unknown.error.code).toBe('not_found');
		expect((await authFetch(`${server.url}/t/${'a'.repeat(26)}`)).status).toBe(404);
		expect((await authFetch(`${server.url}/t/A001`)).status).toBe(404);
	});
});

describe('configuration', () => {
	it('a wrong printer setting stops the server at start-up with a clear message', async () => {
		/** What the server said before it stopped: its log lines' messages (JSON, log.ts). */
		const refusal = (env: Record<string, string>) =>
			startServer({ env }).then(
				() => 'started',
				(err: Error) =>
					err.message
						.split('\n')
						.filter((line) => line.startsWith('{'))
						.map((line) => (JSON.parse(line) as { level: string; msg: string }).msg)
						.join('\n')
			);
		const bad = path.join(dir, 'bad.json');
		fs.writeFileSync(bad, JSON.stringify({ 'lobby-1': { transport: 'tcp', host: 'x', port: 0 } }));
		expect(await refusal({ OKIENKO_KIOSKS: bad })).toMatch(
			/configuration error: OKIENKO_KIOSKS \(.*bad\.json\) is not valid:\n {2}- "lobby-1"\."port"/
		);
		expect(await refusal({ OKIENKO_PRINTER: 'lpt1' })).toMatch(
			/configuration error: OKIENKO_PRINTER \(lpt1\)/
		);
		const nowhere = path.join(dir, 'nowhere.json');
		fs.writeFileSync(nowhere, JSON.stringify({ k: { transport: 'preview', location: 'gliwice' } }));
		expect(await refusal({ OKIENKO_KIOSKS: nowhere })).toMatch(
			/location "gliwice", which does not exist/
		);
	});
});

/** Serve everyone waiting at a window, so a test's counts are its own. */
async function clearWindow(windowId: number): Promise<void> {
	await post(server.url, `/api/windows/${windowId}/finish`);
	while ((await post(server.url, `/api/windows/${windowId}/call`)).status === 200) {
		data(await post(server.url, `/api/windows/${windowId}/finish`));
	}
}

/** A ticket's id, as a console sees it. */
async function ticketId(number: string): Promise<number> {
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	const t =
		staff.waiting.find((x) => x.number === number) ??
		staff.windows.find((w) => w.current?.number === number)?.current;
	if (!t) throw new Error(`no ticket ${number}`);
	return t.id;
}
