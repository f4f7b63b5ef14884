import { describe, expect, it } from 'vitest';
import {
	escapeText,
	numberScale,
	ticketDocument,
	wrapWords
} from '../../../printer/ticket-document';
import { paperTicket, URL_OF_TICKET } from './sample-ticket';

const doc80 = (over = {}) =>
	ticketDocument(paperTicket(over), { charsPerLine: 48, charset: 'pc852' });

describe('the ticket document (receiptline markup)', () => {
	it('has every part of the layout, in order, in Polish', () => {
		const doc = doc80();
		const order = [
			'Urząd Miejski w Bieruniu',
			'Numer biletu',
			'A014',
			'Sprawa:',
			'Wydanie dowodu osobistego',
			'Wydział:',
			'Wydział Spraw Obywatelskich',
			'Gdzie się udać:',
			'pokój 105, 1. piętro, kolor niebieski',
			'Przed Tobą czekają 3 osoby',
			'Szacowany czas oczekiwania: 10\\x2d20 min',
			'Wydano: 05.01.2026, 09:07',
			'{code:',
			'Zeskanuj kod telefonem',
			'ankiety'
		];
		let from = 0;
		for (const part of order) {
			const at = doc.indexOf(part, from);
			expect(at, part).toBeGreaterThanOrEqual(0);
			from = at;
		}
	});

	it('prints the number as large as the paper allows, centred', () => {
		expect(doc80()).toMatch(/^\| \^{7}"A014 \|$/m);
		expect(numberScale('A014', 48)).toBe(7); // 6× wide: 24 of 48 characters
		expect(numberScale('AB1000', 32)).toBe(6); // 5× wide: 30 of 32
		expect(numberScale('A1000', 32)).toBe(7);
	});

	it('marks an out-of-turn ticket, inverted, and only then', () => {
		expect(doc80({ priority: true })).toMatch(/^\| \^\^`"POZA KOLEJNOŚCIĄ \|$/m);
		expect(doc80()).not.toContain('POZA KOLEJNOŚCIĄ');
	});

	it('has a QR code of the live ticket page and no rule that would switch code pages', () => {
		const doc = doc80();
		expect(doc).toContain(`{code:${URL_OF_TICKET}; option:qrcode,6,m}`);
		expect(doc).not.toMatch(/^[-=]+$/m);
	});

	it('writes people ahead and the wait in words when there is none or it is unknown', () => {
		const doc = doc80({ ahead: 0, estimate: { known: false, reason: 'no_history' } });
		expect(doc).toContain('Nikt przed Tobą nie czeka');
		expect(doc).toContain('Szacowany czas oczekiwania: nieznany');
		expect(doc80({ estimate: { known: false, reason: 'windows_paused' } })).toContain(
			'stanowiska mają teraz przerwę'
		);
		expect(doc80({ ahead: 5 })).toContain('Przed Tobą czeka 5 osób');
	});

	it('leaves out where to go when no open window serves the matter', () => {
		expect(doc80({ places: [] })).not.toContain('Gdzie się udać');
	});

	it('prints the wait as a range, as the kiosk shows it', () => {
		expect(doc80()).toContain('Szacowany czas oczekiwania: 10–20 min'.replace('–', '\\x2d'));
		expect(doc80({ estimate: { known: true, from: 0, to: 5 } })).toContain(
			'Szacowany czas oczekiwania: do 5 min'
		);
	});

	it('lists every room that serves the matter, in the order given (the nearest first)', () => {
		const doc = doc80({
			places: [
				{ room: '010', floor: 0, floorColour: 'zielony' },
				{ room: '302', floor: 3, floorColour: 'czerwony' }
			]
		});
		const ground = doc.indexOf('pokój 010, parter, kolor zielony');
		const third = doc.indexOf('pokój 302, 3. piętro, kolor czerwony');
		expect(ground).toBeGreaterThan(0);
		expect(third).toBeGreaterThan(ground);
	});

	it('is in English for a visitor who chose English', () => {
		const doc = doc80({ lang: 'en', service: 'ID card', department: 'Civic Affairs' });
		expect(doc).toContain('Ticket number');
		expect(doc).toContain('3 people ahead of you');
		expect(doc).toContain('Issued: 05/01/2026, 09:07');
	});

	it('keeps markup characters in names as text', () => {
		expect(escapeText('a|b{c}_d"e`f^g~h\\i-j=k;l', 'pc852')).toBe(
			'a\\x7cb\\x7bc\\x7d\\x5fd\\x22e\\x60f\\x5eg\\x7eh\\x5ci\\x2dj\\x3dk\\x3bl'
		);
		const doc = doc80({ service: '{code:evil} | ~~ ^^^ ---' });
		expect(doc.match(/\{code:/g)).toHaveLength(1);
	});

	it('wraps at word boundaries to the paper width (58 mm: 32 characters)', () => {
		expect(wrapWords('Przed Tobą czekają 3 osoby w kolejce do okienka', 20)).toEqual([
			'Przed Tobą czekają 3',
			'osoby w kolejce do',
			'okienka'
		]);
		expect(wrapWords('Konstantynopolitańczykowianeczka', 10)).toEqual([
			'Konstantyn',
			'opolitańcz',
			'ykowianecz',
			'ka'
		]);
		const doc = ticketDocument(paperTicket(), { charsPerLine: 32, charset: 'pc852' });
		for (const line of doc.split('\n').filter((l) => l.startsWith('|'))) {
			const text = line.replace(/^\| ?"?|"? ?\|$/g, '').replace(/\\x[0-9a-f]{2}/g, 'x');
			if (!line.includes('^')) expect(text.length, line).toBeLessThanOrEqual(32);
		}
		expect(doc).toContain('option:qrcode,5,m');
	});
});
