import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { fontsDrawing } from './support/fonts';
import { joined } from './support/office';

/** Every request the page makes, as URLs. */
function requestsOf(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	return urls;
}

test('the kiosk draws Polish letters with its own font, fetching only the cuts it needs from itself', async ({
	page,
	server
}) => {
	const urls = requestsOf(page);
	await page.goto(`${server.url}/kiosk/bierun`);
	await page.locator('html[data-hydrated]').waitFor();
	await page.evaluate(() => document.fonts.ready);
	const heading = page.locator('main h2').first();
	await expect(heading).toContainText('ł');
	// A department's tile with Polish letters (bold name, regular count), found by its text.
	await page.evaluate(() => {
		const tile = [...document.querySelectorAll('main ul button')].find((b) =>
			/[ąćęłńśźż]/.test(b.textContent ?? '')
		);
		tile?.setAttribute('data-probe', '');
	});

	// Every glyph of the text, the Polish letters included, from the bundled font: no fallback.
	for (const selector of ['main h2', '[data-probe]']) {
		expect(await fontsDrawing(page, selector)).toEqual(['Atkinson Hyperlegible (custom)']);
	}
	// Nothing from outside the server; of the font, the basic and Polish cuts, and of the
	// Cyrillic only the small cut of the switch's «Українська» (fonts.css), and no other.
	const origin = new URL(server.url).origin;
	expect(urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
	const fonts = urls
		.filter((u) => u.endsWith('.woff2'))
		.map((u) => /(atkinson|cyrillic)-\d+(-[a-z0-9]+)?\./.exec(u))
		.map((m) => (m ? `${m[1]}${m[2] ?? ''}` : 'unknown'));
	expect(fonts.length).toBeGreaterThan(0);
	expect(new Set(fonts)).toEqual(new Set(['atkinson-basic', 'atkinson-polish', 'cyrillic-name']));
});

test('the kiosk asks for the font cuts it draws with its scripts, before laying the page out', async ({
	page,
	server
}) => {
	// SvelteKit names what the page preloads in the answer's Link header, which the browser reads
	// before the page itself.
	const answer = await page.goto(`${server.url}/kiosk/bierun`);
	const link = (await answer!.allHeaders()).link ?? '';
	const preloaded = link
		.split(',')
		.filter((l) => /rel="preload"; as="font"/.test(l))
		.map((l) => /(atkinson|cyrillic)-\d+-[a-z]+/.exec(l)?.[0] ?? l);
	expect(new Set(preloaded)).toEqual(
		new Set([
			'atkinson-400-basic',
			'atkinson-700-basic',
			'atkinson-400-polish',
			'atkinson-700-polish',
			'cyrillic-700-name'
		])
	);
});

test('the kiosk’s socket is a WebSocket from the start, and its scripts carry no long-polling', async ({
	page,
	server
}) => {
	const urls = requestsOf(page);
	const sockets: string[] = [];
	page.on('websocket', (ws) => sockets.push(ws.url()));
	const scripts: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') scripts.push(r.text());
	});
	await page.goto(`${server.url}/kiosk/bierun`);
	await joined(page);
	expect(sockets.filter((u) => u.includes('/socket.io/'))).toHaveLength(1);
	expect(urls.filter((u) => u.includes('/socket.io/') && !u.startsWith('ws'))).toEqual([]);
	// engine.io's long-polling transport (its XHR's error message) is not in the bundle.
	const bodies = await Promise.all(scripts);
	expect(bodies.length).toBeGreaterThan(0);
	expect(bodies.filter((b) => b.includes('xhr poll error'))).toEqual([]);
});

test('the board chimes with a compressed file that Chromium plays', async ({ page, server }) => {
	const chimeRequest = page.waitForRequest(/\/sounds\//);
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	const url = (await chimeRequest).url();
	expect(url).toMatch(/\.(ogg|opus|webm|mp3)$/);

	const played = await page.evaluate(async (src) => {
		const bytes = await fetch(src).then((r) => r.arrayBuffer());
		// Decoding it all proves the format is one Chromium plays, not only that it was fetched.
		const decoded = await new AudioContext().decodeAudioData(bytes.slice(0));
		return { size: bytes.byteLength, seconds: decoded.duration };
	}, url);
	expect(played.seconds).toBeGreaterThan(0.2);
	expect(played.size).toBeLessThan(40_000);
});
