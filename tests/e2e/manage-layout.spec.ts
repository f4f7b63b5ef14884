/**
 * /manage on a manager's screen (issue 12, item 19): a period typed wrong is said on the form, not
 * on an error page, and every table fits a 1440 px wide screen without scrolling sideways.
 */
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { authFetch } from '../support/credentials';

const json = { 'content-type': 'application/json' };

/** A few visits at window 4 today, so that every time table has rows. */
async function someVisits(url: string): Promise<string> {
	const menu = await authFetch(`${url}/api/locations/1/menu`).then((r) => r.json());
	const usc = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
	for (let i = 0; i < 2; i++) {
		await authFetch(`${url}/api/tickets`, {
			method: 'POST',
			headers: json,
			body: JSON.stringify({ locationId: 1, serviceId: usc.id, priority: null })
		});
	}
	for (const action of ['call', 'start', 'finish', 'call', 'finish']) {
		await authFetch(`${url}/api/windows/4/${action}`, {
			method: 'POST',
			headers: json,
			body: '{}'
		});
	}
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
}

test.use({ viewport: { width: 1440, height: 900 } });

test('every table of /manage fits a 1440 px screen', async ({ page, server }) => {
	const today = await someVisits(server.url);
	await page.goto(`${server.url}/manage?location=1&from=${today}&to=${today}`);
	await expect(page.getByTestId('table-times-service')).toBeVisible();
	const regions = page.locator('.scroll');
	expect(await regions.count()).toBeGreaterThan(10);
	const overflowing = await regions.evaluateAll((all) =>
		all
			.filter((r) => r.scrollWidth > r.clientWidth + 1)
			.map((r) => `${r.getAttribute('aria-label')}: ${r.scrollWidth} > ${r.clientWidth}`)
	);
	expect(overflowing).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
	await expectNoAxeViolations(page, 'manage at 1440 px');
});

test('a reversed period is said on the form, in Polish and English, not on an error page', async ({
	page,
	server
}) => {
	const res = await page.goto(`${server.url}/manage?location=1&from=2026-12-01&to=2026-11-01`);
	expect(res?.status()).toBe(200);
	const said = page.getByTestId('range-error');
	await expect(said).toContainText(
		'Początek okresu (1.12.2026) jest późniejszy niż jego koniec (1.11.2026).'
	);
	await expect(said).toContainText('ostatnie 30 dni');
	// The dates stay as typed, marked and tied to the message, for the manager to correct.
	const from = page.getByLabel('Od', { exact: true });
	await expect(from).toHaveValue('2026-12-01');
	await expect(from).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Do', { exact: true })).toHaveAttribute(
		'aria-describedby',
		/range-error/
	);
	await expect(page.getByRole('heading', { name: /Badanie satysfakcji klienta/ })).toBeVisible();
	await expectNoAxeViolations(page, 'manage, a reversed period');

	await page.getByRole('button', { name: 'English' }).click();
	await expect(said).toContainText('The start of the period (01/12/2026) is later than its end');

	// Corrected, the message goes and the period is the one asked for.
	await page.getByRole('button', { name: 'Polski' }).click();
	await from.fill('2026-10-01');
	await page.getByRole('button', { name: 'Pokaż' }).click();
	await expect(said).toBeHidden();
	await expect(page.getByText('2026-10-01 – 2026-11-01')).toBeVisible();
});
