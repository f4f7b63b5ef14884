/**
 * The office's calendar in Chromium (issue 14): an administrator sets today as a day off at
 * /admin/calendar (axe-clean, with an error in Polish for an impossible date), and the lobby
 * kiosk says the office is closed today and when it opens next, instead of its menu; removing
 * the day brings the menu back. The demo office does not enforce its hours, so the test turns
 * enforcement on in the database first, as an administrator would at /admin/locations.
 */
import Database from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { expect, openAdmin, test } from './support/admin';
import { polishHoliday } from '../../src/lib/server/office/holidays';

test('a day off set at /admin/calendar closes the kiosk today, with the next opening', async ({
	adminPage: page,
	browser,
	server
}) => {
	const db = new Database(server.dbPath);
	db.prepare('UPDATE locations SET hours_enforced = 1 WHERE id = 1').run();
	db.close();

	await openAdmin(page, server.url, '/admin/calendar?location=1');
	await expect(page.getByRole('heading', { level: 1, name: 'Kalendarz urzędu' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Święta państwowe \d{4}/ }).first()).toBeVisible();
	await expectNoAxeViolations(page, '/admin/calendar');

	// An impossible date is refused in Polish, and nothing is written.
	const day = page.getByLabel('Data', { exact: true });
	await day.fill('2026-02-30').catch(async () => {
		// A date input cannot hold an impossible date: send it as text instead.
		await day.evaluate((el: HTMLInputElement) => (el.type = 'text'));
		await day.fill('2026-02-30');
	});
	await page.getByRole('button', { name: 'Zapisz dzień' }).click();
	await expect(page.getByRole('alert').first()).toContainText('Podaj prawdziwą datę');
	await expectNoAxeViolations(page, '/admin/calendar with an error');

	// Today (the form's default date) as a day off.
	await openAdmin(page, server.url, '/admin/calendar?location=1');
	await page.getByLabel('Opis (widoczny dla pracowników)').fill('Dzień wolny za sobotnie święto');
	await page.getByRole('button', { name: 'Zapisz dzień' }).click();
	await expect(page.getByTestId('calendar-days')).toContainText('Dzień wolny za sobotnie święto');

	const kiosk = await (await browser.newContext()).newPage();
	await kiosk.goto(`${server.url}/kiosk/bierun`);
	const closed = kiosk.getByTestId('closed-today');
	await expect(closed).toContainText('Dziś urząd nie przyjmuje klientów');
	await expect(closed).toContainText('Dzień wolny za sobotnie święto');
	await expect(closed).toContainText(/Zapraszamy .+, od godz\. \d\d:\d\d\./);
	await expect(kiosk.getByRole('button', { name: /Wydział Spraw Obywatelskich/ })).toHaveCount(0);
	await expectNoAxeViolations(kiosk, 'kiosk closed today');

	// Removing the day brings the menu back (the kiosk reloads its menu on the change).
	await page.getByRole('button', { name: /^Usuń dzień/ }).click();
	await expect(page.getByText('Nie ustawiono żadnych dni.')).toBeVisible();
	const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
	// On a public holiday the kiosk stays closed, with the holiday's name instead.
	if (polishHoliday(today) === null) {
		await expect(kiosk.getByRole('button', { name: /Wydział Spraw Obywatelskich/ })).toBeVisible();
		await expect(closed).toHaveCount(0);
	} else {
		await expect(closed).toContainText(polishHoliday(today)!);
	}
});
