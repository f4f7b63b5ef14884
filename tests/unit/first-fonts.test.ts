import { describe, expect, it } from 'vitest';
import { firstFont } from '$lib/server/http/first-fonts';

const asset = (name: string) => `/_app/immutable/assets/${name}.Bx1_hash.woff2`;

describe('firstFont: the cuts a page asks for with its scripts', () => {
	it('the basic cuts on every page, the Polish ones on a Polish page', () => {
		for (const lang of ['pl', 'en', 'uk'] as const) {
			expect(firstFont(asset('atkinson-400-basic'), lang, false)).toBe(true);
			expect(firstFont(asset('atkinson-700-basic'), lang, true)).toBe(true);
		}
		expect(firstFont(asset('atkinson-400-polish'), 'pl', false)).toBe(true);
		expect(firstFont(asset('atkinson-700-polish'), 'en', false)).toBe(false);
		expect(firstFont(asset('atkinson-700-polish'), 'uk', true)).toBe(false);
	});

	it('the switch’s Cyrillic cut on a visitor’s screen only, and no cut a character may never need', () => {
		expect(firstFont(asset('cyrillic-700-name'), 'pl', true)).toBe(true);
		expect(firstFont(asset('cyrillic-700-name'), 'pl', false)).toBe(false);
		for (const name of [
			'cyrillic-400',
			'cyrillic-700',
			'atkinson-400-ext',
			'atkinson-700-latin1'
		]) {
			expect(firstFont(asset(name), 'uk', true)).toBe(false);
		}
	});
});
