import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { authFetch } from '../support/credentials';

const SIZES = [
	{ width: 1080, height: 1920 },
	{ width: 1920, height: 1080 }
];

/** The page fits the screen: nothing to scroll, on a kiosk without a mouse wheel. */
async function expectNoScroll(page: Page, label: string) {
	const { scroll, view } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollHeight,
		view: window.innerHeight
	}));
	expect(scroll, `${label}: page height ${scroll} > screen ${view}`).toBeLessThanOrEqual(view);
}

/** Every button a visitor can touch is at least 64 px high and wide. */
async function expectBigTargets(page: Page, label: string) {
	const small = await page.evaluate(() =>
		[...document.querySelectorAll('main button, main a, header button')]
			.filter((el) => (el as HTMLElement).offsetParent !== null)
			.map((el) => ({ text: el.textContent?.trim().slice(0, 30), r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.height < 64 || r.width < 64)
			.map(({ text, r }) => `${text} ${Math.round(r.width)}×${Math.round(r.height)}`)
	);
	expect(small, label).toEqual([]);
}

for (const size of SIZES) {
	test(`at ${size.width}×${size.height} every step fits the screen with big targets`, async ({
		page,
		server
	}) => {
		await page.setViewportSize(size);
		await page.goto(`${server.url}/kiosk/bierun`);
		await expectNoScroll(page, 'departments');
		await expectBigTargets(page, 'departments');
		// The department with the most matters (11).
		await page.getByRole('button', { name: /Gospodarki Przestrzennej/ }).click();
		await expectNoScroll(page, 'matters');
		await expectBigTargets(page, 'matters');
		await page.getByRole('button', { name: /Wydzierżawienie gruntu/ }).click();
		await expectNoScroll(page, 'ticket kind');
		await expectBigTargets(page, 'ticket kind');
		await page.getByRole('button', { name: /ograniczonej sprawności/ }).click();
		await page.getByTestId('ticket-number').waitFor();
		await expectNoScroll(page, 'ticket');
	});
}

test('a priority ticket says so, and the ticket screen shows where to go and the wait', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/kiosk/bierun`);
	await page.getByRole('button', { name: /Wydział Nadzoru/ }).click();
	await page.getByRole('button', { name: /Karty Rodzina Trzy Plus/ }).click();
	await page.getByRole('button', { name: /Kobieta w ciąży/ }).click();
	await expect(page.getByTestId('ticket-number')).toHaveText(/^N\d{3}$/);
	const screen = page.locator('main');
	await expect(screen).toContainText('poza kolejnością');
	await expect(screen).toContainText('303'); // the department's own room, floor 3
	await expect(screen).toContainText('010'); // and the Kancelaria
	await expect(screen).toContainText('Nikt przed Tobą nie czeka');
	// The placeholder printer says plainly that nothing was printed.
	await expect(screen).toContainText('Drukarka nie jest jeszcze podłączona');
});

test('the kiosk goes back to the start after a while without a touch', async ({ page, server }) => {
	await page.clock.install();
	await page.goto(`${server.url}/kiosk/bierun`);
	await page.getByRole('button', { name: /Wydział Gospodarki Komunalnej/ }).click();
	await expect(page.getByRole('heading', { name: 'Wybierz sprawę' })).toBeVisible();
	await page.clock.runFor(31_000);
	await expect(page.getByRole('heading', { name: /Wybierz wydział/ })).toBeVisible();

	await page.getByRole('button', { name: /Skargi i wnioski/ }).click();
	await page.getByRole('button', { name: /Bilet zwykły/ }).click();
	await page.getByTestId('ticket-number').waitFor();
	await page.clock.runFor(21_000);
	await expect(page.getByTestId('ticket-number')).toBeHidden();
	await expect(page.getByRole('heading', { name: /Wybierz wydział/ })).toBeVisible();
});

test('in closed mode the kiosk issues nothing and shows the other ways to the office', async ({
	page,
	server
}) => {
	// What an administrator's switch will do (the admin screens are a separate piece of work).
	const db = new Database(server.dbPath);
	db.prepare("UPDATE locations SET mode = 'closed'").run();
	db.close();
	await page.goto(`${server.url}/kiosk/bierun`);
	const notice = page.getByTestId('mode-notice');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('urzad@um.bierun.pl');
	// A kiosk has no browser to follow a link: the address is written out.
	await expect(notice).toContainText('eurzad.bierun.pl');
	await expect(page.getByRole('button', { name: /Skargi i wnioski/ })).toBeDisabled();
	const refused = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId: 1, priority: null })
	});
	expect(refused.status).toBe(409);
});
