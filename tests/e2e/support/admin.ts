import type { Page } from '@playwright/test';
import { test as base } from './fixtures';

/**
 * A browser page with administrator access: the one place the e2e tests get into /admin. Today
 * nobody logs in (every caller holds every role); when accounts land, this fixture signs in.
 */
export const test = base.extend<{ adminPage: Page }>({
	adminPage: async ({ page }, use) => {
		await use(page);
	}
});

/** Open an admin page and wait until it is interactive. */
export async function openAdmin(page: Page, baseUrl: string, path: string): Promise<void> {
	await page.goto(baseUrl + path);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

export { expect } from './fixtures';
