#!/usr/bin/env node
// Figure "pages": what the kiosk (/kiosk/{slug}) and the board (/display/{slug}) cost a cheap
// device. Builds nothing: run `npm run build` first (bench/run.mjs does).
//   node bench/page-weight.mjs [--quick]
// Each page is opened by a paired device (its own cookie) in Chromium, once to weigh every
// response and then, with a cold cache each time and the CPU throttled 4× over CDP
// (Emulation.setCPUThrottlingRate, a cheap kiosk PC), several times to time it. The network is
// loopback and not throttled: the office's LAN is not what a kiosk waits for.
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { percentile, sleep } from './lib/measure.mjs';
import { benchCredentials } from './lib/credentials.mjs';
import { closeTs, loadTs } from './lib/ts.mjs';

const CPU_SLOWDOWN = 4;
const PAGES = [
	{ key: 'kiosk', path: '/kiosk/bierun', device: 'kiosk' },
	{ key: 'board', path: '/display/bierun', device: 'board' }
];

/**
 * The page's own User Timing marks (performance.now() from the navigation's start) and its first
 * contentful paint: `okienko:hydrated`, set by the root layout's effect with data-hydrated (after
 * the whole page is mounted with its handlers), and `okienko:joined`, when its socket joined its
 * room (src/lib/client/live-room.svelte.ts).
 */
const MARKS = `(() => {
	const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
	return { fcp: at('first-contentful-paint'), hydrated: at('okienko:hydrated'), joined: at('okienko:joined') };
})()`;

/**
 * Waits, from outside the page, until it has set both marks. Asked over the page's CDP session
 * every 100 ms with one small expression: no init script, no observer and no Playwright
 * selector engine in the page while it loads, whose work on the throttled main thread a
 * visitor's kiosk does not do (docs/benchmarks.md, section 6).
 * @param {import('@playwright/test').CDPSession} cdp
 * @returns {Promise<{fcp: number, hydrated: number, joined: number}>}
 */
async function pageMarks(cdp) {
	for (const started = Date.now(); Date.now() - started < 60_000; await sleep(100)) {
		const { result } = await cdp
			.send('Runtime.evaluate', { expression: MARKS, returnByValue: true })
			.catch(() => ({ result: { value: null } }));
		const t = result.value;
		if (t && t.hydrated !== null && t.joined !== null) return { ...t, fcp: t.fcp ?? NaN };
	}
	throw new Error('the page set no okienko:hydrated and okienko:joined marks in 60 s');
}

