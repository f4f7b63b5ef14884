import { afterEach, describe, expect, it } from 'vitest';
import { requestOrigin } from '../../src/lib/server/http/origin';

const at = (url: string, headers: Record<string, string> = {}) =>
	requestOrigin(new Request(url, { headers }), new URL(url));

describe('the origin printed in ticket links', () => {
	afterEach(() => {
		delete process.env.ORIGIN;
	});

	it('is plain HTTP on the office network, whatever adapter-node guessed', () => {
		expect(at('https://10.0.0.2:3000/api/tickets')).toBe('http://10.0.0.2:3000');
	});

	it('follows a TLS proxy that says so, or ORIGIN when set', () => {
		expect(at('https://kolejka.local/api/tickets', { 'x-forwarded-proto': 'https' })).toBe(
			'https://kolejka.local'
		);
		process.env.ORIGIN = 'https://kolejka.um.bierun.pl';
		expect(at('https://kolejka.um.bierun.pl/api/tickets')).toBe('https://kolejka.um.bierun.pl');
	});
});
