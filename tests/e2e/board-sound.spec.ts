/**
 * The board's sound where the browser refuses to play before a click (Chromium's default
 * autoplay policy, not the tests' usual one, support/browser.ts): the board asks with a silent
 * sound of its own and offers the button; a click (which starts the announcer's audio) takes it
 * away.
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

test('a board that may not play sound offers the button, and a click takes it away without errors', async ({
	page,
	server
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// Nothing of Playwright's may run in the page before the board asks: each of its evaluations
	// counts as a user's gesture (CDP userGesture), which would let the sound play. The board
	// asks just before it loads the announcer, whose chime request is seen from outside.
	const chime = page.waitForRequest(/\/sounds\/chime/);
	await page.goto(`${server.url}/display/bierun`);
	await chime;
	const button = page.getByRole('button', { name: 'Kliknij, aby włączyć dźwięk' });
	await expect(button).toBeVisible();
	await button.click();
	await expect(button).toBeHidden();
	await joined(page);
	expect(errors).toEqual([]);
});
