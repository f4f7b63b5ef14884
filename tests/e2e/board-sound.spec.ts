/**
 * The board's sound where the browser refuses to play before a click (Chromium's default
 * autoplay policy, not the tests' usual one, support/browser.ts): the board asks with a silent
 * sound of its own, offers the button, and a click turns the sound on.
 */
import { chromiumLaunchOptions } from './support/browser';
import { test, expect } from './support/fixtures';
import { joined } from './support/office';

const launch = chromiumLaunchOptions();
test.use({
	launchOptions: {
		...launch,
		args: [
			...(launch.args ?? []).filter((a) => !a.startsWith('--autoplay-policy=')),
			'--autoplay-policy=document-user-activation-required'
		]
	}
});

test('a board that may not play sound offers the button, and a click turns the sound on', async ({
	page,
	server
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	const button = page.getByRole('button', { name: 'Kliknij, aby włączyć dźwięk' });
	await expect(button).toBeVisible();
	await button.click();
	await expect(button).toBeHidden();
	expect(errors).toEqual([]);
});
