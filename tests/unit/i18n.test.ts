import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { translate, type MessageKey } from '../../src/lib/i18n';
import { pl } from '../../src/lib/i18n/pl';
import { DOMAIN_ERROR_CODES } from '../../src/lib/server/queue';

describe('i18n', () => {
	it('has every key in both languages, and no empty text', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
		for (const [key, message] of [...Object.entries(pl), ...Object.entries(en)]) {
			const texts = typeof message === 'string' ? [message] : Object.values(message);
			for (const text of texts) expect(text.trim(), key).not.toBe('');
		}
	});

	it('has a message for every refusal the domain can give', () => {
		for (const code of DOMAIN_ERROR_CODES) {
			expect(Object.keys(pl)).toContain(`error.${code}`);
		}
	});

	it('fills placeholders and keeps Polish diacritics', () => {
		expect(translate('pl', 'error.window_busy', { number: 'A007' })).toBe(
			'Najpierw zakończ obsługę biletu A007 albo oznacz go jako nieobecny.'
		);
		expect(translate('en', 'error.window_busy', { number: 'A007' })).toContain('A007');
	});

	it('keeps the same placeholders in both languages', () => {
		const names = (m: unknown) =>
			[...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
		for (const key of Object.keys(pl) as MessageKey[]) {
			expect(names(en[key]), key).toEqual(names(pl[key]));
		}
	});
});
