/**
 * The bytes a printer receives, read back command by command (tests/support/escpos.ts): Polish
 * text in PC852 after the code-page command, the number at 6× size, the cut, and a QR image that
 * zbarimg (Debian's zbar-tools) decodes to the live ticket page.
 */
import { describe, expect, it } from 'vitest';
import { toEscPos, toSvg } from '../../../printer/render';
import { ticketDocument } from '../../../printer/ticket-document';
import { decodeQr, PC852_POLISH, printedText, rasterToPgm, readEscPos } from '../../support/escpos';
import { paperTicket, URL_OF_TICKET } from './sample-ticket';

const POLISH = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ';

function print(
	over: Parameters<typeof paperTicket>[0] = {},
	options: { charsPerLine?: number; codePage?: number; commands?: 'generic' | 'escpos' } = {}
) {
	const charsPerLine = options.charsPerLine ?? 48;
	const doc = ticketDocument(paperTicket(over), { charsPerLine, charset: 'pc852' });
	const bytes = toEscPos(doc, {
		charsPerLine,
		codePage: options.codePage ?? 18,
		commands: options.commands ?? 'generic'
	});
	return { bytes, printout: readEscPos(bytes), doc };
}

describe('ESC/POS bytes of a ticket', () => {
	it('start with ESC @ and end with a cut and GS r 1 (answered once printed)', () => {
		const { bytes, printout } = print();
		expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
		expect([...bytes.subarray(-7)]).toEqual([0x1d, 0x56, 0x42, 0x00, 0x1d, 0x72, 0x01]);
		expect(printout.cuts).toBe(1);
		expect(printout.statusRequests).toBe(1);
	});

	it('select PC852 (ESC t 18) before every text and encode Polish letters in it', () => {
		const { bytes, printout } = print({ department: `Wydział ${POLISH}` });
		expect(new Set(printout.codePages)).toEqual(new Set([18]));
		expect(printout.unknownHighBytes).toEqual([]);
		const text = printedText(printout);
		expect(text).toContain('Urząd Miejski w Bieruniu');
		expect(text).toContain(`Wydział ${POLISH}`);
		expect(text).toContain('pokój 105, 1. piętro, kolor niebieski');
		expect(text.join('\n')).not.toContain('?');
		// "ą" is byte 0xA5 right after ESC t 18, as the code page's table has it.
		const urzad = Buffer.from([0x1b, 0x74, 18, ...Buffer.from('Urz'), PC852_POLISH['ą']!]);
		expect(bytes.includes(urzad)).toBe(true);
	});

	it('use the printer’s own number for PC852 when configured (clones differ)', () => {
		const { printout } = print({}, { codePage: 46 });
		expect(new Set(printout.codePages)).toEqual(new Set([46]));
		expect(printedText(printout)).toContain('Urząd Miejski w Bieruniu');
	});

	it('replace what PC852 lacks, so nothing prints as "?"', () => {
		const { printout } = print({ service: 'Sprawa „pilna” — odbiór…' });
		expect(printedText(printout)).toContain('Sprawa "pilna" - odbiór...');
		expect(printout.unknownHighBytes).toEqual([]);
	});

	it('print the number at six times the size, and the out-of-turn marker inverted', () => {
		const { printout } = print({ priority: true });
		const number = printout.lines.find((l) => l.text.trim() === 'A014')!;
		expect(number.size).toBe(0x55);
		const marker = printout.lines.find((l) => l.text.trim() === 'POZA KOLEJNOŚCIĄ')!;
		expect(marker.inverted).toBe(true);
	});

	for (const [paper, charsPerLine] of [
		[80, 48],
		[58, 32]
	] as const) {
		for (const commands of ['generic', 'escpos'] as const) {
			it(`carry a QR image that decodes to the ticket's URL (${paper} mm, ${commands})`, () => {
				const { printout } = print({}, { charsPerLine, commands });
				expect(printout.images).toHaveLength(1);
				const qr = printout.images[0]!;
				expect(qr.width).toBeLessThanOrEqual(charsPerLine * 12);
				expect(decodeQr(rasterToPgm(qr))).toBe(URL_OF_TICKET);
			});
		}
	}

	it('keep every line within the paper (58 mm: 32 characters)', () => {
		const { printout } = print({}, { charsPerLine: 32 });
		for (const line of printout.lines) {
			const scale = (line.size >> 4) + 1;
			expect(line.text.trimEnd().length * scale, line.text).toBeLessThanOrEqual(32);
		}
	});
});

describe('the SVG preview', () => {
	it('is drawn from the same document, offline, with the same text and QR code', () => {
		const { doc } = print();
		const svg = toSvg(doc, { charsPerLine: 48 });
		expect(svg).toMatch(/^<svg width="576px"/);
		expect(svg).not.toMatch(/@import|https?:\/\/fonts|<style/);
		expect(svg).toContain("font-family=\"'DejaVu Sans Mono'");
		const letters = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
			.map((m) => m[1])
			.join('')
			.replace(/&#xa0;/g, ' ');
		expect(letters).toContain('Urząd Miejski w Bieruniu');
		expect(letters).toContain('pokój 105, 1. piętro, kolor niebieski');
		expect(svg).toMatch(/<path d="M\d/); // the QR modules
	});
});
