import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { test as base } from './fixtures';

/**
 * A browser context with administrator access: the one place the e2e tests get into /admin.
 * Contexts start signed in as the test server's demo administrator (fixtures.ts).
 */
export async function adminContext(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<BrowserContext> {
	return browser.newContext(options);
}

/** A page in an administrator's browser context (see adminContext). */
export const test = base.extend<{ adminPage: Page }>({
	adminPage: async ({ browser }, use) => {
		const context = await adminContext(browser);
		await use(await context.newPage());
		await context.close();
	}
});

/** Open an admin page and wait until it is interactive. */
export async function openAdmin(page: Page, baseUrl: string, path: string): Promise<void> {
	await page.goto(baseUrl + path);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

export { expect } from './fixtures';
