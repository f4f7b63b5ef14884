import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from '../../support/server';

/** Each test gets its own production server on a free port with a fresh database. */
export const test = base.extend<{ server: RunningServer }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
	server: async ({}, use) => {
		const server = await startServer();
		await use(server);
		await server.stop();
	}
});

export { expect } from '@playwright/test';
