// Real boards in Chromium for the latency figure: the board page (/display/{slug}) as an office
// runs it, signed in as a paired board, recording when each called number is painted. The same
// Chromium and flags as the e2e tests (tests/e2e/support/browser.ts).
import { chromium } from 'playwright-core';
import { nowMs } from './measure.mjs';
import { loadTs } from './ts.mjs';

/**
 * Runs in each board page before its own scripts. A number is painted when it first stands under
 * "Zapraszamy" (`board-call-number`) and the frame that shows it has been rendered: the
 * MutationObserver sees the element once Svelte has put it in the DOM, requestAnimationFrame runs
 * at the start of the next frame, and a task posted from there runs after that frame's style,
 * layout and paint. (The compositor shows the frame at the next vsync, up to one more frame,
 * which is not counted.) Times are the page's clock, performance.timeOrigin + performance.now().
 */
function recordPaints() {
	/** @type {Set<string>} */
	const seen = new Set();
	/** @type {[string, number][]} */
	const paints = [];
	/** @type {string[]} */
	let rendering = [];
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		const t = performance.timeOrigin + performance.now();
		for (const n of rendering) paints.push([n, t]);
		rendering = [];
	};
	const check = () => {
		/** @type {string[]} */
		const fresh = [];
		for (const el of document.querySelectorAll('[data-testid="board-call-number"]')) {
			const n = (el.textContent ?? '').trim();
			if (!seen.has(n)) {
				seen.add(n);
				fresh.push(n);
			}
		}
		if (fresh.length === 0) return;
		requestAnimationFrame(() => {
			rendering.push(...fresh);
			channel.port2.postMessage(0);
		});
	};
	// When each call reached the page (its WebSocket's message event, before socket.io parses
	// it): splits the latency into the network and server part and the page's own.
	/** @type {[string, number][]} */
	const receipts = [];
	const Native = WebSocket;
	/** @type {any} */ (window).WebSocket = class extends Native {
		/** @param {ConstructorParameters<typeof WebSocket>} args */
		constructor(...args) {
			super(...args);
			this.addEventListener('message', (e) => {
				if (typeof e.data !== 'string' || !e.data.startsWith('42["board:call"')) return;
				const m = /"ticketNumber":"([^"]+)"/.exec(e.data);
				if (m) receipts.push([m[1], performance.timeOrigin + performance.now()]);
			});
		}
	};
	/** @type {any} */ (window).okienkoReceipts = receipts;
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		characterData: true
	});
	/** @type {any} */ (window).okienkoPaints = paints;
}

/**
 * The page's clock minus this machine's monotonic clock (nowMs, which the clerks' process uses
 * for the send times), read as NTP does: the page's time between two local readings, taken
 * where the round trip was shortest; the true offset lies within ± half that round trip.
 * @param {import('playwright-core').Page} page
 */
async function offsetOf(page) {
	let best = { offset: NaN, rtt: Infinity };
	for (let i = 0; i < 15; i++) {
		const before = nowMs();
		const there = await page.evaluate(() => performance.timeOrigin + performance.now());
		const after = nowMs();
		if (after - before < best.rtt)
			best = { offset: there - (before + after) / 2, rtt: after - before };
	}
	return best;
}

/**
 * Open `count` boards of the location `slug` on `url` with the paired board's `cookie`
 * ("name=value"); resolves once each has joined its room.
 * @param {{url: string, slug: string, count: number, cookie: string}} o
 */
export async function openBoardPages({ url, slug, count, cookie }) {
	const { chromiumLaunchOptions } = await loadTs('/tests/e2e/support/browser.ts');
	const browser = await chromium.launch(chromiumLaunchOptions());
	const [name, value] = cookie.split('=');
	/** @type {import('playwright-core').Page[]} */
	const pages = [];
	try {
		for (let i = 0; i < count; i++) {
			// Each its own context (its own window): a page in the background would not render.
			const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
			await context.addCookies([{ name, value, url }]);
			const page = await context.newPage();
			await page.addInitScript(recordPaints);
			await page.goto(`${url}/display/${slug}`);
			await page.locator('[data-live="joined"]').waitFor({ state: 'attached', timeout: 30_000 });
			pages.push(page);
		}
	} catch (err) {
		await browser.close();
		throw err;
	}
	let tracing = false;
	/** @type {import('playwright-core').CDPSession | null} */
	let cdp = null;
	return {
		count,
		/** Forget what was painted so far (the warm-up). */
		async clear() {
			// BENCH_PAGE_TRACE=file: a Chromium trace of the first board over the measured run.
			if (process.env.BENCH_PAGE_TRACE && !tracing) {
				tracing = true;
				await browser.startTracing(pages[0], {
					path: process.env.BENCH_PAGE_TRACE,
					categories: (
						process.env.BENCH_PAGE_TRACE_CATEGORIES ??
						'devtools.timeline,disabled-by-default-devtools.timeline'
					).split(',')
				});
			}
			// BENCH_PAGE_PROFILE=file: a JavaScript CPU profile of the first board, likewise.
			if (process.env.BENCH_PAGE_PROFILE && !cdp) {
				cdp = await pages[0].context().newCDPSession(pages[0]);
				await cdp.send('Profiler.enable');
				await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
				await cdp.send('Profiler.start');
			}
			await Promise.all(
				pages.map((p) =>
					p.evaluate(() => {
						window.okienkoPaints.length = 0;
						window.okienkoReceipts.length = 0;
					})
				)
			);
		},
		/**
		 * What was painted since the last clear: [number, monotonic ms] per (call, page); the
		 * page's own part, from the call's arrival in the page to its paint (ms, one per call and
		 * page, no clock alignment needed); and the largest uncertainty of the alignment (± ms).
		 * @returns {Promise<{paints: [string, number][], inPage: number[], uncertainty: number}>}
		 */
		async collect() {
			if (tracing) {
				tracing = false;
				await browser.stopTracing();
			}
			if (cdp) {
				const { profile } = await cdp.send('Profiler.stop');
				(await import('node:fs')).writeFileSync(
					/** @type {string} */ (process.env.BENCH_PAGE_PROFILE),
					JSON.stringify(profile)
				);
				cdp = null;
			}
			/** @type {[string, number][]} */
			const paints = [];
			/** @type {number[]} */
			const inPage = [];
			let uncertainty = 0;
			for (const page of pages) {
				const { offset, rtt } = await offsetOf(page);
				uncertainty = Math.max(uncertainty, rtt / 2);
				/** @type {{paints: [string, number][], receipts: [string, number][]}} */
				const there = await page.evaluate(() => ({
					paints: window.okienkoPaints.splice(0),
					receipts: window.okienkoReceipts.splice(0)
				}));
				const arrived = new Map(there.receipts);
				for (const [n, t] of there.paints) {
					paints.push([n, t - offset]);
					const r = arrived.get(n);
					if (r !== undefined) inPage.push(t - r);
				}
			}
			return { paints, inPage, uncertainty };
		},
		close: () => browser.close()
	};
}
