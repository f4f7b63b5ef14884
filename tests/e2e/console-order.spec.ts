/**
 * Issue 12 at the clerk's console in Chromium: the queue list in the order "call next" calls,
 * calling a chosen ticket with a confirmation, no-show and cancellation confirmed and undone, and
 * a missed ticket restored from today's list while the visitor's phone follows.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { joined, windowId } from './support/office';
import { expectNoAxeViolations } from './support/axe';
import { authFetch } from '../support/credentials';
import type { PriorityGroup } from '../../src/lib/shared/vocabulary';

type Issued = { number: string; code: string };

/** A matter served at the window that takes priority tickets, and a way to issue its tickets. */
async function ticketsFor(baseUrl: string, windowLabel: string) {
	const id = await windowId(baseUrl, windowLabel);
	const win = (await authFetch(`${baseUrl}/api/windows/${id}`).then((r) => r.json())).data;
	const menu = (await authFetch(`${baseUrl}/api/locations/1/menu`).then((r) => r.json())).data;
	const service = menu.departments
		.flatMap((d: { services: { id: number; priorityAllowed: boolean }[] }) => d.services)
		.find(
			(s: { id: number; priorityAllowed: boolean }) =>
				s.priorityAllowed && win.serviceIds.includes(s.id)
		);
	return {
		id,
		issue: async (priority: PriorityGroup | null = null): Promise<Issued> => {
			const res = await authFetch(`${baseUrl}/api/tickets`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ locationId: 1, serviceId: service.id, priority })
			});
			const { ticket } = (await res.json()).data;
			return { number: ticket.number, code: ticket.code };
		}
	};
}

const listed = (page: Page) => page.getByTestId('console-next').locator('li .number');

test('the list is the call order, and a chosen ticket is called after a confirmation', async ({
	page,
	server
}) => {
	const desk = await ticketsFor(server.url, '1');
	const n1 = await desk.issue();
	const p1 = await desk.issue('elderly');
	const n2 = await desk.issue();
	const p2 = await desk.issue('pregnant');
	await page.goto(`${server.url}/clerk/${desk.id}`);
	await joined(page);

	// Priority first (oldest first), then the normal tickets: the order "call next" follows.
	await expect(listed(page)).toHaveText([p1.number, p2.number, n1.number, n2.number]);
	await page.keyboard.press('N');
	await expect(page.getByTestId('console-current')).toContainText(p1.number);
	await expect(listed(page)).toHaveText([p2.number, n1.number, n2.number]);
	await page.keyboard.press('F');
	await expect(page.getByTestId('console-current')).not.toContainText(p1.number);

	// The visitor with ticket n2 comes to the window with an urgent reason.
	await page.getByRole('button', { name: `Wezwij bilet ${n2.number} poza kolejnością` }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText(`Następny w kolejce jest bilet ${p2.number}`);
	await expect(dialog.getByRole('button', { name: `Wezwij bilet ${n2.number}` })).toBeFocused();
	await expectNoAxeViolations(page, 'console: call a chosen ticket');
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('console-current')).toContainText(n2.number);
	await expect(page.getByRole('status').filter({ hasText: 'wybrany z kolejki' })).toBeVisible();
	await expect(listed(page)).toHaveText([p2.number, n1.number]);
});

test('a no-show needs a second key, can be undone, and a missed ticket is restored', async ({
	page,
	browser,
	server
}) => {
	const desk = await ticketsFor(server.url, '1');
	const first = await desk.issue('pregnant');
	const second = await desk.issue();
	const phone = await browser.newPage();
	await phone.goto(`${server.url}/t/${first.code}`);
	await expect(phone.getByTestId('live-state')).toContainText('Czekasz');

	await page.goto(`${server.url}/clerk/${desk.id}`);
	await joined(page);
	await page.keyboard.press('N');
	const current = page.getByTestId('console-current');
	await expect(current).toContainText(first.number);

	// One key does not end the visit: it asks; Esc keeps the ticket.
	await page.keyboard.press('B');
	const confirm = page.getByTestId('console-confirm');
	await expect(confirm).toContainText(`Oznaczyć bilet ${first.number} jako nieobecny?`);
	await expectNoAxeViolations(page, 'console: confirm a no-show');
	await page.keyboard.press('Escape');
	await expect(confirm).toBeHidden();
	await expect(current).toContainText(first.number);

	// The second press confirms; U takes it back at once, and the phone follows.
	await page.keyboard.press('B');
	await expect(confirm).toBeVisible();
	await page.keyboard.press('B');
	await expect(page.getByTestId('console-undo')).toBeVisible();
	await expect(current).not.toContainText(first.number);
	await expect(phone.getByTestId('live-state')).toHaveClass(/state-no_show/);
	await page.keyboard.press('u');
	await expect(current).toContainText(first.number);
	await expect(phone.getByTestId('live-state')).toHaveClass(/state-called/);

	// Cancelled with Enter; the visitor returns within the grace time and gets their place back.
	await page.keyboard.press('A');
	await expect(confirm).toContainText(`Anulować bilet ${first.number}?`);
	await page.keyboard.press('Enter');
	const missed = page.getByTestId('console-missed');
	await expect(missed).toContainText(first.number);
	await expect(missed).toContainText('wraca na swoje miejsce');
	await expect(phone.getByTestId('live-state')).toHaveClass(/state-cancelled/);
	await expectNoAxeViolations(page, 'console: missed list and undo');
	await page.getByRole('button', { name: `Przywróć bilet ${first.number} do kolejki` }).click();
	await expect(listed(page)).toHaveText([first.number, second.number]);
	await expect(missed).toBeHidden();
	await expect(phone.getByTestId('live-state')).toHaveClass(/state-waiting/);
});
