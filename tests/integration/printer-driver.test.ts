/**
 * The ESC/POS driver against a fake network printer (a real TCP server on 127.0.0.1) and a real
 * device file: it prints, it finds paper out, cover open, offline and silence within the status
 * timeout without sending the ticket, and it notices a printer that runs out mid-ticket.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parsePrinterUrl } from '../../printer/config';
import { EscPosPrinter } from '../../printer/escpos-printer';
import { PreviewPrinter } from '../../printer/preview-printer';
import { FakePrinter } from '../support/fake-printer';
import { decodeQr, printedText, rasterToPgm, readEscPos } from '../support/escpos';
import { paperTicket, URL_OF_TICKET } from '../unit/printer/sample-ticket';

let fake: FakePrinter;
let dir: string;

/** A printer as OKIENKO_PRINTER would configure it. */
function escpos(url: string): EscPosPrinter {
	const settings = parsePrinterUrl(url);
	if (settings.transport === 'preview') throw new Error('not an ESC/POS transport');
	return new EscPosPrinter(settings);
}

const tcpPrinter = (query = '') => escpos(`tcp://127.0.0.1:${fake.port}${query}`);

async function timed<T>(work: Promise<T>): Promise<{ result: T; ms: number }> {
	const started = Date.now();
	const result = await work;
	return { result, ms: Date.now() - started };
}

beforeAll(async () => {
	fake = await FakePrinter.start();
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-printer-'));
});

afterAll(async () => {
	await fake.stop();
	fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
	await fake.setMode('ready');
	fake.clear();
});

describe('a network printer (TCP 9100)', () => {
	it('prints: status first, then the ticket, done when the printer answers GS r', async () => {
		const result = await tcpPrinter().print(paperTicket());
		expect(result).toEqual({ ok: true, status: 'printed' });
		const [ticket] = await fake.waitForTickets(1);
		expect([...ticket!.subarray(0, 9)]).toEqual([0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 4]);
		const printout = readEscPos(ticket!);
		expect(printedText(printout)).toContain('Urząd Miejski w Bieruniu');
		expect(printout.codePages[0]).toBe(18);
		expect(printout.cuts).toBe(1);
		expect(decodeQr(rasterToPgm(printout.images[0]!))).toBe(URL_OF_TICKET);
	});

	it('sends the configured code page and paper width', async () => {
		await tcpPrinter('?codePage=46&paperWidth=58').print(paperTicket());
		const printout = readEscPos((await fake.waitForTickets(1))[0]!);
		expect(new Set(printout.codePages)).toEqual(new Set([46]));
		expect(Math.max(...printout.lines.map((l) => l.text.trimEnd().length))).toBeLessThanOrEqual(32);
	});

	it('prints and warns when the paper is nearly used up', async () => {
		await fake.setMode('paper_near_end');
		expect(await tcpPrinter().print(paperTicket())).toEqual({ ok: true, status: 'paper_near_end' });
		expect(fake.tickets).toHaveLength(1);
	});

	for (const mode of ['paper_out', 'cover_open'] as const) {
		it(`finds ${mode.replace('_', ' ')} at once and sends no ticket`, async () => {
			await fake.setMode(mode);
			const { result, ms } = await timed(tcpPrinter().print(paperTicket()));
			expect(result).toEqual({ ok: false, status: mode });
			expect(ms).toBeLessThan(2000);
			expect(fake.tickets).toHaveLength(0);
			expect(await tcpPrinter().check()).toEqual({ condition: mode });
		});
	}

	it('finds a printer that is off (connection refused) within 2 s', async () => {
		await fake.setMode('offline');
		const { result, ms } = await timed(tcpPrinter().print(paperTicket()));
		expect(result).toEqual({ ok: false, status: 'offline' });
		expect(ms).toBeLessThan(2000);
		expect(await tcpPrinter().check()).toEqual({ condition: 'offline' });
	});

	it('gives up on a printer that does not answer, after the status timeout (2 s)', async () => {
		await fake.setMode('silent');
		const { result, ms } = await timed(tcpPrinter().print(paperTicket()));
		expect(result).toEqual({ ok: false, status: 'timeout' });
		expect(ms).toBeGreaterThanOrEqual(1900);
		expect(ms).toBeLessThan(2600);
		expect(fake.tickets).toHaveLength(0);
	});

	it('notices a printer that runs out of paper in the middle of the ticket', async () => {
		await fake.setMode('runs_out');
		const result = await tcpPrinter('?printTimeoutMs=800').print(paperTicket());
		expect(result).toEqual({ ok: false, status: 'paper_out' });
	});

	it('prints one job at a time (a reprint never interleaves with a ticket)', async () => {
		const printer = tcpPrinter();
		const results = await Promise.all([
			printer.print(paperTicket({ number: 'A001' })),
			printer.print(paperTicket({ number: 'A002' })),
			printer.check()
		]);
		expect(results[0]).toEqual({ ok: true, status: 'printed' });
		expect(results[1]).toEqual({ ok: true, status: 'printed' });
		expect(results[2]).toEqual({ condition: 'ready' });
		const numbers = fake.tickets.map((t) =>
			printedText(readEscPos(t)).find((l) => /^A00\d$/.test(l))
		);
		expect(numbers).toEqual(['A001', 'A002']);
	});
});

describe('a printer on a device file', () => {
	it('writes the ticket bytes to the file', async () => {
		const file = path.join(dir, 'lp0');
		fs.writeFileSync(file, '');
		const printer = escpos(`file:${file}`);
		expect(await printer.print(paperTicket())).toEqual({ ok: true, status: 'printed' });
		const printout = readEscPos(fs.readFileSync(file));
		expect(printedText(printout)).toContain('Wydział Spraw Obywatelskich');
		expect(await printer.check()).toEqual({ condition: 'unknown' });
	});

	it('writes through a FIFO, as to a character device', async () => {
		const fifo = path.join(dir, 'fifo');
		execFileSync('mkfifo', [fifo]);
		const chunks: Buffer[] = [];
		const reader = fs.createReadStream(fifo);
		reader.on('data', (c) => chunks.push(c as Buffer));
		const closed = new Promise<void>((resolve) => reader.on('close', () => resolve()));
		const printer = escpos(`file:${fifo}`);
		expect(await printer.print(paperTicket())).toEqual({ ok: true, status: 'printed' });
		await closed;
		expect(readEscPos(Buffer.concat(chunks)).cuts).toBe(1);
	});

	it('reports a missing device as offline, and never creates the file', async () => {
		const missing = path.join(dir, 'usb', 'lp9');
		const printer = escpos(`file:${missing}`);
		expect(await printer.print(paperTicket())).toEqual({ ok: false, status: 'offline' });
		expect(await printer.check()).toEqual({ condition: 'offline' });
		expect(fs.existsSync(missing)).toBe(false);
	});
});

describe('the preview sink (development)', () => {
	it('writes the bytes and the SVG of each ticket to a folder', async () => {
		const out = path.join(dir, 'printouts');
		const settings = parsePrinterUrl(`preview:${out}`);
		if (settings.transport !== 'preview') throw new Error('not the preview sink');
		const printer = new PreviewPrinter(settings);
		expect(await printer.print(paperTicket())).toEqual({ ok: true, status: 'printed' });
		const files = fs.readdirSync(out).sort();
		expect(files.map((f) => path.extname(f))).toEqual(['.bin', '.svg']);
		expect(printedText(readEscPos(fs.readFileSync(path.join(out, files[0]!))))).toContain('A014');
		expect(fs.readFileSync(path.join(out, files[1]!), 'utf8')).not.toContain('@import');
	});
});