/** @param {string} mime @param {string} type CDP resource type */
function kindOf(mime, type, url) {
	if (type === 'Script' || /javascript/.test(mime)) return 'js';
	if (type === 'Stylesheet' || mime === 'text/css') return 'css';
	if (type === 'Font' || /font/.test(mime)) return 'fonts';
	if (type === 'Document') return 'html';
	if (url.includes('__data.json')) return 'data';
	if (type === 'Media' || /^audio\//.test(mime)) return 'sounds';
	return 'other';
}

/** @param {import('@playwright/test').Browser} browser @param {string} url @param {string} cookie */
async function deviceContext(browser, url, cookie) {
	const [name, value] = cookie.split('=');
	const context = await browser.newContext({
		locale: 'pl-PL',
		timezoneId: 'Europe/Warsaw',
		viewport: { width: 1920, height: 1080 }
	});
	await context.addCookies([{ name, value, url }]);
	return context;
}

/**
 * Every response of one load of the page (and, for the kiosk, the `__data.json` it fetches each
 * time the queue changes), with what went over the wire and the body's size at gzip -9.
 * @param {import('@playwright/test').Browser} browser
 */
async function weigh(browser, url, page, cookie) {
	const context = await deviceContext(browser, url, cookie);
	const tab = await context.newPage();
	const cdp = await context.newCDPSession(tab);
	/** @type {Map<string, any>} */
	const seen = new Map();
	cdp.on('Network.responseReceived', (e) => {
		const headers = Object.fromEntries(
			Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v])
		);
		seen.set(e.requestId, {
			url: e.response.url,
			status: e.response.status,
			kind: kindOf(e.response.mimeType, e.type, e.response.url),
			encoding: headers['content-encoding'] ?? 'identity',
			transferred: 0
		});
	});
	/** URLs of the requests not finished yet, by request id. */
	const pendingById = new Map();
	const pending = { [Symbol.iterator]: () => pendingById.values() };
	cdp.on('Network.requestWillBeSent', (e) => pendingById.set(e.requestId, e.request.url));
	cdp.on('Network.loadingFailed', (e) => pendingById.delete(e.requestId));
	cdp.on('Network.loadingFinished', (e) => {
		pendingById.delete(e.requestId);
		const r = seen.get(e.requestId);
		if (r) r.transferred = e.encodedDataLength;
	});
	await cdp.send('Network.enable');
	await tab.goto(url + page.path);
	await tab.waitForSelector('html[data-hydrated]');
	await tab.waitForSelector('[data-live="joined"]');
	await tab.evaluate(() => document.fonts.ready);
	if (page.key === 'kiosk') {
		// What `invalidate('okienko:kiosk-menu')` asks for whenever the queue changes.
		await tab.evaluate(
			(p) => fetch(`${p}/__data.json?x-sveltekit-invalidated=01`).then((r) => r.text()),
			page.path
		);
	}
	if (page.key === 'board') {
		// The chime is fetched by the audio element (maybe in ranges): wait until it has it all.
		await tab.waitForFunction(() =>
			performance.getEntriesByType('resource').some((e) => e.name.includes('/sounds/'))
		);
	}
	// Done when every request but the socket's has finished (the socket keeps the network busy).
	for (let waited = 0; [...pending].some((u) => !u.includes('/socket.io/')); waited += 50) {
		if (waited > 20_000) throw new Error(`still loading: ${[...pending].join(', ')}`);
		await sleep(50);
	}
	await context.close();

	const responses = [...seen.values()].filter(
		(r) => r.status < 300 && !r.url.includes('/socket.io/') && !r.url.startsWith('data:')
	);
	const headers = { cookie, 'accept-encoding': 'identity' };
	for (const r of responses) {
		const body = Buffer.from(await (await fetch(r.url, { headers })).arrayBuffer());
		r.raw = body.length;
		r.gzip9 = zlib.gzipSync(body, { level: 9 }).length;
	}
	const sum = (/** @type {string[]} */ kinds, /** @type {'transferred'|'gzip9'|'raw'} */ key) =>
		responses.filter((r) => kinds.includes(r.kind)).reduce((a, r) => a + r[key], 0);
	return {
		responses: responses.map((r) => ({ ...r, url: r.url.replace(url, '') })),
		jsCssGzip9: sum(['js', 'css'], 'gzip9'),
		jsGzip9: sum(['js'], 'gzip9'),
		cssGzip9: sum(['css'], 'gzip9'),
		transferred: Object.fromEntries(
			['js', 'css', 'fonts', 'html', 'data', 'sounds', 'other'].map((k) => [
				k,
				sum([k], 'transferred')
			])
		),
		uncompressed: responses
			.filter(
				(r) => r.encoding === 'identity' && r.raw > 1024 && !['fonts', 'sounds'].includes(r.kind)
			)
			.map((r) => r.url.replace(url, ''))
	};
}

/**
 * One cold load (a new context: empty cache) with the CPU slowed down: first contentful paint,
 * hydration and the socket's join, in ms from the navigation's start. Then proves the kiosk was
 * interactive at "hydrated": a tap on the first department opens its list of matters.
 * @param {import('@playwright/test').Browser} browser
 */
