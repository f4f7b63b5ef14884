/**
 * `?next=` against the real server (issue 11, part 3: an open redirect after signing in): the
 * sign-in POST, the signed-in GET /login and pairing follow only one of the app's own pages on
 * the server's origin; every other value lands on the person's home page (the device's screen)
 * with a 303, never another site and never a 500. tests/unit/safe-next.test.ts has the rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceCode, postPairing, postSignIn } from '../support/auth';
import { FOLLOWED_NEXT, REFUSED_NEXT } from '../support/next-values';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;

beforeAll(async () => {
	server = await startInProcess();
});
afterAll(async () => {
	await server?.stop();
});

/** Query strings as an attacker types them, not encoded by us (the audit's own examples). */
const RAW_QUERIES = [
	'?next=/%09/evil.example',
	'?next=/%0a/evil.example',
	'?next=/%0d/evil.example',
	'?next=/%0d%0aSet-Cookie:%20x=1',
	'?next=/%2f/evil.example',
	'?next=/%5cevil.example',
	'?next=%2F%2Fevil.example',
	'?next=/\\evil.example',
	'?next=///evil.example',
	'?next=/%E3%80%82evil.example',
	'?next=/%EF%BC%8Fevil.example',
	'?next=/%ED%A0%80',
	'?next=/%FF%FE',
	'?next=javascript:alert(1)',
	'?next=http://evil.example',
	'?next=https:evil.example',
	'?next=/admin&next=//evil.example'
];

const REFUSED_QUERIES = [
	...RAW_QUERIES,
	...REFUSED_NEXT.map((v) => `?next=${encodeURIComponent(v)}`)
];

/** Where the answer sends the browser, read as the browser (and Node's fetch) would. */
function landing(res: Response): string {
	const location = res.headers.get('location') ?? '';
	return new URL(location, server.url).href;
}

describe('after signing in, ?next=', () => {
	it('that is not one of our pages lands on the home page (sign-in POST)', async () => {
		const failures: string[] = [];
		for (const query of REFUSED_QUERIES) {
			const res = await postSignIn(server.url, query, 'admin');
			const got = `${res.status} ${res.headers.get('location')}`;
			if (res.status !== 303 || landing(res) !== `${server.url}/admin`) {
				failures.push(`${query.slice(0, 60)} → ${got.slice(0, 80)}`);
			} else if (!res.headers.getSetCookie().some((c) => c.startsWith('okienko_session='))) {
				failures.push(`${query.slice(0, 60)}: no session cookie`);
			}
		}
		expect(failures).toEqual([]);
		expect(server.output()).not.toMatch(/Error/);
	});

	it('that is not one of our pages lands on the home page (signed in, GET /login)', async () => {
		const failures: string[] = [];
		for (const query of REFUSED_QUERIES) {
			const res = await fetch(`${server.url}/login${query}`, {
				redirect: 'manual',
				headers: { cookie: server.adminCookie, accept: 'text/html' }
			});
			if (res.status !== 303 || landing(res) !== `${server.url}/admin`) {
				failures.push(`${query.slice(0, 60)} → ${res.status} ${res.headers.get('location')}`);
			}
		}
		expect(failures).toEqual([]);
		expect(server.output()).not.toMatch(/Error/);
	});

	it('that is one of our pages is followed, normalized', async () => {
		for (const [value, expected] of FOLLOWED_NEXT) {
			const query = `?next=${encodeURIComponent(value)}`;
			const signIn = await postSignIn(server.url, query, 'admin');
			expect(signIn.status, value).toBe(303);
			expect(signIn.headers.get('location'), value).toBe(expected);
			const get = await fetch(`${server.url}/login${query}`, {
				redirect: 'manual',
				headers: { cookie: server.adminCookie, accept: 'text/html' }
			});
			expect(get.status, value).toBe(303);
			expect(get.headers.get('location'), value).toBe(expected);
		}
	});

	it("is not followed when Node's fetch follows the redirect either", async () => {
		// What the audit saw: fetch (like a browser) followed `/\t/evil.example` off the site.
		const res = await fetch(`${server.url}/login?next=/%09/evil.example`, {
			headers: { cookie: server.adminCookie, accept: 'text/html' }
		});
		expect(new URL(res.url).origin).toBe(server.url);
		expect(new URL(res.url).pathname).toBe('/admin');
	});
});

describe('after pairing, ?next=', () => {
	// Pairing allows 10 tries per quarter of an hour from one address: a few values only.
	it('that is not one of our pages lands on the device screen', async () => {
		for (const query of [
			'?next=/%09/evil.example',
			'?next=/%0a/evil.example',
			'?next=/%0d/evil.example',
			'?next=/%EF%BC%8Fevil.example',
			'?next=https:evil.example'
		]) {
			const code = await newDeviceCode(server.url, server.adminCookie, 'kiosk');
			const res = await postPairing(server.url, query, code);
			expect(res.status, query).toBe(303);
			expect(landing(res), query).toBe(`${server.url}/kiosk/bierun`);
		}
		expect(server.output()).not.toMatch(/Error/);
	});
});
