import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';
import { joined, windowId } from './support/office';
import { signIn } from '../support/auth';
import { authFetch } from '../support/credentials';

/**
 * Issue 12, item 16: a manager closes the day by hand. The visitor still waiting sees on their
 * phone that the ticket was not served because the office closed, and when it opens next; the
 * board drops the day's calls and the waiting count, the console its queue; the manager's page
 * says what was done.
 */
test('a manager closes the day: the phone says "urząd zamknięty" with the next opening, the board and console clear', async ({
	browser,
	page,
	server
}) => {
	const json = { 'content-type': 'application/json' };
	const menu = await authFetch(`${server.url}/api/locations/1/menu`).then((r) => r.json());
	const civic = menu.data.departments.find((d: { name: { pl: string } }) =>
		d.name.pl.includes('Spraw Obywatelskich')
	);
	const issue = async () =>
		(
			await authFetch(`${server.url}/api/tickets`, {
				method: 'POST',
				headers: json,
				body: JSON.stringify({ locationId: 1, serviceId: civic.services[0].id, priority: null })
			}).then((r) => r.json())
		).data.ticket as { number: string; code: string };
	const served = await issue();
	const waiting = await issue();
	const w4 = await windowId(server.url, '4');
	for (const action of ['call', 'finish']) {
		const res = await authFetch(`${server.url}/api/windows/${w4}/${action}`, {
			method: 'POST',
			headers: json,
			body: '{}'
		});
		expect(res.status).toBe(200);
	}

	// The waiting-room board: the served call in its history, one waiting in Civic Affairs.
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	await expect(page.getByTestId('board-history')).toContainText(served.number);
	const civicCount = page
		.getByTestId('board-waiting')
		.locator('li', { hasText: civic.name.pl })
		.locator('.w-count');
	await expect(civicCount).toHaveText('1');

	// The console of window 4 (Civic Affairs): the waiting ticket is next.
	const desk = await page.context().newPage();
	await desk.goto(`${server.url}/clerk/${w4}`);
	await joined(desk);
	await expect(desk.getByTestId('console-next')).toContainText(waiting.number);

	// The visitor's phone, signed in as nobody.
	const phoneContext = await browser.newContext({ storageState: undefined });
	const phone = await phoneContext.newPage();
	await phone.setViewportSize({ width: 390, height: 844 });
	await phone.goto(`${server.url}/t/${waiting.code}`);
	await expect(phone.getByTestId('live-state')).toContainText('Czekasz');

	// The manager (Civic Affairs) at /manage/day.
	const managerContext = await browser.newContext({
		storageState: signedInAs(await signIn(server.url, 'kierownik'))
	});
	const manager = await managerContext.newPage();
	await manager.goto(`${server.url}/manage`);
	await manager.getByRole('link', { name: 'Zamknij dzień' }).click();
	await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Zamknięcie dnia');
	await expect(manager.getByTestId('day-waiting')).toHaveText('Czeka 1 bilet.');
	await expectNoAxeViolations(manager, 'close the day');

	// Without the confirmation nothing happens, and the page says why, at the field.
	await manager.getByRole('button', { name: 'Zamknij dzień' }).click();
	await expect(manager.getByRole('alert')).toHaveText('Zaznacz potwierdzenie, aby zamknąć dzień.');
	await expect(manager.getByRole('checkbox')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(manager, 'close the day, refused');
	await expect(phone.getByTestId('live-state')).toContainText('Czekasz');

	await manager.getByRole('checkbox', { name: /Potwierdzam/ }).check();
	await manager.getByRole('button', { name: 'Zamknij dzień' }).click();
	await expect(manager.getByRole('status')).toHaveText('Dzień zamknięty: zakończono 1 bilet.');
	await expect(manager.getByTestId('day-waiting')).toHaveText('Czeka 0 biletów.');

	// The phone: not served, the office closed, and when it opens again (demo hours: 07:30).
	const state = phone.getByTestId('live-state');
	await expect(state).toContainText('Nieobsłużony — urząd zamknięty');
	await expect(phone.getByTestId('next-opening')).toHaveText(
		/^Zapraszamy ponownie: [a-ząćęłńóśźż]+, \d{1,2} [a-ząćęłńóśźż]+, od godz\. 07:30\.$/
	);
	await expectNoAxeViolations(phone, 'phone, office closed');
	await phone.getByRole('button', { name: 'English' }).click();
	await expect(state).toContainText('Not served — the office closed');
	await expect(phone.getByTestId('next-opening')).toHaveText(
		/^We open again on [A-Z][a-z]+,? \d{1,2} [A-Z][a-z]+ at 07:30\.$/
	);

	// The console: nobody waits any more.
	await expect(desk.getByTestId('console-next')).not.toContainText(waiting.number);
	await expect(desk.getByTestId('console-next').locator('li')).toHaveCount(0);

	// The board: no call of the closed day, nobody waiting.
	await expect(page.getByTestId('board-history')).toHaveCount(0);
	await expect(civicCount).toHaveText('0');
	await expectNoAxeViolations(page, 'board after closing');

	await phoneContext.close();
	await managerContext.close();
});