async function timeLoad(browser, url, page, cookie) {
	const context = await deviceContext(browser, url, cookie);
	const tab = await context.newPage();
	const cdp = await context.newCDPSession(tab);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	// Navigated over CDP, not with tab.goto: Playwright waits for nothing in the page meanwhile.
	await cdp.send('Page.navigate', { url: url + page.path });
	const t = await pageMarks(cdp);
	if (page.key === 'kiosk') {
		const heading = await tab.locator('main h2').first().textContent();
		await tab.locator('main ul button:not([disabled])').first().click();
		await tab.waitForFunction(
			(h) => document.querySelector('main h2')?.textContent !== h,
			heading,
			{ timeout: 60_000 }
		);
	}
	await context.close();
	return t;
}

/**
 * @param {{loads?: number, log?: (s: string) => void}} [o]
 */
export async function measurePages({ loads = 7, log = console.log } = {}) {
	const { startServer } = await loadTs('/tests/support/server.ts');
	const { chromiumLaunchOptions } = await loadTs('/tests/e2e/support/browser.ts');
	const { demoWindows, callAtWindows } = await loadTs('/tests/e2e/support/board.ts');
	const server = await startServer();
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const creds = await benchCredentials(server.url);
		// A board in the middle of a morning: three calls showing.
		await callAtWindows(server.url, (await demoWindows(server.url)).slice(0, 3));
		/** @type {Record<string, any>} */
		const result = { cpuSlowdown: CPU_SLOWDOWN, loads };
		for (const page of PAGES) {
			const cookie = creds[page.device];
			const weight = await weigh(browser, server.url, page, cookie);
			/** @type {{fcp: number, hydrated: number, joined: number}[]} */
			const runs = [];
			for (let i = 0; i < loads; i++) runs.push(await timeLoad(browser, server.url, page, cookie));
			const p50 = (/** @type {'fcp'|'hydrated'|'joined'} */ k) =>
				percentile(
					runs.map((r) => r[k]),
					50
				);
			result[page.key] = {
				path: page.path,
				...weight,
				fcp: p50('fcp'),
				interactive: p50('hydrated'),
				joined: p50('joined'),
				runs
			};
			log(`  ${pageLine(page.key, result[page.key])}`);
		}
		return result;
	} finally {
		await browser.close();
		await server.stop();
	}
}

const kb = (/** @type {number} */ b) => `${(b / 1000).toFixed(1)} KB`;

/** One line per page for the console. @param {string} key @param {any} p */
export function pageLine(key, p) {
	const t = p.transferred;
	return (
		`${key}: JS+CSS ${kb(p.jsCssGzip9)} at gzip -9; sent: JS ${kb(t.js)}, CSS ${kb(t.css)}, ` +
		`fonts ${kb(t.fonts)}, HTML ${kb(t.html)}, data ${kb(t.data)}, sounds ${kb(t.sounds)}; ` +
		`CPU 4×: first paint ${p.fcp.toFixed(0)} ms, interactive ${p.interactive.toFixed(0)} ms, ` +
		`live ${p.joined.toFixed(0)} ms (p50)` +
		(p.uncompressed.length ? `; sent uncompressed: ${p.uncompressed.join(', ')}` : '')
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		const r = await measurePages({ loads: process.argv.includes('--quick') ? 3 : 7 });
		if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 1));
	} finally {
		await closeTs();
	}
	process.exit(0);
}

/**
 * The summary's rows for docs/benchmarks.md (bench/report.mjs): per page, the weight of its
 * JS + CSS and the time to interactive, against the targets.
 * @param {any} pages @returns {string[][]}
 */
export function pagesSummaryRows(pages) {
	return ['kiosk', 'board'].flatMap((key) => {
		const p = pages[key];
		return [
			[
				`${p.path}: JS + CSS (gzip -9)`,
				kb(p.jsCssGzip9),
				'–',
				'–',
				'≤ 70 KB',
				p.jsCssGzip9 <= 70_000 ? 'met' : '**missed**'
			],
			[
				`${p.path}: interactive, CPU ${pages.cpuSlowdown}× slower (p50 of ${pages.loads} cold loads)`,
				`${(p.interactive / 1000).toFixed(2)} s (first paint ${(p.fcp / 1000).toFixed(2)} s)`,
				'–',
				'–',
				'≤ 1.5 s',
				p.interactive <= 1500 ? 'met' : '**missed**'
			]
		];
	});
}

