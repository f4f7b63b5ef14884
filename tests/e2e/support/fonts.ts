import type { Page } from '@playwright/test';

/** The fonts Chromium really drew an element's text with (CDP), as `family (custom)`. */
export async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return [...new Set(fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (custom)' : ''}`))];
}
