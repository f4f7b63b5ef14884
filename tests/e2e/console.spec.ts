import { expect, test } from './support/fixtures';
import { windowId, joined } from './support/office';
import { authFetch } from '../support/credentials';

async function issue(baseUrl: string, namePrefix: string): Promise<string> {
	const menu = await authFetch(`${baseUrl}/api/locations/1/menu`).then((r) => r.json());
	const service = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith(namePrefix));
	const res = await authFetch(`${baseUrl}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId: service.id, priority: null })
	});
	return (await res.json()).data.ticket.number;
}

test('a transfer with a note reaches the receiving window before it calls (SR-05)', async ({
	browser,
	server
}) => {
	const number = await issue(server.url, 'Informacja ogólna');
	const front = await browser.newPage();
	const usc = await browser.newPage();
	await front.goto(`${server.url}/clerk/${await windowId(server.url, '1')}`);
	await joined(front);
	await usc.goto(`${server.url}/clerk/${await windowId(server.url, '4')}`);
	await joined(usc);

	await front.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(front.getByTestId('console-current')).toContainText(number);
	await front.getByRole('button', { name: /Przekaż/ }).click();
	const dialog = front.getByRole('dialog');
	await dialog
		.getByLabel('Wydział')
		.selectOption({ label: 'Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego' });
	await dialog.getByLabel(/Notatka/).fill('Zameldowanie na pobyt stały – ma komplet dokumentów');
	await dialog.getByRole('button', { name: 'Przekaż bilet' }).click();
	await expect(dialog).toBeHidden();
	await expect(front.getByTestId('console-current')).not.toContainText(number);

	const next = usc.getByTestId('console-next');
	await expect(next).toContainText(number);
	await expect(next).toContainText('Zameldowanie na pobyt stały');
	await usc.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(usc.getByTestId('console-current')).toContainText('ma komplet dokumentów');
});

test('a paused window calls no one until it resumes', async ({ page, server }) => {
	const number = await issue(server.url, 'Sprawy obywatelskie');
	await page.goto(`${server.url}/clerk/${await windowId(server.url, '5')}`);
	await joined(page);
	await page.getByRole('button', { name: /Przerwa/ }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Powód przerwy').fill('Konsultacja w wydziale');
	await dialog.getByRole('button', { name: 'Rozpocznij przerwę' }).click();
	await expect(page.locator('body')).toContainText('Powód przerwy: Konsultacja w wydziale');
	await expect(page.getByRole('button', { name: /Wezwij następnego/ })).toBeDisabled();
	await page.getByRole('button', { name: /Wznów/ }).click();
	await page.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(page.getByTestId('console-current')).toContainText(number);
});