/** The section of docs/benchmarks.md on page weights and load times. @param {any} pages */
export function pagesSection(pages) {
	const row = (/** @type {any} */ p) =>
		`| ${p.path} | ${kb(p.jsGzip9)} | ${kb(p.cssGzip9)} | ${kb(p.transferred.fonts)} | ` +
		`${kb(p.transferred.html)} | ${kb(p.transferred.data)} | ${kb(p.transferred.sounds)} | ` +
		`${p.fcp.toFixed(0)} ms | ${p.interactive.toFixed(0)} ms | ${p.joined.toFixed(0)} ms |`;
	return `## 6. Page weight and load time

What a kiosk and a board download and how soon they answer on a cheap PC (bench/page-weight.mjs).
Each page is opened in Chromium by a paired device, once to weigh every response: JS and CSS as
their bodies compressed with gzip -9 (what the target counts, whatever the server sends), the
rest as sent over the wire, headers included (fonts and sounds are compressed formats; HTML and
\`__data.json\`, which the kiosk fetches again at every change of the queue, as the server
compresses them). Then ${pages.loads} cold loads (an empty cache each) with the CPU slowed down
${pages.cpuSlowdown}× over CDP (\`Emulation.setCPUThrottlingRate\`); the network is loopback,
unthrottled. Times from the navigation's start, p50, as the page records them itself:
first contentful paint; interactive, the \`okienko:hydrated\` User Timing mark, which the root
layout's effect sets with \`data-hydrated\` once the page is mounted with its handlers (on every
kiosk load the script then taps the first department and waits for its matters, so the
definition is checked); live, the \`okienko:joined\` mark, set when the page's socket joined its
room (a call or a new ticket shows from then on). The script navigates over CDP and reads the
marks from outside, one small expression every 100 ms. Until December 2026 it watched the page
from inside instead (an init script with a MutationObserver on the whole document, and
Playwright's selector polling), work on the throttled main thread that a visitor's kiosk does
not do; the marks are the page's own code, so what a visitor waits for is all still counted.
The board's numbers include the calls of three windows on it. Timings on a machine shared with
other work are noisy; the weights are not.

What the first screen does not need comes later: the kiosk's steps after the first choice at the
first touch, its help panel and its booking-code keypad when first opened, the other languages'
texts when the browser is idle; the board's sound (its autoplay check and the spoken calls' code)
when the browser is idle after the board is up. The pages' socket is a WebSocket from the start, and their
bundle carries no other engine.io transport (vite.config.ts). The font cuts a page surely draws
are named in its Link header, so they come with the scripts, not after the first layout.

**Chromium's own page in the way (2026-12-03, session 12).** Debian's Chromium 156 preloads its
omnibox's popup as a web page of its own in every new window, a "WebUI Top Renderer" that loads
about 400 modules. Each cold load here is a new window, so during every timed load that renderer
took as much CPU (2.5 s of tasks in one traced board load) as the page being timed, on a
two-core machine. A kiosk or board PC runs one window in --kiosk mode, with no omnibox to open,
and pays this once at start if at all. The tests' and benchmarks' Chromium now starts without it
(\`--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup\`, tests/e2e/support/browser.ts,
as Puppeteer now does by default). Measured on a quiet machine minutes apart, p50 of 7 loads:
kiosk interactive 1 419 → 714 ms, board 1 593 → 863 ms; first paint 1 076 → 552 ms and
976 → 580 ms. Earlier figures here included that renderer. The board now also downloads its
chime once: its autoplay check is a silent sound inside the page, and the chime is the spoken
calls' (tests/e2e/board-voice.spec.ts checks one request).

| Page | JS (gzip -9) | CSS (gzip -9) | Fonts | HTML | Data | Sounds | First paint | Interactive | Live |
|---|---|---|---|---|---|---|---|---|---|
${row(pages.kiosk)}
${row(pages.board)}
`;
}
