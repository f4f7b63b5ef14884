/**
 * Accounts in Chromium: a clerk signs in, works the console and signs out; a kiosk and a board
 * are paired with one-time codes and then work unattended; the sign-in, pairing and
 * administration pages pass axe.
 */
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { joined, takeCivicAffairsTicket, windowId } from './support/office';
import { newDeviceCode } from '../support/auth';

test.describe('signed out', () => {
	test.use({ storageState: { cookies: [], origins: [] } });

	test('a clerk signs in, works the console and signs out', async ({ page, browser, server }) => {
		const kiosk = await browser.newPage({ storageState: undefined });
		await kiosk.context().addCookies([
			{
				name: server.adminCookie.split('=')[0]!,
				value: server.adminCookie.split('=')[1]!,
				url: server.url
			}
		]);
		await kiosk.goto(`${server.url}/kiosk/bierun`);
		const number = await takeCivicAffairsTicket(kiosk);

		const console = `${server.url}/clerk/${await windowId(server.url, '4')}`;
		await page.goto(console);
		// Not signed in: asked to, and brought back afterwards.
		await expect(page).toHaveURL(/\/login\?next=/);
		await expectNoAxeViolations(page, 'sign-in');
		await page.getByLabel('Login').fill('urzednik');
		await page.getByLabel('Hasło').fill('zle-haslo-123');
		await page.getByRole('button', { name: 'Zaloguj się' }).click();
		await expect(page.getByRole('alert')).toHaveText('Nieprawidłowy login lub hasło.');
		await page.getByLabel('Hasło').fill('demo-urzednik-okienko');
		await page.getByRole('button', { name: 'Zaloguj się' }).click();
		await expect(page).toHaveURL(console);
		await joined(page);
		await expect(page.getByText('Zalogowano: Katarzyna Kowalczyk (urzednik)')).toBeVisible();

		await page.getByRole('button', { name: /Wezwij następnego/ }).click();
		await expect(page.getByTestId('console-current')).toContainText(number);

		await page.getByRole('button', { name: 'Wyloguj' }).click();
		await expect(page).toHaveURL(/\/login\?signed_out/);
		await expect(page.getByRole('status')).toHaveText('Wylogowano.');
		await page.goto(console);
		await expect(page).toHaveURL(/\/login\?next=/);
	});

	test('a kiosk and a board are paired with one-time codes', async ({ page, browser, server }) => {
		const code = await newDeviceCode(server.url, server.adminCookie, 'kiosk', { name: 'Wejście' });
		await page.goto(`${server.url}/kiosk`);
		await expect(page).toHaveURL(/\/pair\?next=/);
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await expectNoAxeViolations(page, 'pairing');
		await page.getByLabel('Kod parowania').fill('zzzzz-zzzzz');
		await page.getByRole('button', { name: 'Sparuj' }).click();
		await expect(page.getByText('Ten kod jest nieprawidłowy')).toBeVisible();
		await page.getByLabel('Kod parowania').fill(code.toLowerCase());
		await page.getByRole('button', { name: 'Sparuj' }).click();
		await expect(page).toHaveURL(`${server.url}/kiosk/bierun`);
		const number = await takeCivicAffairsTicket(page);
		expect(number).toMatch(/^U\d{3}$/);
		// A kiosk may not open staff screens.
		const res = await page.goto(`${server.url}/clerk`);
		expect(res?.status()).toBe(403);

		const boardCode = await newDeviceCode(server.url, server.adminCookie, 'board');
		const board = await browser.newPage({ storageState: undefined });
		await board.goto(`${server.url}/pair`);
		// Typed after hydration: a value typed before it may be cleared by it (a busy machine).
		await expect(board.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await board.getByLabel('Kod parowania').fill(boardCode);
		await board.getByRole('button', { name: 'Sparuj' }).click();
		await expect(board).toHaveURL(`${server.url}/display/bierun`);
		await joined(board);
	});
});

test('the administration pages pass axe and show the pairing code once', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/admin/staff`);
	await expect(page.getByRole('heading', { name: 'Pracownicy', level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Wiśniewski, Piotr' })).toBeVisible();
	await expectNoAxeViolations(page, 'staff');
	// A bad form explains itself, in Polish.
	await page.getByRole('button', { name: 'Dodaj pracownika' }).click();
	await expect(page.getByRole('alert')).toHaveText('Popraw zaznaczone pola.');
	await expect(page.getByText('To pole jest wymagane.').first()).toBeVisible();
	await expect(page.getByText('Hasło musi mieć co najmniej 12 znaków.')).toBeVisible();
	await expectNoAxeViolations(page, 'staff with errors');

	await page.goto(`${server.url}/admin/devices`);
	await page.getByLabel('Nazwa (np. „Kiosk przy wejściu”)').fill('Tablica na parterze');
	await page.getByLabel('Rodzaj').selectOption('board');
	await page.getByRole('button', { name: 'Utwórz i pokaż kod' }).click();
	await expect(page.getByRole('status')).toContainText(
		/Kod parowania dla „Tablica na parterze”: [A-Z2-9]{5}-[A-Z2-9]{5}/
	);
	await expect(page.getByRole('cell', { name: 'czeka na parowanie' })).toBeVisible();
	await expectNoAxeViolations(page, 'devices');

	await page.goto(`${server.url}/admin/audit?kind=device`);
	await expect(page.getByRole('cell', { name: 'device.create' })).toBeVisible();
	await expectNoAxeViolations(page, 'audit');

	await page.goto(`${server.url}/account`);
	await expectNoAxeViolations(page, 'account');
});
