/**
 * A new call flashes three times, then stays highlighted; a board whose screen asks for less
 * motion only highlights it. The colours a person sees are recorded as they change (a
 * MutationObserver on the call), not sampled at chosen moments.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { callAtWindows, demoWindows } from './support/board';
import { joined } from './support/office';

/** Records each colouring the calls take: "fresh" (highlighted) or "dim" (the flash's off half). */
function recordColourings() {
	const seen: string[] = [];
	Object.defineProperty(window, '__colourings', { value: seen });
	const note = (el: Element) => {
		if (!el.matches('[data-testid="board-call"]')) return;
		const now = el.classList.contains('dim')
			? 'dim'
			: el.classList.contains('fresh')
				? 'fresh'
				: 'plain';
		if (seen.at(-1) !== now) seen.push(now);
	};
	new MutationObserver((changes) => {
		for (const c of changes) {
			if (c.type === 'attributes') note(c.target as Element);
			for (const added of c.addedNodes) if (added instanceof Element) note(added);
		}
	}).observe(document, { subtree: true, childList: true, attributes: true });
}

const colourings = (page: Page) =>
	page.evaluate(() => (window as unknown as { __colourings: string[] }).__colourings);

test('a call flashes three times and stays highlighted; with reduced motion it is only highlighted', async ({
	browser,
	server
}) => {
	const open = async (reducedMotion: 'reduce' | 'no-preference') => {
		const context = await browser.newContext({
			viewport: { width: 1920, height: 1080 },
			reducedMotion
		});
		await context.addInitScript(recordColourings);
		const page = await context.newPage();
		await page.goto(`${server.url}/display/bierun`);
		await joined(page);
		return page;
	};
	const board = await open('no-preference');
	const calm = await open('reduce');
	const [number] = await callAtWindows(server.url, (await demoWindows(server.url)).slice(0, 1));
	const call = board.getByTestId('board-call').filter({ hasText: number! });
	await expect(call).toHaveClass(/fresh/);

	// On, off, three times, then on for good (within the ten seconds a call stays highlighted).
	const flash = ['fresh', 'dim', 'fresh', 'dim', 'fresh', 'dim', 'fresh'];
	await expect.poll(() => colourings(board), { timeout: 8_000 }).toEqual(flash);
	await expect(call).toHaveClass(/fresh/);
	await expect(call).not.toHaveClass(/dim/);
	// The calm board saw the same call all that time, highlighted and never dimmed.
	await expect(calm.getByTestId('board-call').filter({ hasText: number! })).toHaveClass(/fresh/);
	expect(await colourings(calm)).toEqual(['fresh']);
});

/**
 * Records, per change the page delivers together (one MutationObserver callback: one rendering
 * of the board), which calls went dim or bright.
 */
function recordToggles() {
	const batches: string[][] = [];
	Object.defineProperty(window, '__toggles', { value: batches });
	new MutationObserver((changes) => {
		const toggled = changes
			.filter((c) => c.type === 'attributes')
			.map((c) => c.target as Element)
			.filter((el) => el.matches('[data-testid="board-call"]'))
			.map((el) => el.querySelector('[data-testid="board-call-number"]')?.textContent ?? '');
		if (toggled.length > 0) batches.push([...new Set(toggled)].sort());
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
}

test('calls that are new together flash in step: one change of the board for all of them', async ({
	browser,
	server
}) => {
	const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	await context.addInitScript(recordToggles);
	const board = await context.newPage();
	await board.goto(`${server.url}/display/bierun`);
	await joined(board);
	const numbers = await callAtWindows(server.url, (await demoWindows(server.url)).slice(0, 2));
	const both = [...numbers].sort();
	const toggles = () =>
		board.evaluate(() => (window as unknown as { __toggles: string[][] }).__toggles);
	// Each call's flash goes dim and bright again in the same rendering as the other's.
	await expect
		.poll(async () => (await toggles()).filter((b) => b.length === 2).length, { timeout: 8_000 })
		.toBeGreaterThanOrEqual(3);
	for (const batch of (await toggles()).filter((b) => b.length === 2)) expect(batch).toEqual(both);
});
