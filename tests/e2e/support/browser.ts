import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

/**
 * Chromium may keep only one of two --disable-features switches (Puppeteer merges them for that
 * reason), so this one repeats Playwright's own list (1.65) and adds the omnibox's popup: since
 * Chromium 15x every new window preloads that popup as a web page of its own (a "WebUI Top
 * Renderer" loading about 400 modules), which on this two-core machine took as much CPU as the
 * kiosk page whose load it was timing. A kiosk or board in --kiosk mode has no omnibox to open
 * (docs/benchmarks.md, section 6).
 */
const DISABLED_FEATURES = [
	'WebUIOmniboxPopup',
	'WebUIOmniboxAimPopup',
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch'
];

/**
 * Chromium for the e2e tests: CHROMIUM_PATH, else the system's (Debian's package), else the one
 * `npx playwright install chromium` put in Playwright's cache. The flags keep a headless Chromium
 * from reaching out to the internet (closed here) at start-up.
 */
export function chromiumLaunchOptions(): LaunchOptions {
	const executablePath =
		process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.find((p) => fs.existsSync(p)) || undefined;
	return {
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--autoplay-policy=no-user-gesture-required',
			`--disable-features=${DISABLED_FEATURES.join(',')}`
		]
	};
}
