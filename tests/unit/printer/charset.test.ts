import { describe, expect, it } from 'vitest';
import { printable, toCharset } from '../../../printer/charset';
import { PC852_POLISH } from '../../support/escpos';

const POLISH = 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ';

describe('text for the printer', () => {
	it('keeps every Polish letter as it is in PC852', () => {
		expect(toCharset(`Urząd ${POLISH}`, 'pc852')).toBe(`Urząd ${POLISH}`);
		for (const letter of Object.keys(PC852_POLISH)) expect(printable(letter, 'pc852')).toBe(true);
	});

	it('replaces what PC852 lacks by the nearest plain sign, never by "?"', () => {
		expect(toCharset('Sprawa – „pilna” — tak…', 'pc852')).toBe('Sprawa - "pilna" - tak...');
		expect(toCharset('Café à la crème, 5 €', 'pc852')).toBe('Café a la creme, 5 EUR');
		expect(toCharset('Øresund, Æble, Œuvre', 'pc852')).toBe('Oresund, AEble, OEuvre');
		expect(toCharset('na\u00a0pewno, przy\u00adkład', 'pc852')).toBe('na pewno, przykład');
	});

	it('on a printer without Polish letters prints the plain letter', () => {
		expect(toCharset(`Urząd Miejski ${POLISH}`, 'ascii')).toBe('Urzad Miejski acelnoszzACELNOSZZ');
		expect(toCharset('Łódź, ul. Żółkiewskiego', 'ascii')).toBe('Lodz, ul. Zolkiewskiego');
	});

	it('never lets a letter come out as "?", and only signs with no plain form do', () => {
		const letters = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿŠšŽžĄąĆćĘęŁłŃńŚśŹźŻżđĐß';
		for (const charset of ['pc852', 'ascii'] as const) {
			expect(toCharset(letters, charset)).not.toContain('?');
		}
		expect(toCharset('bilet 🎫', 'pc852')).toBe('bilet ?');
	});

	it('turns control characters into spaces (nothing reaches the printer as a command)', () => {
		expect(toCharset('a\x1b@b\nc\x10\x04d', 'pc852')).toBe('a @b c  d');
	});
});
