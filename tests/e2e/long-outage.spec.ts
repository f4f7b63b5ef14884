/**
 * A server that stays away for many reconnection attempts (an outage of minutes, not a restart):
 * the board and the kiosk cover their screens with a clear "no connection" screen in Polish, keep
 * trying all along, and come back by themselves, working, when the server returns. The test
 * waits on the attempts the pages report, not on wall time.
 */
import { startServer } from '../support/server';
import { authFetch } from '../support/credentials';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { joined, takeCivicAffairsTicket, windowId } from './support/office';

/** Enough attempts to reach the back-off's ceiling and stay there a while. */
const ATTEMPTS = 8;

test('board and kiosk hold a "no connection" screen through a long outage and recover', async ({
	browser,
	server
}) => {
	test.slow(); // eight attempts, the later ones 2.5–7.5 s apart
	const board = await browser.newPage();
	const kiosk = await browser.newPage();
	await board.goto(`${server.url}/display/bierun`);
	await kiosk.goto(`${server.url}/kiosk/bierun`);
	await joined(board);
	await joined(kiosk);
	const window4 = await windowId(server.url, '4');

	// The kiosk reloads its menu every minute: one such reload during the outage (seen as its
	// failed request) must not take the page away to the browser's own error page.
	const menuReloadFailed = kiosk.waitForEvent('requestfailed', {
		predicate: (r) => /\/favicon\.svg|__data\.json/.test(r.url()),
		timeout: 100_000
	});
	await server.stop();
	for (const page of [board, kiosk]) {
		const screen = page.getByTestId('connection-lost');
		await expect(screen).toBeVisible({ timeout: 15_000 });
		await expect(screen.getByText('Brak połączenia z serwerem')).toBeVisible();
		await expect(screen).toContainText('połączy się sam');
	}
	// It keeps trying, attempt after attempt, and the screen holds meanwhile.
	let seen = 0;
	await expect
		.poll(
			async () => {
				const attempts = Number(
					await board.getByTestId('connection-lost').getAttribute('data-reconnect-attempts')
				);
				// The screen never went away between attempts: the count only grows.
				expect(attempts).toBeGreaterThanOrEqual(seen);
				seen = attempts;
				return attempts;
			},
			{ timeout: 90_000, intervals: [1000] }
		)
		.toBeGreaterThanOrEqual(ATTEMPTS);
	await menuReloadFailed;
	await expect(kiosk.getByTestId('connection-lost')).toBeVisible();
	await expect(kiosk).toHaveURL(`${server.url}/kiosk/bierun`);
	await expect(board.getByTestId('connection-lost')).toContainText(/Próba połączenia: \d+/);
	await expect(
		kiosk.getByTestId('connection-lost').getAttribute('data-reconnect-attempts')
	).resolves.toMatch(/^[1-9]\d*$/);
	await expect(board.locator('[data-live="joined"]')).toHaveCount(0);
	await expectNoAxeViolations(board, 'board without connection');
	await expectNoAxeViolations(kiosk, 'kiosk without connection');

	const again = await startServer({ dbPath: server.dbPath, port: server.port });
	try {
		await expect(board.getByTestId('connection-lost')).toBeHidden({ timeout: 20_000 });
		await expect(kiosk.getByTestId('connection-lost')).toBeHidden({ timeout: 20_000 });
		await joined(board);
		await joined(kiosk);
		// Both work again without a reload: a ticket from the kiosk, called, is on the board.
		const number = await takeCivicAffairsTicket(kiosk);
		await authFetch(`${again.url}/api/windows/${window4}/call`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});
		await expect(board.getByTestId('board-call').filter({ hasText: number })).toBeVisible();
	} finally {
		await again.stop();
	}
});
