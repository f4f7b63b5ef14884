/**
 * Ukrainian beside Polish and English (issue 16): complete for the public screens (the type
 * checker already refuses a missing key; this checks what types cannot: placeholders, plural
 * forms, Cyrillic text), plural rules per language, the fallbacks, and the review list.
 */
import { describe, expect, it } from 'vitest';
import { catalogs, publicCatalog, translate, type MessageKey } from '../../src/lib/i18n';
import { format, localized, staffLang, LANGS, STAFF_LANGS } from '../../src/lib/i18n/lang';
import { isPublicKey } from '../../src/lib/i18n/public';
import { uk, UK_REVIEWED } from '../../src/lib/i18n/uk';
import { pl } from '../../src/lib/i18n/pl';
import { paperLang } from '../../src/lib/server/desk/print-desk';

const placeholders = (m: unknown) =>
	[...new Set([...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();
const texts = (m: unknown) => (typeof m === 'string' ? [m] : Object.values(m as object));

describe('Ukrainian', () => {
	const publicKeys = Object.keys(pl).filter(isPublicKey).sort();

	it('has every public key and no other, none empty', () => {
		expect(Object.keys(uk).sort()).toEqual(publicKeys);
		expect(Object.keys(publicCatalog('uk')).sort()).toEqual(
			Object.keys(publicCatalog('pl')).sort()
		);
		for (const [key, message] of Object.entries(uk)) {
			for (const text of texts(message)) expect(String(text).trim(), key).not.toBe('');
		}
	});

	it('keeps the Polish placeholders and plural forms', () => {
		for (const key of publicKeys as (keyof typeof uk)[]) {
			expect(placeholders(uk[key]), key).toEqual(placeholders(pl[key]));
			const plural = typeof pl[key] === 'object';
			expect(typeof uk[key] === 'object', key).toBe(plural);
			if (plural) expect(Object.keys(uk[key]).sort(), key).toEqual(['few', 'many', 'one', 'other']);
		}
	});

	it('is written in Cyrillic (not Polish left in by mistake)', () => {
		// Names of languages, the app's name and pure patterns may be the same in every language.
		const same = ['app.name', 'lang.pl', 'lang.en', 'lang.uk', 'hours.day'];
		for (const key of publicKeys as (keyof typeof uk)[]) {
			if (same.includes(key)) continue;
			expect(JSON.stringify(uk[key]), key).toMatch(/[\u0400-\u04FF]/);
		}
		expect(uk['lang.uk']).toBe('Українська');
	});

	it('chooses the Ukrainian plural: one, few, many, other', () => {
		const m = uk['kiosk.ticket.ahead'];
		const say = (count: number) => format('uk', m, { count });
		expect(say(1)).toBe('Перед вами чекає 1 особа');
		expect(say(21)).toBe('Перед вами чекає 21 особа');
		expect(say(2)).toBe('Перед вами чекають 2 особи');
		expect(say(24)).toBe('Перед вами чекають 24 особи');
		expect(say(5)).toBe('Перед вами чекають 5 осіб');
		expect(say(11)).toBe('Перед вами чекають 11 осіб');
		expect(say(12)).toBe('Перед вами чекають 12 осіб');
		expect(say(1.5)).toBe('Перед вами чекають 1.5 особи');
	});

	it('keeps each language’s own plural rules', () => {
		const seconds = (lang: 'pl' | 'en' | 'uk', count: number) =>
			translate(lang, 'kiosk.countdown.left', { count });
		expect(seconds('pl', 22)).toBe('Ekran wróci do początku za 22 sekundy');
		expect(seconds('pl', 12)).toBe('Ekran wróci do początku za 12 sekund');
		expect(seconds('en', 1)).toBe('The screen returns to the start in 1 second');
		expect(seconds('en', 2)).toBe('The screen returns to the start in 2 seconds');
		expect(seconds('uk', 1)).toBe('Екран повернеться на початок через 1 секунду');
		expect(seconds('uk', 3)).toBe('Екран повернеться на початок через 3 секунди');
		expect(seconds('uk', 15)).toBe('Екран повернеться на початок через 15 секунд');
	});

	it('falls back to Polish for staff texts, staff screens and names without Ukrainian', () => {
		expect(translate('uk', 'clerk.action.call')).toBe(pl['clerk.action.call']);
		expect(Object.keys(catalogs.uk).sort()).toEqual(Object.keys(pl).sort());
		expect(staffLang('uk')).toBe('pl');
		expect(staffLang('en')).toBe('en');
		expect(STAFF_LANGS).toEqual(['pl', 'en']);
		expect(LANGS).toEqual(['pl', 'en', 'uk']);
		expect(localized({ pl: 'Dowody osobiste', en: 'ID cards' }, 'uk')).toBe('Dowody osobiste');
		expect(localized({ pl: 'a', en: 'b', uk: 'в' }, 'uk')).toBe('в');
	});

	it('prints a Ukrainian visitor’s ticket in Polish (no Cyrillic on ESC/POS)', () => {
		expect(paperLang('uk')).toBe('pl');
		expect(paperLang('en')).toBe('en');
	});

	it('lists the texts a native speaker has checked (the rest wait for review)', () => {
		for (const key of UK_REVIEWED) expect(publicKeys, key).toContain(key);
		const waiting = publicKeys.length - UK_REVIEWED.length;
		console.info(`Ukrainian: ${waiting} of ${publicKeys.length} texts await a native speaker.`);
		expect(waiting).toBeGreaterThanOrEqual(0);
	});

	it('translates the survey, saying on screen that it is a translation', () => {
		expect(uk['survey.translation_note']).toMatch(/переклад/);
		expect(translate('en', 'survey.translation_note' as MessageKey)).toMatch(/translation/);
	});
});
