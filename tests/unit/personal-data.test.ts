/**
 * The question log refuses obvious client data (issue 15, SR-26): a PESEL number by its check
 * digit, phone numbers as people write them, e-mail addresses; ordinary numbers pass.
 */
import { describe, expect, it } from 'vitest';
import { isPesel, personalDataIn } from '../../src/lib/server/queue';

describe('personalDataIn', () => {
	it('finds a PESEL number by its check digit, and only then', () => {
		expect(isPesel('44051401359')).toBe(true);
		expect(isPesel('44051401358')).toBe(false);
		expect(personalDataIn('Klient o numerze 44051401359 pyta o dowód')).toBe('pesel');
		// Eleven digits with a wrong check digit are not a PESEL (and not a phone number).
		expect(personalDataIn('Sygnatura 44051401358 w aktach')).toBeNull();
	});

	it('finds phone numbers written the usual ways', () => {
		for (const text of [
			'oddzwonić 601 234 567',
			'tel. 601-234-567',
			'tel.601234567',
			'+48 601 234 567',
			'0048601234567',
			'(32) 123 45 67'
		]) {
			expect(personalDataIn(text), text).toBe('phone');
		}
	});

	it('finds e-mail addresses', () => {
		expect(personalDataIn('pisał z jan.kowalski@example.pl')).toBe('email');
	});

	it('lets ordinary notes through: dates, case numbers, amounts, room numbers', () => {
		for (const text of [
			'Pytają, czy dowód można odebrać 2026-12-24 w pokoju 010',
			'Znak sprawy GK.6220.1.2026 – gdzie złożyć odwołanie?',
			'Opłata 1 500 zł – czy można kartą?',
			'Brak formularza ZAP-3 w okienku 4'
		]) {
			expect(personalDataIn(text), text).toBeNull();
		}
	});
});
