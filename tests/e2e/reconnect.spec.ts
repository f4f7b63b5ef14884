import { startServer } from '../support/server';
import { expect, test } from './support/fixtures';
import { windowId, joined } from './support/office';
import { authFetch } from '../support/credentials';

test('the board comes back by itself after a server restart', async ({ page, server }) => {
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	await expect(page.getByTestId('connection-lost')).toBeHidden();

	await server.stop();
	await expect(page.getByTestId('connection-lost')).toBeVisible({ timeout: 15_000 });

	const again = await startServer({ dbPath: server.dbPath, port: server.port });
	try {
		await expect(page.getByTestId('connection-lost')).toBeHidden({ timeout: 15_000 });
		await joined(page);
		// A call made after the restart reaches the board that was never reloaded.
		const menu = await authFetch(`${again.url}/api/locations/1/menu`).then((r) => r.json());
		const usc = menu.data.departments
			.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
			.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
		const issued = await authFetch(`${again.url}/api/tickets`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ locationId: 1, serviceId: usc.id, priority: null })
		}).then((r) => r.json());
		const number = issued.data.ticket.number as string;
		await authFetch(`${again.url}/api/windows/${await windowId(again.url, '4')}/call`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});
		await expect(page.getByTestId('board-call').filter({ hasText: number })).toBeVisible();
	} finally {
		await again.stop();
	}
});

test('a board and a clerk console recover by themselves after kill -9, with the right state', async ({
	browser,
	server
}) => {
	const issue = async (url: string) => {
		const menu = await authFetch(`${url}/api/locations/1/menu`).then((r) => r.json());
		const usc = menu.data.departments
			.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
			.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
		const issued = await authFetch(`${url}/api/tickets`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ locationId: 1, serviceId: usc.id, priority: null })
		}).then((r) => r.json());
		return issued.data.ticket.number as string;
	};
	const first = await issue(server.url);
	const board = await browser.newPage();
	const clerk = await browser.newPage();
	await board.goto(`${server.url}/display/bierun`);
	await joined(board);
	await clerk.goto(`${server.url}/clerk/${await windowId(server.url, '4')}`);
	await joined(clerk);
	await clerk.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(clerk.getByTestId('console-current')).toContainText(first);
	await expect(board.getByTestId('board-call').filter({ hasText: first })).toBeVisible();
	const second = await issue(server.url);
	await expect(clerk.getByTestId('console-next')).toContainText(second);

	// A crash: no goodbye to the sockets.
	await server.kill();
	await expect(board.getByTestId('connection-lost')).toBeVisible({ timeout: 15_000 });
	await expect(clerk.getByTestId('connection-lost')).toBeVisible({ timeout: 15_000 });

	const again = await startServer({ dbPath: server.dbPath, port: server.port });
	try {
		await expect(board.getByTestId('connection-lost')).toBeHidden({ timeout: 15_000 });
		await expect(clerk.getByTestId('connection-lost')).toBeHidden({ timeout: 15_000 });
		await joined(board);
		await joined(clerk);
		// The state survived and both screens show it without a reload.
		await expect(clerk.getByTestId('console-current')).toContainText(first);
		await expect(clerk.getByTestId('console-next')).toContainText(second);
		await expect(board.getByTestId('board-call').filter({ hasText: first })).toBeVisible();
		// And they work: the clerk finishes and calls the next, the board shows it.
		await clerk.getByRole('button', { name: /Zakończ/ }).click();
		await clerk.getByRole('button', { name: /Wezwij następnego/ }).click();
		await expect(clerk.getByTestId('console-current')).toContainText(second);
		await expect(board.getByTestId('board-call').filter({ hasText: second })).toBeVisible();
	} finally {
		await again.stop();
	}
});
