import Database from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { openAdmin, test, expect } from './support/admin';
import { callAtWindows, demoWindows } from './support/board';
import { joined } from './support/office';
import { authFetch } from '../support/credentials';
import { startServer } from '../support/server';

const act = (baseUrl: string, windowId: number, action: string, body: object = {}) =>
	authFetch(`${baseUrl}/api/windows/${windowId}/${action}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});

test('a call leaves "Zapraszamy" for the last calls when its time is up or its service starts, without a reload', async ({
	page,
	server
}) => {
	// A few seconds instead of minutes: a setting only the database holds (the administration
	// page offers whole minutes), written while the server is stopped.
	await server.stop();
	const db = new Database(server.dbPath);
	db.prepare('UPDATE locations SET board_call_seconds = 4').run();
	db.close();
	const again = await startServer({ dbPath: server.dbPath });
	try {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto(`${again.url}/display/bierun`);
		await joined(page);
		const windows = await demoWindows(again.url);
		const [first, second] = await callAtWindows(again.url, windows.slice(0, 2));
		const invited = (n: string) => page.getByTestId('board-call').filter({ hasText: n! });
		const past = page.getByTestId('board-history');
		await expect(invited(first!)).toBeVisible();
		await expect(invited(second!)).toBeVisible();

		// The second window starts its service: that call is over at once.
		await act(again.url, windows[1]!.id, 'start');
		await expect(invited(second!)).toHaveCount(0);
		await expect(past).toContainText(second!);

		// Nothing else happens: the board's own timer moves the first call when its time is up.
		await expect(invited(first!)).toHaveCount(0, { timeout: 15_000 });
		await expect(past.locator('li').first()).toContainText(second!);
		await expect(past).toContainText(first!);
		await expect(page.getByTestId('board-current')).toBeEmpty();

		// A reload shows the same.
		await page.reload();
		await joined(page);
		await expect(page.getByTestId('board-call')).toHaveCount(0);
		await expect(past).toContainText(first!);

		// A recall invites the client again, for a new period.
		await act(again.url, windows[0]!.id, 'recall');
		await expect(invited(first!)).toBeVisible();
		await expect(invited(first!)).toHaveCount(0, { timeout: 15_000 });
	} finally {
		await again.stop();
	}
});

test('the administrator sets the call time and shows paused windows, with "przerwa" and never the reason', async ({
	adminPage,
	page,
	server
}) => {
	await openAdmin(adminPage, server.url, '/admin/locations');
	const board = adminPage.getByRole('region', { name: 'Tablica wezwań' });
	const minutes = board.getByLabel(/Jak długo wezwanie stoi/);
	await expect(minutes).toHaveValue('5');
	await minutes.fill('0');
	await board.getByRole('button', { name: 'Zapisz' }).click();
	await expect(adminPage.locator('#board-callHighlightMinutes-error')).toContainText(
		'Podaj liczbę minut od 1 do 60.'
	);
	await expect(minutes).toBeFocused();
	await minutes.fill('2');
	await board.getByLabel('Pokazuj stanowiska na przerwie').check();
	await board.getByRole('button', { name: 'Zapisz' }).click();
	await expect(board.getByRole('status')).toContainText('Zapisano zmiany.');
	await expectNoAxeViolations(adminPage, 'admin: locations with the board settings');
	const api = await authFetch(`${server.url}/api/locations/1/board`).then((r) => r.json());
	expect(api.data.callHighlightMs).toBe(2 * 60_000);

	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	const windows = await demoWindows(server.url);
	await callAtWindows(server.url, windows.slice(0, 1));
	const reason = 'Jan Kowalski – wizyta u lekarza';
	await act(server.url, windows[2]!.id, 'pause', { reason });
	const paused = page.getByTestId('board-paused');
	await expect(paused).toContainText('Stanowisko 3');
	await expect(paused).toContainText('przerwa');
	await expect(page.locator('body')).not.toContainText('Kowalski');
	await expectNoAxeViolations(page, 'board with a paused window');

	await act(server.url, windows[2]!.id, 'resume');
	await expect(paused).toBeHidden();
});
