import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from '../../support/server';

/** A browser state holding one cookie (`name=value`) for the test servers' host. */
export function signedInAs(cookie: string) {
	const [name, value] = cookie.split('=') as [string, string];
	return {
		cookies: [
			{
				name,
				value,
				domain: '127.0.0.1',
				path: '/',
				expires: -1,
				httpOnly: true,
				secure: false,
				sameSite: 'Lax' as const
			}
		],
		origins: []
	};
}

/**
 * Each test gets its own production server on a free port with a fresh database, and its
 * browser contexts start signed in as the demo administrator (who may open every screen).
 * Tests of signing in, pairing and refusals open a context with `storageState: undefined`
 * or clear its cookies.
 */
export const test = base.extend<{ server: RunningServer }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
	server: async ({}, use, testInfo) => {
		const server = await startServer();
		await use(server);
		await server.stop();
		// A failed test keeps the server's log beside its trace: a 500 says why only there.
		if (testInfo.status !== testInfo.expectedStatus) {
			await testInfo.attach('server.log', { body: server.output(), contentType: 'text/plain' });
			console.error(
				server
					.output()
					.split('\n')
					.filter((l) => /error|Error|at /.test(l))
					.join('\n')
			);
		}
	},
	storageState: async ({ server }, use) => use(signedInAs(server.adminCookie))
});

export { expect } from '@playwright/test';
