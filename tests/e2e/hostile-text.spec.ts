import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { windowId, joined } from './support/office';
import { authFetch } from '../support/credentials';

/**
 * The only text people type that other screens show: the transfer note and the pause reason on
 * the clerk console. Markup in them must show as text, both when the server renders the page and
 * when a live update arrives, and must never become an element or run.
 */
const NOTE = `<img src=x onerror="window.__xss='note'"><script>window.__xss='script'</script> & "A" 'B' </p>`;
const REASON = `<img src=x onerror="window.__xss='reason'"><b>bold</b>`;

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

/** No element came from the text, nothing ran, and the text is there as typed. */
async function expectInert(page: Page): Promise<void> {
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.locator('b', { hasText: 'bold' }).count()).toBe(0);
	expect(
		await page.evaluate(() =>
			[...document.scripts].some((s) => s.textContent?.trim() === "window.__xss='script'")
		)
	).toBe(false);
	expect(
		await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)
	).toBeUndefined();
}

test('a transfer note and a pause reason full of markup show as text', async ({
	browser,
	server
}) => {
	const number = await issue(server.url, 'Informacja ogólna');
	const front = await browser.newPage();
	const usc = await browser.newPage();
	const paused = await browser.newPage();
	await front.goto(`${server.url}/clerk/${await windowId(server.url, '1')}`);
	await joined(front);
	await usc.goto(`${server.url}/clerk/${await windowId(server.url, '4')}`);
	await joined(usc);
	await paused.goto(`${server.url}/clerk/${await windowId(server.url, '5')}`);
	await joined(paused);

	// Typed into the console's own dialogs, as a clerk would.
	await front.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(front.getByTestId('console-current')).toContainText(number);
	await front.getByRole('button', { name: /Przekaż/ }).click();
	const dialog = front.getByRole('dialog');
	await dialog
		.getByLabel('Wydział')
		.selectOption({ label: 'Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego' });
	await dialog.getByLabel(/Notatka/).fill(NOTE);
	await dialog.getByRole('button', { name: 'Przekaż bilet' }).click();
	await expect(dialog).toBeHidden();

	await paused.getByRole('button', { name: /Przerwa/ }).click();
	const pauseDialog = paused.getByRole('dialog');
	await pauseDialog.getByLabel('Powód przerwy').fill(REASON);
	await pauseDialog.getByRole('button', { name: 'Rozpocznij przerwę' }).click();

	// Live updates: the receiving console's queue and the paused console's status.
	await expect(usc.getByTestId('console-next')).toContainText(NOTE);
	await expect(paused.getByTestId('console-status')).toContainText(REASON);
	await expectInert(usc);
	await expectInert(paused);

	// Server-rendered: the HTML carries the text escaped (in the markup and in the page's data)…
	for (const label of ['4', '5']) {
		const html = await authFetch(`${server.url}/clerk/${await windowId(server.url, label)}`).then(
			(r) => r.text()
		);
		expect(html).not.toContain('<img src=x');
		expect(html).not.toContain('<script>window.__xss');
		expect(html).not.toContain('<b>bold');
	}
	// …and the same pages loaded afresh show it as text.
	await usc.reload();
	await paused.reload();
	await expect(usc.getByTestId('console-next')).toContainText(NOTE);
	await expect(paused.getByTestId('console-status')).toContainText(REASON);
	await expectInert(usc);
	await expectInert(paused);

	// The called ticket's note on the console that serves it.
	await usc.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(usc.getByTestId('console-transfer-note')).toContainText(NOTE);
	await expectInert(usc);
});
