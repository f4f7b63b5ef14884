/**
 * The staff directory in Chromium (issue 15, SR-15/16/19): Tomasz searches for Katarzyna as he
 * types (and by ?q= without JS), Katarzyna sets herself absent until a date, and Tomasz's open
 * page shows it at once, in words, with whom to contact instead. An administrator gives her an
 * extension and a room at /admin/staff. Axe on each screen.
 */
import type { Browser, Page } from '@playwright/test';
import { signIn, type StaffLogin } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';

async function staffPage(
	browser: Browser,
	url: string,
	login: StaffLogin,
	javaScriptEnabled = true
): Promise<Page> {
	const context = await browser.newContext({
		storageState: signedInAs(await signIn(url, login)),
		javaScriptEnabled
	});
	return context.newPage();
}

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

const row = (page: Page, name: RegExp) =>
	page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

test('search, set one’s own presence, and a second browser sees it change live', async ({
	browser,
	server
}) => {
	const tomasz = await staffPage(browser, server.url, 'urzednik2');
	await open(tomasz, `${server.url}/directory`);
	await expect(
		tomasz.getByRole('heading', { level: 1, name: 'Książka telefoniczna pracowników' })
	).toBeVisible();
	await expect(row(tomasz, /Katarzyna Kowalczyk/)).toContainText('w biurze');
	await expectNoAxeViolations(tomasz, '/directory');

	// Filters as he types: by position, case and Polish letters ignored.
	const search = tomasz.getByLabel(/^Szukaj/);
	await search.fill('podinspektor');
	await expect(tomasz.locator('#directory-found')).toHaveText('Znaleziono 1 osobę');
	await expect(row(tomasz, /Tomasz Zieliński/)).toBeVisible();
	await expect(row(tomasz, /Katarzyna Kowalczyk/)).toHaveCount(0);
	await search.fill('');
	await expect(row(tomasz, /Katarzyna Kowalczyk/)).toBeVisible();

	// Katarzyna, in her own browser, is away for a week.
	const until = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
	const kasia = await staffPage(browser, server.url, 'urzednik');
	await open(kasia, `${server.url}/directory`);
	const mine = kasia.getByRole('region', { name: 'Moja obecność' });
	await mine.getByLabel('Obecność', { exact: true }).selectOption('absent');
	await mine.getByLabel('Nieobecność do dnia (opcjonalnie)').fill(until);
	await mine.getByRole('button', { name: 'Zapisz obecność' }).click();
	await expect(mine.getByText(`nieobecny(-a) do ${until}`)).toBeVisible();
	await expectNoAxeViolations(kasia, '/directory after a change');

	// Tomasz did not reload: the row says it in words, and whom to contact instead (him, her
	// substitute).
	const hers = row(tomasz, /Katarzyna Kowalczyk/);
	await expect(hers).toContainText(`nieobecny(-a) do ${until}`);
	await expect(hers).toContainText('w zastępstwie: Tomasz Zieliński');

	// A date that has passed is refused in Polish, and nothing changes.
	await mine.getByLabel('Obecność', { exact: true }).selectOption('remote');
	await mine.getByLabel('Nieobecność do dnia (opcjonalnie)').fill('');
	await mine.getByLabel('Obecność', { exact: true }).selectOption('absent');
	await mine.getByLabel('Nieobecność do dnia (opcjonalnie)').fill('2020-01-01');
	await mine.getByRole('button', { name: 'Zapisz obecność' }).click();
	await expect(mine.getByRole('alert').first()).toContainText('od dziś do dwóch lat naprzód');
	await expect(hers).toContainText(`nieobecny(-a) do ${until}`);
});

test('search works without JavaScript, and the extension and room come from /admin/staff', async ({
	browser,
	server
}) => {
	const admin = await staffPage(browser, server.url, 'admin');
	await open(admin, `${server.url}/admin/staff`);
	await admin.getByRole('link', { name: 'Kowalczyk, Katarzyna' }).click();
	await admin.getByLabel('Numer wewnętrzny').fill('214');
	await admin.getByLabel('Pokój').fill('12a');
	await admin.getByRole('button', { name: 'Zapisz', exact: true }).click();
	await expect(admin.getByText('Zapisano.').first()).toBeVisible();

	const plain = await staffPage(browser, server.url, 'urzednik2', false);
	await plain.goto(`${server.url}/directory`);
	await plain.getByLabel(/^Szukaj/).fill('214');
	await plain.getByRole('button', { name: 'Szukaj', exact: true }).click();
	await expect(plain).toHaveURL(/\?q=214$/);
	await expect(plain.locator('#directory-found')).toHaveText('Znaleziono 1 osobę');
	await expect(row(plain, /Katarzyna Kowalczyk/)).toContainText('12a');
	await expect(row(plain, /Katarzyna Kowalczyk/)).toContainText('214');
});

test('a manager sets the presence of people of their department, and only theirs', async ({
	browser,
	server
}) => {
	const head = await staffPage(browser, server.url, 'kierownik');
	await open(head, `${server.url}/directory`);
	await expect(row(head, /Tomasz Zieliński/).getByText(/^Zmień obecność/)).toHaveCount(0);
	const hers = row(head, /Katarzyna Kowalczyk/);
	await hers.getByText('Zmień obecność: Katarzyna Kowalczyk').click();
	await hers.getByLabel('Obecność', { exact: true }).selectOption('out_of_room');
	await hers.getByRole('button', { name: 'Zapisz obecność' }).click();
	// The row's words, not the form's option of the same name.
	await expect(hers.locator('span.presence')).toHaveText('poza pokojem');
	await expectNoAxeViolations(head, '/directory, a manager');
});
