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
	// Caps for a test that hangs, generous enough for a busy 2-core machine (CI runs on a
	// developer's machine that may be building or testing something else): every step waits for
	// a condition, so a quiet machine is no slower.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	use: {
		launchOptions: chromiumLaunchOptions(),
		locale: 'pl-PL',
		timezoneId: 'Europe/Warsaw'
	}
});
