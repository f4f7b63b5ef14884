/**
 * The staff's question log in Chromium (issue 15, SR-26): at the console, O opens the note with
 * the current ticket's matter chosen; a phone number is refused in Polish and the note kept in the
 * field; without it the note is saved. The manager sees it by matter at /manage/backroom. Axe on
 * the open note and on the manager's page.
 */
import { signIn } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';
import { joined, windowId } from './support/office';

test('a clerk notes a frequent question from the console with one key; the manager sees it', async ({
	browser,
	server
}) => {
	const clerk = await (
		await browser.newContext({ storageState: signedInAs(await signIn(server.url, 'urzednik')) })
	).newPage();
	await clerk.goto(`${server.url}/clerk/${await windowId(server.url, '4')}`);
	await joined(clerk);
	await clerk.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });

	await clerk.keyboard.press('o');
	const dialog = clerk.getByRole('dialog', { name: 'Notatka do rejestru pytań i problemów' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('Treść (bez danych klienta)')).toBeFocused();
	await expect(dialog.getByText(/Nie wpisuj danych klienta/)).toBeVisible();
	await expectNoAxeViolations(clerk, 'console note');

	const text = dialog.getByLabel('Treść (bez danych klienta)');
	await text.fill('Pani prosi o oddzwonienie: 601 234 567');
	await dialog.getByRole('button', { name: 'Zapisz notatkę' }).click();
	await expect(dialog.getByRole('alert')).toHaveText(/zawiera numer telefonu/);
	await expect(text).toHaveValue('Pani prosi o oddzwonienie: 601 234 567');

	await dialog
		.getByLabel('Sprawa')
		.selectOption({ label: 'Sprawy obywatelskie i stanu cywilnego' });
	await text.fill('Czy zaświadczenie o zameldowaniu wydacie od ręki?');
	await dialog.getByRole('button', { name: 'Zapisz notatkę' }).click();
	await expect(dialog).toBeHidden();
	await expect(clerk.getByText('Notatka zapisana. Dziękujemy.')).toBeVisible();

	const manager = await (
		await browser.newContext({ storageState: signedInAs(await signIn(server.url, 'kierownik')) })
	).newPage();
	await manager.goto(`${server.url}/manage/backroom`);
	const summary = manager.getByTestId('notes-summary');
	await expect(
		summary.getByRole('row', { name: /Sprawy obywatelskie i stanu cywilnego/ })
	).toContainText('1');
	await expect(
		manager.getByText('Czy zaświadczenie o zameldowaniu wydacie od ręki?')
	).toBeVisible();
	await expectNoAxeViolations(manager, '/manage/backroom');
});
