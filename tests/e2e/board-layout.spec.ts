import { expectNoAxeViolations } from './support/axe';
import { callAtWindows, demoWindows, measureCalls } from './support/board';
import { expect, test } from './support/fixtures';
import { joined } from './support/office';

const SCREENS = [
	{ name: '1920×1080', width: 1920, height: 1080 },
	{ name: '1024×768 (4:3)', width: 1024, height: 768 },
	{ name: '1080×1920 (portrait)', width: 1080, height: 1920 }
];

test('every call is readable from afar with 1, 3, 6 and 10 calls, on wide, 4:3 and portrait screens', async ({
	page,
	server
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	const windows = await demoWindows(server.url);
	let called = 0;
	for (const count of [1, 3, 6, 10]) {
		await callAtWindows(server.url, windows.slice(called, count));
		called = count;
		await expect(page.getByTestId('board-call')).toHaveCount(count);
		for (const screen of SCREENS) {
			await page.setViewportSize({ width: screen.width, height: screen.height });
			const at = `${count} calls on ${screen.name}`;
			// Wait for the layout to follow the new size before reading it.
			await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(screen.width);
			const calls = await measureCalls(page);
			expect(calls, at).toHaveLength(count);
			for (const c of calls) {
				expect(c.windowPx, `${at}: window of ${c.number}`).toBeGreaterThanOrEqual(c.numberPx / 2);
				if (screen.width === 1920) {
					expect(c.numberPx, `${at}: ${c.number}`).toBeGreaterThanOrEqual(80);
				}
				expect(c.inside, `${at}: ${c.number} on screen`).toBe(true);
				expect(c.clipped, `${at}: ${c.number} not cut off`).toBe(false);
				expect(c.arrow, `${at}: ${c.number}'s arrow`).toBe(true);
			}
			if (count === 10) await expectNoAxeViolations(page, `board: ${at}`);
		}
	}
});
