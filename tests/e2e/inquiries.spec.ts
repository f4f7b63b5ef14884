/**
 * The inquiry register in Chromium (issue 15, Annex 2): Katarzyna at the front takes a question on
 * the phone (the form's script shown, the phone required, refused in Polish without it), forwards
 * it to Tomasz with a request for an answer; he sees it forwarded to him, confirms the call-back
 * and closes it; she still sees it (SR-13) but may not act; the manager of another department
 * gets a 404; /manage counts it as answered in time. Axe on each screen.
 */
import type { Browser, Page } from '@playwright/test';
import { signIn, type StaffLogin } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';

async function staffPage(browser: Browser, url: string, login: StaffLogin): Promise<Page> {
	const context = await browser.newContext({ storageState: signedInAs(await signIn(url, login)) });
	return context.newPage();
}

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

test('an inquiry from intake to call-back, forwarded between two clerks', async ({
	browser,
	server
}) => {
	const kasia = await staffPage(browser, server.url, 'urzednik');
	await open(kasia, `${server.url}/inquiries`);
	await expect(kasia.getByRole('heading', { level: 1, name: 'Rejestr zapytań' })).toBeVisible();
	await expect(
		kasia.getByText('Dodaj, że oddzwonimy najszybciej, jak to będzie możliwe.')
	).toBeVisible();
	await expectNoAxeViolations(kasia, '/inquiries');

	// Without a phone number: refused in Polish, the question kept.
	const question = 'Czy zaświadczenie o zameldowaniu można odebrać w sobotę?';
	await kasia.getByLabel('Zapytanie:').fill(question);
	await kasia.getByRole('button', { name: 'Zapisz zapytanie' }).click();
	await expect(kasia.getByRole('alert').first()).toContainText('To pole jest wymagane');
	await expect(kasia.getByLabel('Zapytanie:')).toHaveValue(question);
	await expectNoAxeViolations(kasia, '/inquiries refused');

	await kasia.getByLabel('Nr telefonu:').fill('+48 600 100 200');
	await kasia.getByRole('button', { name: 'Zapisz zapytanie' }).click();
	await expect(kasia).toHaveURL(/\/inquiries\/\d+\?created=1$/);
	await expect(kasia.getByText(/^Zapytanie zapisane. Oddzwoń najpóźniej/)).toBeVisible();
	await expect(kasia.getByText(question)).toBeVisible();
	await expect(kasia.getByTestId('inquiry-phone')).toHaveText('+48 600 100 200');
	await expect(kasia.getByText('Uwaga: Formularz zapytania pozostaje u pracownika')).toBeVisible();
	await expectNoAxeViolations(kasia, '/inquiries/[id]');
	const link = kasia.url().replace(/\?.*$/, '');

	await kasia.getByLabel('Pracownikowi').selectOption({ label: 'Zieliński Tomasz' });
	await kasia.getByRole('button', { name: 'Przekaż z prośbą o udzielenie odpowiedzi' }).click();
	await expect(kasia.getByText('Tomasz Zieliński z prośbą o udzielenie odpowiedzi.')).toBeVisible();
	await expect(kasia.getByText(/widzisz je, ale odpowiada osoba/)).toBeVisible();
	await expect(kasia.getByRole('button', { name: /Potwierdzam/ })).toHaveCount(0);

	const tomasz = await staffPage(browser, server.url, 'urzednik2');
	await open(tomasz, `${server.url}/inquiries`);
	await expect(tomasz.getByTestId('inq-forwarded')).toContainText(question);
	await tomasz.getByTestId('inq-forwarded').getByRole('link').first().click();
	await expect(tomasz.getByTestId('inquiry-phone')).toHaveText('+48 600 100 200');
	await tomasz.getByRole('button', { name: /Potwierdzam/ }).click();
	await expect(tomasz.getByTestId('inquiry-due')).toContainText('klient poinformowany');
	await tomasz.getByRole('button', { name: 'Zamknij zapytanie' }).click();
	await expect(tomasz.getByTestId('inquiry-due')).toContainText('zamknięte');
	await expectNoAxeViolations(tomasz, '/inquiries/[id] closed');

	// The receiver keeps sight of it; a head of another department does not see it at all.
	await open(kasia, `${server.url}/inquiries`);
	await expect(kasia.getByTestId('inq-mine')).toContainText('zamknięte');
	const head = await staffPage(browser, server.url, 'kierownik');
	const res = await head.goto(link);
	expect(res?.status()).toBe(404);
	await expect(head.getByText(question)).toHaveCount(0);

	// The statistics: one received, answered in time; the CSV says the same.
	const admin = await (await browser.newContext()).newPage();
	await open(admin, `${server.url}/manage`);
	const table = admin.getByTestId('inquiries-by-department');
	await expect(table.getByRole('row', { name: /Wszystkie wydziały/ })).toContainText(
		/1\s*1\s*100 %/
	);
	await expectNoAxeViolations(admin, '/manage with inquiries');
	const csv = await admin.request.get(`${server.url}/api/manage/inquiries.csv`);
	expect(csv.status()).toBe(200);
	const lines = (await csv.text()).split('\r\n');
	expect(lines[0]).toContain('W terminie 3 dni roboczych');
	expect(lines[1]).toMatch(/^Wszystkie wydziały;;1;1;1;100;/);
});
