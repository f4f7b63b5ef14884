/**
 * The office administration in Chromium: editing through the page with a Polish error on bad
 * input (focus on the field), axe WCAG 2.1 AA on every page, and the kiosk showing a renamed
 * matter without a reload.
 */
import { expectNoAxeViolations } from './support/axe';
import { adminContext, expect, openAdmin, test } from './support/admin';
import { windowId } from './support/office';
import { authFetch } from '../support/credentials';

async function serviceIdByName(baseUrl: string, name: string): Promise<number> {
	const menu = await fetch(`${baseUrl}/api/locations/1/menu`).then((r) => r.json());
	const all = (
		menu.data.departments as { services: { id: number; name: { pl: string } }[] }[]
	).flatMap((d) => d.services);
	const found = all.find((s) => s.name.pl === name);
	if (!found) throw new Error(`no matter ${name}`);
	return found.id;
}

test('every administration page passes axe, also with its errors shown', async ({
	adminPage: page,
	server
}) => {
	const w4 = await windowId(server.url, '4');
	for (const path of [
		'/admin/locations',
		'/admin/departments',
		'/admin/departments?location=1&edit=1',
		'/admin/services?location=1&edit=1',
		`/admin/windows?location=1&edit=${w4}`
	]) {
		await openAdmin(page, server.url, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page, path);
	}
	await page.getByLabel('Pokój', { exact: true }).fill('9');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.getByRole('alert')).toContainText('Numer pokoju ma trzy cyfry');
	await expectNoAxeViolations(page, 'windows with an error');

	await openAdmin(page, server.url, '/admin/locations');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Location, opening hours and floors'
	);
	await expectNoAxeViolations(page, 'locations in English');
});

test('a window is edited through its page: a Polish error on bad input, then saved', async ({
	adminPage: page,
	server
}) => {
	const w4 = await windowId(server.url, '4');
	await openAdmin(page, server.url, '/admin/windows');
	await page.getByRole('link', { name: 'Edytuj: 4', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Edycja stanowiska 4' })).toBeVisible();

	const room = page.getByLabel('Pokój', { exact: true });
	await room.fill('999');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	const message =
		'Piętro 9 nie ma jeszcze koloru. Dodaj je w ustawieniach lokalizacji albo popraw numer pokoju.';
	await expect(page.locator('#win-room-error')).toHaveText(message);
	await expect(room).toBeFocused();
	await expect(room).toHaveAttribute('aria-invalid', 'true');
	await expect(room).toHaveAttribute('aria-describedby', /win-room-error/);
	await expect(room).toHaveValue('999');

	await room.fill('205');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.getByText('Zapisano zmiany.')).toBeVisible();
	await expect(room).not.toHaveAttribute('aria-invalid', 'true');
	const res = await authFetch(`${server.url}/api/windows/${w4}`).then((r) => r.json());
	expect(res.data.room).toBe('205');
	expect(res.data.floor).toBe(2);
});

test('the hours are checked: 25:00 is refused in Polish, with the focus on the field', async ({
	adminPage: page,
	server
}) => {
	await openAdmin(page, server.url, '/admin/locations');
	const opens = page.getByLabel('wtorek: otwarcie');
	await opens.fill('25:00');
	await page.getByRole('button', { name: 'Zapisz' }).first().click();
	await expect(page.locator('#loc-day2_opens-error')).toContainText(
		'Podaj godzinę w postaci GG:MM'
	);
	await expect(opens).toBeFocused();
});

test('the kiosk shows a renamed matter without a reload', async ({
	adminPage: page,
	server,
	browser
}) => {
	const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
	const kiosk = await kioskContext.newPage();
	await kiosk.goto(`${server.url}/kiosk/bierun`);
	await kiosk.locator('[data-live="joined"]').waitFor({ state: 'attached', timeout: 15_000 });
	await expect(kiosk.getByRole('button', { name: /Skargi i wnioski/ })).toBeVisible();

	const id = await serviceIdByName(server.url, 'Skargi i wnioski');
	await openAdmin(page, server.url, `/admin/services?location=1&edit=${id}`);
	await page.getByLabel('Nazwa po polsku').fill('Skargi, wnioski i petycje');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.getByText('Zapisano zmiany.')).toBeVisible();

	await expect(kiosk.getByRole('button', { name: /Skargi, wnioski i petycje/ })).toBeVisible({
		timeout: 10_000
	});
	await kioskContext.close();
});

test('without JavaScript the forms still work: an error in Polish, then a new department', async ({
	browser,
	server
}) => {
	const context = await adminContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${server.url}/admin/departments?location=1&edit=new`);
	await page.getByLabel('Nazwa po polsku').fill('Biuro Rady Miejskiej');
	await page.getByLabel('Nazwa po angielsku').fill('City Council Office');
	await page.getByLabel('Prefiks numeru biletu').fill('P');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.getByRole('alert')).toContainText('Prefiks P ma już: Referat Podatków.');
	await expect(page.getByLabel('Nazwa po polsku')).toHaveValue('Biuro Rady Miejskiej');

	await page.getByLabel('Prefiks numeru biletu').fill('R');
	await page.getByRole('button', { name: 'Zapisz' }).click();
	await expect(page.getByText('Dodano. Możesz dalej edytować.')).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Edycja wydziału: Biuro Rady Miejskiej' })
	).toBeVisible();
	await context.close();
});
