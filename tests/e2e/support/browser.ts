import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
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
			'--autoplay-policy=no-user-gesture-required'
		]
	};
}
