/**
 * A person who types or taps before the page is interactive (a slow kiosk PC, a phone on a weak
 * signal) keeps what they typed and tapped: hydration would otherwise write each field's server
 * value back, and a button that works by script does nothing yet. The page's scripts are held
 * back until the person has acted, so the typing or tapping surely comes first.
 */
import type { Page, Route } from '@playwright/test';
import { expect, signedInAs, test } from './support/fixtures';

test.use({ storageState: { cookies: [], origins: [] } });

/** Opens the page with its scripts held; the returned function lets them go. */
async function openHeld(page: Page, url: string): Promise<() => Promise<void>> {
	const held: Route[] = [];
	let holding = true;
	await page.route('**/_app/immutable/**/*.js', (route) =>
		holding ? void held.push(route) : route.continue()
	);
	await page.goto(url, { waitUntil: 'domcontentloaded' });
	await expect.poll(() => held.length).toBeGreaterThan(0);
	return async () => {
		holding = false;
		for (const route of held.splice(0)) await route.continue();
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	};
}

test('a pairing code typed before the page is interactive is still there after, and is sent', async ({
	page,
	server
}) => {
	const release = await openHeld(page, `${server.url}/pair`);
	const code = page.getByLabel('Kod parowania');
	await code.fill('ABCD-1234');
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');

	await release();
	await expect(code).toHaveValue('ABCD-1234');

	// The code goes with the form: an unknown one is refused, with the code still in the field.
	await page.getByRole('button', { name: 'Sparuj', exact: true }).click();
	await expect(page.getByText(/Ten kod jest nieprawidłowy/)).toBeVisible();
	await expect(code).toHaveValue('ABCD-1234');
});

test('a department tapped on the kiosk before it is interactive opens once it is', async ({
	browser,
	server
}) => {
	const context = await browser.newContext({ storageState: signedInAs(server.adminCookie) });
	const page = await context.newPage();
	const release = await openHeld(page, `${server.url}/kiosk/bierun`);
	await page.getByRole('button', { name: /Wydział Nadzoru/ }).click();
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');

	await release();
	await expect(page.getByRole('button', { name: /Karty Rodzina Trzy Plus/ })).toBeVisible();
	await context.close();
});
