import { startServer } from '../support/server';
import { expect, test } from './support/fixtures';
import { windowId } from './support/office';

test('the board comes back by itself after a server restart', async ({ page, server }) => {
	await page.goto(`${server.url}/display/bierun`);
	await expect(page.getByTestId('connection-lost')).toBeHidden();

	await server.stop();
	await expect(page.getByTestId('connection-lost')).toBeVisible({ timeout: 15_000 });

	const again = await startServer({ dbPath: server.dbPath, port: server.port });
	try {
		await expect(page.getByTestId('connection-lost')).toBeHidden({ timeout: 15_000 });
		// A call made after the restart reaches the board that was never reloaded.
		const menu = await fetch(`${again.url}/api/locations/1/menu`).then((r) => r.json());
		const usc = menu.data.departments
			.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
			.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
		const issued = await fetch(`${again.url}/api/tickets`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ locationId: 1, serviceId: usc.id, priority: null })
		}).then((r) => r.json());
		const number = issued.data.ticket.number as string;
		await fetch(`${again.url}/api/windows/${await windowId(again.url, '4')}/call`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});
		await expect(page.getByTestId('board-call').filter({ hasText: number })).toBeVisible();
	} finally {
		await again.stop();
	}
});
