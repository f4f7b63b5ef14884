/**
 * Issue 12 items 11 and 12, as a visitor meets them: the ticket screen says how long it stays
 * and keeps the ticket on "Show again"; a ticket taken in English stays English, on the kiosk
 * (the printer's message too) and on the phone the QR code opens. The tests run without a
 * printer, so every ticket here is one that did not print.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('a ticket that did not print counts down, warns once, and Show again keeps it', async ({
	page,
	server
}) => {
	// The page's own timers under the test's hand: no waiting out 20 s of real time.
	await page.clock.install();
	await page.goto(`${server.url}/kiosk/bierun`);
	await page.getByRole('button', { name: /Skargi i wnioski/ }).click();
	await page.getByRole('button', { name: /Bilet zwykły/ }).click();
	await page.getByTestId('ticket-number').waitFor();
	await expect(page.getByTestId('print-status')).toContainText('zapamiętaj go');

	const timer = page.getByRole('timer');
	const warning = page.getByText(/Za chwilę ekran wróci do początku/);
	await expect(timer).toHaveText(/^Ekran wróci do początku za (20|19) sekund$/);
	await page.clock.runFor(5_000);
	await expect(timer).toHaveText(/za 1[54] sekund$/);
	// The seconds are not read out one by one: nothing is said yet.
	await expect(warning).toHaveCount(0);
	await page.clock.runFor(6_000);
	await expect(timer).toHaveText(/za [98] sekund$/);
	await expect(warning).toHaveCount(1);
	await expectNoAxeViolations(page, 'ticket screen counting down');

	await page.getByRole('button', { name: 'Pokaż ponownie' }).click();
	await expect(timer).toHaveText(/za (20|19) sekund$/);
	await expect(warning).toHaveCount(0);
	await page.clock.runFor(18_500);
	await expect(timer).toHaveText(/za (1 sekundę|2 sekundy)$/);
	await expect(page.getByTestId('ticket-number')).toBeVisible();
	await page.clock.runFor(2_000);
	await expect(page.getByTestId('ticket-number')).toBeHidden();
	await expect(page.getByRole('heading', { name: /Wybierz wydział/ })).toBeVisible();
});

test('a ticket taken in English: the printer message follows the switch, the phone opens in English', async ({
	page,
	server,
	browser
}) => {
	await page.goto(`${server.url}/kiosk/bierun`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: 'English' }).click();
	await page.getByRole('button', { name: /Complaints and requests/ }).click();
	await page.getByRole('button', { name: /Regular ticket/ }).click();
	await page.getByTestId('ticket-number').waitFor();
	const status = page.getByTestId('print-status');
	const qr = page.getByTestId('ticket-qr');
	await expect(status).toContainText('No printer is connected yet');
	await expect(qr).toHaveAttribute('data-url', /\/t\/[a-z2-7]{26}\?lang=en$/);

	// The visitor switches on the ticket screen: the printer's message and the code follow.
	await page.getByRole('button', { name: 'Polski' }).click();
	await expect(status).toContainText('Drukarka nie jest jeszcze podłączona');
	await expect(qr).toHaveAttribute('data-url', /\/t\/[a-z2-7]{26}$/);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(status).toContainText('No printer is connected yet');
	const url = (await qr.getAttribute('data-url'))!;
	expect(url).toMatch(/\?lang=en$/);

	// A phone that has never seen Okienko opens the ticket in English, at the plain address.
	const phone = await (
		await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: undefined })
	).newPage();
	await phone.goto(url);
	await expect(phone).toHaveURL(/\/t\/[a-z2-7]{26}$/);
	await expect(phone.getByRole('heading', { name: 'Your ticket' })).toBeVisible();
	await expect(phone.locator('html')).toHaveAttribute('lang', 'en');
	await expect(phone.getByTestId('live-state')).toContainText('You are in the queue');
	await expectNoAxeViolations(phone, 'phone page in English');

	// ... and the visitor may still switch there, for good.
	await expect(phone.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await phone.getByRole('button', { name: 'Polski' }).click();
	await expect(phone.getByRole('heading', { name: 'Twój bilet' })).toBeVisible();
	await phone.reload();
	await expect(phone.getByRole('heading', { name: 'Twój bilet' })).toBeVisible();
	await phone.context().close();
});
