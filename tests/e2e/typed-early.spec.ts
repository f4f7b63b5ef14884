/**
 * A person who types before the page is interactive (a slow kiosk PC pairing, a phone on a weak
 * signal) keeps what they typed: hydration would otherwise write each field's server value
 * back. The page's scripts are held back until the code is typed, so the typing surely comes
 * first.
 */
import type { Route } from '@playwright/test';
import { expect, test } from './support/fixtures';

test.use({ storageState: { cookies: [], origins: [] } });

test('a pairing code typed before the page is interactive is still there after, and is sent', async ({
	page,
	server
}) => {
	const held: Route[] = [];
	let holding = true;
	await page.route('**/_app/immutable/**/*.js', (route) =>
		holding ? void held.push(route) : route.continue()
	);
	await page.goto(`${server.url}/pair`, { waitUntil: 'domcontentloaded' });
	await expect.poll(() => held.length).toBeGreaterThan(0);

	const code = page.getByLabel('Kod parowania');
	await code.fill('ABCD-1234');
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');

	holding = false;
	for (const route of held.splice(0)) await route.continue();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(code).toHaveValue('ABCD-1234');

	// The code goes with the form: an unknown one is refused, with the code still in the field.
	await page.getByRole('button', { name: 'Sparuj', exact: true }).click();
	await expect(page.getByText(/Ten kod jest nieprawidłowy/)).toBeVisible();
	await expect(code).toHaveValue('ABCD-1234');
});
