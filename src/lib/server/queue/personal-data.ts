/**
 * Obvious personal data in a staff note (SR-26: the question log keeps no client data): a PESEL
 * number (11 digits with a valid check digit), a phone number (9 digits, optionally +48/0048,
 * grouped by spaces, dashes or brackets) or an e-mail address. Pure, and deliberately
 * plain: it catches what a clerk types by habit, not every way to write a number.
 */

export type PersonalData = 'pesel' | 'phone' | 'email';

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Whether 11 digits are a PESEL number by its check digit. */
export function isPesel(digits: string): boolean {
	if (!/^\d{11}$/.test(digits)) return false;
	const sum = PESEL_WEIGHTS.reduce((s, w, i) => s + w * Number(digits[i]), 0);
	return (10 - (sum % 10)) % 10 === Number(digits[10]);
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/i;
/** A run of digits with the separators people write numbers with, not part of a longer word. */
const NUMBER_RUN = /(?<!\w)(?:\+|00)?\(?\d[\d\s()-]{7,}\d(?!\w)/g;

/** The first kind of personal data found in `text`, or null. */
export function personalDataIn(text: string): PersonalData | null {
	if (EMAIL.test(text)) return 'email';
	for (const [run] of text.matchAll(NUMBER_RUN)) {
		const digits = run.replace(/\D/g, '');
		if (!run.startsWith('+') && isPesel(digits)) return 'pesel';
		// 9 digits, or the same after the country code 48 (+48, 0048).
		if (digits.replace(/^(00)?48(?=\d{9}$)/, '').length === 9) return 'phone';
	}
	return null;
}
