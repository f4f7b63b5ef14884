import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { windowId, joined } from './support/office';
import { authFetch } from '../support/credentials';

test('the kiosk passes axe at every step, in Polish and English', async ({ page, server }) => {
	await page.setViewportSize({ width: 1080, height: 1920 });
	await page.goto(`${server.url}/kiosk/bierun`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expectNoAxeViolations(page, 'kiosk: departments');
	await page.getByRole('button', { name: /Wydział Gospodarki Komunalnej/ }).click();
	await expectNoAxeViolations(page, 'kiosk: matters');
	await page.getByRole('button', { name: /dodatku mieszkaniowego/ }).click();
	await expectNoAxeViolations(page, 'kiosk: ticket kind');
	await page.getByRole('button', { name: /w podeszłym wieku/ }).click();
	await page.getByTestId('ticket-number').waitFor();
	await expectNoAxeViolations(page, 'kiosk: ticket');

	await page.goto(`${server.url}/kiosk/bierun`);
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Pobierz bilet/);
	await expectNoAxeViolations(page, 'kiosk in English');
});

test('the board and the clerk console pass axe, with a call on screen', async ({
	page,
	server
}) => {
	const menu = await authFetch(`${server.url}/api/locations/1/menu`).then((r) => r.json());
	const serviceId = menu.data.departments[0].services[0].id;
	await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId, priority: 'pregnant' })
	});
	await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId, priority: null })
	});
	const w1 = await windowId(server.url, '1');

	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(`${server.url}/clerk/${w1}`);
	await joined(page);
	await expectNoAxeViolations(page, 'clerk console, idle');
	await page.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(page.getByTestId('console-current')).toContainText(/\d{3}/);
	await expectNoAxeViolations(page, 'clerk console, with a client');

	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	await expect(page.getByTestId('board-call').first()).toBeVisible();
	await expectNoAxeViolations(page, 'board');

	for (const path of ['/', '/kiosk', '/clerk', '/display']) {
		await page.goto(server.url + path);
		await expectNoAxeViolations(page, path);
	}
});

test('the live ticket page passes axe while waiting, when called and after the visit', async ({
	page,
	server
}) => {
	const answer = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId: 1, priority: 'small_children' })
	}).then((r) => r.json());
	const { code } = answer.data.ticket;
	const w1 = await windowId(server.url, '1');
	const act = (action: string) =>
		authFetch(`${server.url}/api/windows/${w1}/${action}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${server.url}/t/${code}`);
	const state = page.getByTestId('live-state');
	await expect(state).toContainText('Czekasz w kolejce');
	await expectNoAxeViolations(page, 'live ticket: waiting');
	await act('call');
	await expect(state).toContainText('Zapraszamy');
	await expectNoAxeViolations(page, 'live ticket: called');
	await page.getByRole('button', { name: 'English' }).click();
	await act('finish');
	await expect(page.getByTestId('survey-invite')).toBeVisible();
	await expectNoAxeViolations(page, 'live ticket: done, in English');
});

test('the printers page passes axe', async ({ page, server }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto(`${server.url}/printers`);
	await expect(page.getByTestId('printer-preview')).toBeVisible();
	await expectNoAxeViolations(page, 'printers');
});
