/**
 * `?next=` after signing in or pairing (auth/home.ts): only one of the app's own pages on the
 * server's own origin, as the normalized path and query of the parsed URL; anything else is null
 * (the caller sends the person home). tests/integration/sign-in-redirect.test.ts asks the real
 * server the same questions.
 */
import { describe, expect, it } from 'vitest';
import { safeNext } from '../../src/lib/server/http/home';
import { isPage } from '../../src/lib/server/auth/guard';
import { FOLLOWED_NEXT, REFUSED_NEXT } from '../support/next-values';

const ORIGIN = 'http://127.0.0.1:3000';

describe('safeNext', () => {
	it.each(REFUSED_NEXT.map((v) => [JSON.stringify(v).slice(0, 60), v]))(
		'refuses %s',
		(_, value) => {
			expect(safeNext(value, ORIGIN)).toBeNull();
		}
	);

	it.each(FOLLOWED_NEXT)('follows %j as %j', (value, expected) => {
		expect(safeNext(value, ORIGIN)).toBe(expected);
	});

	it('refuses nothing and a missing value', () => {
		expect(safeNext(null, ORIGIN)).toBeNull();
	});

	it('answers only values that are safe in a Location header', () => {
		for (const v of [...REFUSED_NEXT, ...FOLLOWED_NEXT.map(([v]) => v)]) {
			const out = safeNext(v, ORIGIN);
			if (out === null) continue;
			expect(out, JSON.stringify(v)).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
			expect(new URL(out, ORIGIN).origin).toBe(ORIGIN);
		}
	});
});

describe('isPage', () => {
	it('knows the pages and nothing else', () => {
		for (const p of ['/', '/login', '/admin', '/admin/staff/3', '/manage', '/t/abc', '/kiosk/x']) {
			expect(isPage(p), p).toBe(true);
		}
		for (const p of ['/api/health', '/_app/x.js', '/sounds/gong.mp3', '/favicon.ico', '/logout']) {
			expect(isPage(p), p).toBe(false);
		}
		expect(isPage('/admin/__data.json')).toBe(false);
		expect(isPage('/nowhere')).toBe(false);
	});
});
