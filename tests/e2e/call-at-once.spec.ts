/**
 * Every screen that shows a call applies it from the call itself, not from the snapshots that
 * follow: the server here sends no snapshot after a change (OKIENKO_TEST_HOLD_SNAPSHOTS), only
 * the call's own events and the answer to the clerk's action.
 */
import { test as base, expect } from './support/fixtures';
import { joined, windowId } from './support/office';
import { authFetch } from '../support/credentials';
import { startServer } from '../support/server';

const test = base.extend({
	// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
	server: async ({}, use) => {
		const server = await startServer({ env: { OKIENKO_TEST_HOLD_SNAPSHOTS: '1' } });
		await use(server);
		await server.stop();
	}
});

/** A ticket for a matter of the Civic Affairs Office, served at window 4: its number and code. */
async function issueCivicAffairs(url: string): Promise<{ number: string; code: string }> {
	const menu = await authFetch(`${url}/api/locations/1/menu`).then((r) => r.json());
	const service = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
	const issued = await authFetch(`${url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId: service.id, priority: null })
	}).then((r) => r.json());
	return issued.data.ticket;
}

test('a call and a recall show at once on the board, the phone and the console, with snapshots held back', async ({
	browser,
	server
}) => {
	const open = async (width: number, height: number, path: string) => {
		const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
		await page.goto(`${server.url}${path}`);
		await joined(page);
		return page;
	};
	const { number, code } = await issueCivicAffairs(server.url);
	const board = await open(1920, 1080, '/display/bierun');
	const phone = await open(390, 844, `/t/${code}`);
	const clerk = await open(1366, 768, `/clerk/${await windowId(server.url, '4')}`);
	await expect(clerk.getByTestId('console-next')).toContainText(number);
	const waiting = board
		.getByTestId('board-waiting')
		.getByRole('listitem')
		.filter({ hasText: 'Wydział Spraw Obywatelskich' })
		.locator('.w-count');
	await expect(waiting).toHaveText('1');

	await clerk.getByRole('button', { name: /Wezwij następnego/ }).click();
	const shown = board.getByTestId('board-call').filter({ hasText: number });
	await expect(shown).toBeVisible();
	await expect(shown).toContainText('4');
	await expect(shown).toContainText('105');
	await expect(shown).toHaveClass(/fresh/);
	await expect(phone.getByTestId('live-state')).toContainText('Podejdź do stanowiska 4');
	await expect(phone.getByTestId('live-state')).toContainText('105');
	await expect(clerk.getByTestId('console-current')).toContainText(number);
	// The snapshots really are held back: the board still counts the ticket as waiting.
	await expect(waiting).toHaveText('1');

	// A recall: a new announcement, flashing from the start again.
	await shown.evaluate((li) => li.setAttribute('data-first', ''));
	await clerk.getByRole('button', { name: /Wezwij ponownie/ }).click();
	await expect(shown).toContainText('ponownie');
	await expect(shown).not.toHaveAttribute('data-first');
	await expect(shown).toHaveClass(/fresh/);
	await expect(board.getByTestId('board-announcer')).toContainText(`Ponownie: bilet ${number}`);
	await expect(phone.getByTestId('live-state')).toContainText('Podejdź do stanowiska 4');
});
