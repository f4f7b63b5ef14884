import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser';

// Each test starts its own production server on a free port with a fresh database
// (tests/e2e/support/fixtures.ts), so tests never share state. Needs `npm run build` first.
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 60_000,
	use: {
		launchOptions: chromiumLaunchOptions(),
		locale: 'pl-PL',
		timezoneId: 'Europe/Warsaw'
	}
});
