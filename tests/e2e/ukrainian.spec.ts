/**
 * Ukrainian for visitors (issue 16): the kiosk end to end, the phone page its QR code opens, and
 * the survey, each in Cyrillic with axe passing; the paper stays Polish; the Cyrillic font comes
 * from the server only where Cyrillic is shown; the Ukrainian texts never ride in the kiosk's
 * JavaScript (they come with the page's data).
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { fontsDrawing } from './support/fonts';
import { windowId } from './support/office';
import { authFetch } from '../support/credentials';

const json = { 'content-type': 'application/json' };

/** The Cyrillic font files this page fetched. */
function cyrillicFonts(page: Page): string[] {
	const seen: string[] = [];
	page.on('response', (r) => {
		if (/cyrillic-\d+\.[\w-]*\.?woff2/.test(r.url())) seen.push(r.url());
	});
	return seen;
}

test('the kiosk in Ukrainian: a ticket taken end to end, the phone page in Ukrainian', async ({
	page,
	server,
	browser
}) => {
	await page.setViewportSize({ width: 1080, height: 1920 });
	const fonts = cyrillicFonts(page);
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
	});
	await page.goto(`${server.url}/kiosk/bierun`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	// In Polish only the switch's «Українська» is Cyrillic: its small file, not the whole font.
	await page.waitForLoadState('networkidle');
	expect(fonts).toEqual([]);
	// Languages by their own names, never flags.
	const langs = page.getByRole('group', { name: 'Język' });
	await expect(langs.getByRole('button')).toHaveText(['Polski', 'English', 'Українська']);
	await langs.getByRole('button', { name: 'Українська' }).click();

	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Отримати талон');
	await expect(
		page.getByRole('heading', { name: 'Виберіть відділ, у якому хочете вирішити справу' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'kiosk, first screen, Ukrainian');
	// The matter's name has no Ukrainian version in the demo office: the Polish one, as on paper.
	await page.getByRole('button', { name: /Skargi i wnioski/ }).click();
	await expect(page.getByRole('heading', { name: 'Виберіть вид талона' })).toBeVisible();
	await expectNoAxeViolations(page, 'kiosk, kind of ticket, Ukrainian');
	await page.getByRole('button', { name: /Звичайний талон/ }).click();

	const number = page.getByTestId('ticket-number');
	await expect(number).toHaveText(/^[A-Z]\d{3}$/);
	await expect(page.getByRole('heading', { name: 'Ваш талон' })).toBeVisible();
	await expect(page.getByTestId('print-status')).toContainText('запамʼятайте його');
	await expect(page.getByRole('timer')).toHaveText(/Екран повернеться на початок через \d+ секунд/);
	await expectNoAxeViolations(page, 'kiosk, ticket, Ukrainian');
	// The Cyrillic glyphs came from the server's own font subset, not a system fallback.
	await expect.poll(() => fonts.length).toBeGreaterThan(0);
	expect(fonts.every((url) => url.startsWith(server.url))).toBe(true);
	await page.evaluate(() => document.fonts.ready);
	// (The Cyrillic cut keeps DejaVu Sans's own name inside; the spaces are Atkinson's.)
	expect(new Set(await fontsDrawing(page, 'main h2'))).toEqual(
		new Set(['Atkinson Hyperlegible (custom)', 'DejaVu Sans (custom)'])
	);
	// The Ukrainian catalog is data, never the kiosk's script.
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.some((s) => s.includes('Звичайний талон'))).toBe(false);

	// The paper ticket is Polish (no Cyrillic on ESC/POS); the QR code keeps the language.
	const url = await page.getByTestId('ticket-qr').getAttribute('data-url');
	expect(url).toMatch(/\/t\/[a-z2-7]{26}\?lang=uk$/);
	const phone = await (
		await browser.newContext({ storageState: undefined, viewport: { width: 390, height: 844 } })
	).newPage();
	await phone.goto(url!.replace(/^https?:\/\/[^/]+/, server.url));
	await expect(phone.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(phone.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(phone.getByRole('heading', { name: 'Ваш талон' })).toBeVisible();
	await expect(phone.getByText('Ви в черзі')).toBeVisible();
	await expectNoAxeViolations(phone, 'phone page, Ukrainian');
});

test('the survey in Ukrainian says it is a translation, and its answers join the rest', async ({
	page,
	server
}) => {
	const issued = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify({
			locationId: 1,
			serviceId: await civicAffairs(server.url),
			priority: null
		})
	}).then((r) => r.json());
	const w4 = await windowId(server.url, '4');
	for (const action of ['call', 'start', 'finish']) {
		await authFetch(`${server.url}/api/windows/${w4}/${action}`, {
			method: 'POST',
			headers: json,
			body: '{}'
		});
	}
	const ticket = await authFetch(`${server.url}/api/tickets/${issued.data.ticket.code}`).then((r) =>
		r.json()
	);
	await page.context().addCookies([{ name: 'lang', value: 'uk', url: server.url }]);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${server.url}/survey/${ticket.data.surveyToken}`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Опитування задоволеності відвідувачів'
	);
	await expect(page.getByTestId('survey-translation')).toContainText('переклад польської анкети');
	await expectNoAxeViolations(page, 'survey, Ukrainian');
	const a = page.getByRole('group', { name: /A\. ввічливість/ });
	await a.getByLabel('я задоволений/задоволена').check();
	await page.getByRole('button', { name: 'Надіслати анкету' }).click();
	await expect(page.getByText('Дякуємо за участь в опитуванні')).toBeVisible();
	// One set of results: the Ukrainian answer is an item A answer like any other.
	const db = new Database(server.dbPath, { readonly: true });
	try {
		expect(db.prepare(`SELECT item, satisfied FROM survey_answers`).all()).toEqual([
			{ item: 'A', satisfied: 1 }
		]);
	} finally {
		db.close();
	}
	// In Polish, Annex 3 is the original: no translation note.
	await page.context().addCookies([{ name: 'lang', value: 'pl', url: server.url }]);
	await page.goto(`${server.url}/survey/window/${w4}`);
	await expect(page.getByTestId('survey-translation')).toHaveCount(0);
});

test('the booking page in Ukrainian, to the booking made', async ({ page, server }) => {
	await page.context().clearCookies();
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`${server.url}/rezerwacja`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: 'Українська' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Запис на прийом' })).toBeVisible();
	// The matter's name is the office's Polish one.
	await page.getByRole('link', { name: /^Sprawy obywatelskie/ }).click();
	await expect(page.getByText('Ми видалимо їх через 7 днів після дати візиту.')).toBeVisible();
	await page.getByRole('radio', { name: /^09:00/ }).check();
	await expectNoAxeViolations(page, '/rezerwacja in Ukrainian');
	await page.getByRole('button', { name: 'Записатися' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Запис прийнято' })).toBeVisible();
	await expect(page.getByText(/, о 09:00$/)).toBeVisible();
	await expectNoAxeViolations(page, 'the booking made, in Ukrainian');
});

test('the board in Ukrainian', async ({ page, server }) => {
	await page.context().addCookies([{ name: 'lang', value: 'uk', url: server.url }]);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`${server.url}/display/bierun`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.getByText('Табло викликів')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Запрошуємо' })).toBeVisible();
	await expectNoAxeViolations(page, 'board, Ukrainian');
});

test('staff screens stay Polish and English', async ({ page, server }) => {
	const fonts = cyrillicFonts(page);
	await page.context().addCookies([{ name: 'lang', value: 'uk', url: server.url }]);
	await page.goto(`${server.url}/manage`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	const langs = page.getByRole('group', { name: 'Język' });
	await expect(langs.getByRole('button')).toHaveText(['Polski', 'English']);
	// No Cyrillic on the page: the Cyrillic font is not fetched.
	await page.waitForLoadState('networkidle');
	expect(fonts).toEqual([]);
});

async function civicAffairs(baseUrl: string): Promise<number> {
	const menu = await authFetch(`${baseUrl}/api/locations/1/menu`).then((r) => r.json());
	return menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie')).id;
}
