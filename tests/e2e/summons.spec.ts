/**
 * Summoning a specialist in Chromium (issue 15, SR-02/SR-07), two consoles: Katarzyna at window 4
 * opens the directory panel, finds Tomasz and summons him with a note; his console (window 1)
 * shows the banner at once (axe with it open), he answers "Idę", and her console says he is
 * coming, then that he is there. A refusal leaves her an inquiry to record instead, prefilled.
 */
import type { Browser, Page } from '@playwright/test';
import { signIn, type StaffLogin } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';
import { joined, windowId } from './support/office';

async function console(browser: Browser, url: string, login: StaffLogin, label: string) {
	const context = await browser.newContext({ storageState: signedInAs(await signIn(url, login)) });
	const page = await context.newPage();
	await page.goto(`${url}/clerk/${await windowId(url, label)}`);
	await joined(page);
	await page.locator('[data-summons-live="joined"]').waitFor({ state: 'attached' });
	return page;
}

async function summonTomasz(kasia: Page, note: string, axe = false): Promise<void> {
	await kasia.getByRole('button', { name: 'Wezwij specjalistę (książka telefoniczna)' }).click();
	await kasia.getByLabel('Krótka notatka dla wzywanego (bez danych klienta)').fill(note);
	await kasia.getByLabel(/Szukaj w książce telefonicznej/).fill('zielin');
	if (axe) await expectNoAxeViolations(kasia, 'a console with the directory panel open');
	await kasia.getByRole('button', { name: 'Wezwij: Tomasz Zieliński' }).click();
	await expect(kasia.getByText('Wezwanie czeka na odpowiedź: Tomasz Zieliński')).toBeVisible();
}

test('a summons reaches the other console, is accepted, and the summoner sees who comes', async ({
	browser,
	server
}) => {
	const kasia = await console(browser, server.url, 'urzednik', '4');
	const tomasz = await console(browser, server.url, 'urzednik2', '1');

	await summonTomasz(kasia, 'Klientka pyta o ulgę w podatku od nieruchomości', true);

	const banner = tomasz.getByTestId('summons-banners');
	await expect(banner.getByRole('heading')).toHaveText('Wezwanie do stanowiska 4 (pokój 105)');
	await expect(banner).toContainText('Wzywa: Katarzyna Kowalczyk');
	await expect(banner).toContainText('Notatka: Klientka pyta o ulgę w podatku od nieruchomości');
	await expectNoAxeViolations(tomasz, 'a console with a summons banner open');

	await banner.getByRole('button', { name: 'Idę' }).click();
	await expect(kasia.getByText('Tomasz Zieliński idzie do stanowiska.')).toBeVisible();
	await expect(banner.getByRole('heading')).toHaveText('Idziesz do stanowiska 4 (pokój 105).');
	await expectNoAxeViolations(kasia, 'a console with a summons accepted');

	await kasia.getByRole('button', { name: 'Jest przy stanowisku' }).click();
	await expect(kasia.getByText('Tomasz Zieliński jest przy stanowisku.')).toBeVisible();
	await expect(banner.getByRole('heading')).toHaveCount(0);
});

test('a refusal leaves the summoner an inquiry to record instead, prefilled', async ({
	browser,
	server
}) => {
	const kasia = await console(browser, server.url, 'urzednik', '4');
	const tomasz = await console(browser, server.url, 'urzednik2', '1');

	await summonTomasz(kasia, 'Pytanie o raty zaległego podatku');
	const banner = tomasz.getByTestId('summons-banners');
	await banner.getByRole('button', { name: 'Nie mogę przyjść' }).click();
	await banner.getByLabel('Powód odmowy').fill('Szkolenie do 14:00');
	await banner.getByRole('button', { name: 'Wyślij odmowę' }).click();

	await expect(kasia.getByText('Nikt nie może przyjść.')).toBeVisible();
	await expect(
		kasia.getByText('Tomasz Zieliński nie może przyjść: Szkolenie do 14:00')
	).toBeVisible();
	await kasia
		.getByRole('link', { name: 'Przyjmij zgłoszenie do oddzwonienia zamiast tego' })
		.click();
	await expect(kasia.getByLabel('Zapytanie:')).toHaveValue('Pytanie o raty zaległego podatku');
	await expect(kasia.getByRole('radio', { name: 'Osobiście' })).toBeChecked();
});

test('the directory page alerts the summoned too, and the first to accept takes a department’s summons', async ({
	browser,
	server
}) => {
	const kasia = await console(browser, server.url, 'urzednik', '4');
	// Tomasz on the directory page, not at a console: its banner is the same.
	const context = await browser.newContext({
		storageState: signedInAs(await signIn(server.url, 'urzednik2'))
	});
	const tomasz = await context.newPage();
	await tomasz.goto(`${server.url}/directory`);
	await tomasz.locator('[data-summons-live="joined"]').waitFor({ state: 'attached' });

	await kasia.getByRole('button', { name: 'Wezwij specjalistę (książka telefoniczna)' }).click();
	await kasia.getByLabel('Wydział', { exact: true }).selectOption({ label: 'Referat Podatków' });
	await kasia.getByRole('button', { name: 'Wezwij dowolnego pracownika wydziału' }).click();

	const banner = tomasz.getByTestId('summons-banners');
	await expect(banner).toContainText('Do dowolnego pracownika wydziału: Referat Podatków');
	await expectNoAxeViolations(tomasz, 'the directory with a summons banner open');
	await banner.getByRole('button', { name: 'Idę' }).click();
	await expect(kasia.getByText('Tomasz Zieliński idzie do stanowiska.')).toBeVisible();
});
