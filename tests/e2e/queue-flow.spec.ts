import { expect, test } from './support/fixtures';
import { takeCivicAffairsTicket, windowId, joined } from './support/office';
import { authFetch } from '../support/credentials';

test('a ticket taken at the kiosk is called at the clerk console and shown on the board', async ({
	browser,
	server
}) => {
	const board = await (
		await browser.newContext({ viewport: { width: 1920, height: 1080 } })
	).newPage();
	const kiosk = await (
		await browser.newContext({ viewport: { width: 1080, height: 1920 } })
	).newPage();
	const clerk = await (
		await browser.newContext({ viewport: { width: 1366, height: 768 } })
	).newPage();

	await board.goto(`${server.url}/display/bierun`);
	await joined(board);
	await expect(board.getByTestId('connection-lost')).toBeHidden();
	await kiosk.goto(`${server.url}/kiosk/bierun`);
	const number = await takeCivicAffairsTicket(kiosk);
	expect(number).toMatch(/^U\d{3}$/);
	// Where to go: the Civic Affairs Office is in room 105 on floor 1 (blue).
	await expect(kiosk.getByText('105').first()).toBeVisible();

	await clerk.goto(`${server.url}/clerk/${await windowId(server.url, '4')}`);
	await joined(clerk);
	await expect(clerk.getByTestId('console-next')).toContainText(number);

	// Measure call → board: logged for the record, not asserted (speed is proven in benchmarks).
	const shown = board.getByTestId('board-call').filter({ hasText: number });
	const started = Date.now();
	await clerk.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(shown).toBeVisible();
	console.log(`call → board in Chromium: ${Date.now() - started} ms`);
	await expect(shown).toContainText('4');
	await expect(shown).toContainText('105');
	await expect(clerk.getByTestId('console-current')).toContainText(number);

	// The board never shows the matter (SR-28).
	await expect(board.locator('body')).not.toContainText('Sprawy obywatelskie');
});

test('the clerk works from the keyboard: call, start, finish', async ({ page, server }) => {
	const issue = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			locationId: 1,
			serviceId: await civicAffairsService(server.url),
			priority: null
		})
	});
	const number = ((await issue.json()) as { data: { ticket: { number: string } } }).data.ticket
		.number;
	await page.goto(`${server.url}/clerk/${await windowId(server.url, '5')}`);
	await joined(page);
	await expect(page.getByTestId('console-next')).toContainText(number);
	await page.locator('body').press('n');
	await expect(page.getByTestId('console-current')).toContainText(number);
	await page.locator('body').press('s');
	// Finishing is allowed from "called" too, so the button is enabled before the start is answered;
	// a key pressed while an action is under way is ignored: wait for the service to have started.
	await expect(page.getByTestId('console-current')).toContainText('w obsłudze');
	await expect(page.getByRole('button', { name: /Zakończ/ })).toBeEnabled();
	await page.locator('body').press('f');
	await expect(page.getByTestId('console-current')).not.toContainText(number);
	const live = await authFetch(`${server.url}/api/locations/1/queue`).then((r) => r.json());
	expect(JSON.stringify(live)).not.toContain(`"number":"${number}"`);
});

async function civicAffairsService(baseUrl: string): Promise<number> {
	const menu = await authFetch(`${baseUrl}/api/locations/1/menu`).then((r) => r.json());
	const services = menu.data.departments.flatMap(
		(d: { services: { id: number; name: { pl: string } }[] }) => d.services
	);
	return services.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'))
		.id;
}
