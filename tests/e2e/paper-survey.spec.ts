/**
 * Typing in paper surveys (issue 12, item 17): a blank form is refused, the date field says in
 * words what is wrong with the date, next to it, and only forms with an answer are counted.
 */
import Database from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

function responses(dbPath: string): number {
	const db = new Database(dbPath, { readonly: true });
	try {
		return db.prepare('SELECT count(*) FROM survey_responses').pluck().get() as number;
	} finally {
		db.close();
	}
}

test('a blank paper form is refused: "Formularz jest pusty", nothing saved', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/survey/paper`);
	await page.getByLabel('Data wypełnienia ankiety').fill('2026-01-15');
	// Departments alone are not an answer.
	await page.getByLabel('Referat Podatków').check();
	await page.getByRole('button', { name: 'Zapisz ankietę' }).click();
	await expect(page.getByRole('alert')).toContainText('Formularz jest pusty.');
	await expect(page.getByText(/Zapisano ankietę/)).toHaveCount(0);
	expect(responses(server.dbPath)).toBe(0);
	await expectNoAxeViolations(page, 'paper survey, blank form refused');

	// One answer is enough.
	await page
		.getByRole('group', { name: /A\. uprzejmość/ })
		.getByLabel('jestem zadowolona/y')
		.check();
	await page.getByRole('button', { name: 'Zapisz ankietę' }).click();
	await expect(page.getByText(/Zapisano ankietę/)).toBeVisible();
	expect(responses(server.dbPath)).toBe(1);
});

test('the date field says what is wrong next to it: empty, in the future', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/survey/paper`);
	const day = page.getByLabel('Data wypełnienia ankiety');
	await page
		.getByRole('group', { name: /E\. czas oczekiwania/ })
		.getByLabel('jestem niezadowolona/y')
		.check();
	const save = page.getByRole('button', { name: 'Zapisz ankietę' });

	await day.fill('');
	await save.click();
	await expect(day).toHaveAttribute('aria-invalid', 'true');
	await expect(day).toHaveAccessibleDescription(
		'Podaj datę wypełnienia ankiety (dzień, miesiąc i rok).'
	);
	await expect(day).toBeFocused();
	await expect(page.getByRole('alert')).toContainText('Popraw datę wypełnienia ankiety.');
	await expectNoAxeViolations(page, 'paper survey, date missing');

	await day.fill('2099-05-04');
	await expect(day).not.toHaveAttribute('aria-invalid'); // typing clears the old message
	await save.click();
	await expect(day).toHaveAccessibleDescription(
		/^Data nie może być z przyszłości: ankietę wypełniono najpóźniej dzisiaj \(\d{1,2}\.\d{2}\.\d{4}\)\.$/
	);
	expect(responses(server.dbPath)).toBe(0);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('input[type="date"]')).toHaveAccessibleDescription(
		/^The date cannot be in the future/
	);
	await page.getByRole('button', { name: 'Polski' }).click();

	await day.fill('2026-01-15');
	await save.click();
	await expect(page.getByText(/Zapisano ankietę/)).toBeVisible();
	await expect(day).not.toHaveAttribute('aria-invalid');
	expect(responses(server.dbPath)).toBe(1);
});
