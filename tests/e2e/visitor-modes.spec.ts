/**
 * A kiosk for every body (issue 16): low reach brings every button below the kiosk's reach line
 * (64 px or more each), larger text and high contrast restyle the kiosk and the phone page, each
 * mode passes axe in every language, and the settings are the visitor's only: the kiosk drops
 * them at its idle return to the start, the phone keeps them for its browser session.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { authFetch } from '../support/credentials';

const PORTRAIT = { width: 1080, height: 1920 };
const LANGS = [
	['pl', 'Polski'],
	['en', 'English'],
	['uk', 'Українська']
] as const;

/** Every visible button's box on the page (scrolled-away ones included). */
async function buttonBoxes(page: Page) {
	return page.locator('button:visible').evaluateAll((buttons) =>
		buttons.map((b) => {
			const r = b.getBoundingClientRect();
			return { name: b.textContent?.trim() ?? '', top: r.top, height: r.height, width: r.width };
		})
	);
}

async function expectAllBelow(page: Page, line: number, label: string) {
	const boxes = await buttonBoxes(page);
	expect(boxes.length, label).toBeGreaterThan(5);
	for (const box of boxes) {
		expect(box.top, `${label}: ${box.name}`).toBeGreaterThanOrEqual(line);
		expect(Math.min(box.height, box.width), `${label}: ${box.name}`).toBeGreaterThanOrEqual(64);
	}
}

const toggle = (page: Page, name: RegExp) =>
	page.getByRole('group', { name: /Ułatwienia|Accessibility|Спеціальні/ }).getByRole('button', {
		name
	});
const LOW = /Przyciski niżej|Buttons lower|Кнопки нижче/;
const LARGER = /Większy tekst|Larger text|Більший текст/;
const CONTRAST = /Wysoki kontrast|High contrast|Висока контрастність/;

test('the kiosk: each mode in each language, low reach below the line, axe in every one', async ({
	page,
	server
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize(PORTRAIT);
	await page.goto(`${server.url}/kiosk/bierun`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const h1 = page.getByRole('heading', { level: 1 });
	const fontSize = () => h1.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
	for (const [lang, name] of LANGS) {
		await page.getByRole('button', { name, exact: true }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expectNoAxeViolations(page, `kiosk, ${lang}`);

		// Before: the language switch sits at the top of the screen, out of a wheelchair's reach.
		expect((await buttonBoxes(page)).some((b) => b.top < 960)).toBe(true);
		await toggle(page, LOW).click();
		await expect(toggle(page, LOW)).toHaveAttribute('aria-pressed', 'true');
		// The default line: half the portrait screen (shared/reach.ts).
		await expect
			.poll(async () => Math.min(...(await buttonBoxes(page)).map((b) => b.top)))
			.toBeGreaterThanOrEqual(960);
		await expectAllBelow(page, 960, `low reach, ${lang}`);
		await expectNoAxeViolations(page, `kiosk low reach, ${lang}`);

		const normal = await fontSize();
		await toggle(page, LARGER).click();
		await expect.poll(fontSize).toBeGreaterThanOrEqual(normal * 1.2);
		await expectAllBelow(page, 960, `low reach and larger text, ${lang}`);
		await expectNoAxeViolations(page, `kiosk larger text, ${lang}`);

		await toggle(page, CONTRAST).click();
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgb(0, 0, 0)'
		);
		await expectNoAxeViolations(page, `kiosk high contrast, ${lang}`);

		// Each off again for the next language.
		for (const mode of [LOW, LARGER, CONTRAST]) await toggle(page, mode).click();
		await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
		await expect(page.locator('html')).not.toHaveAttribute('data-text', 'large');
	}
});

test('low reach on the next steps, and at a line set for the kiosk’s stand', async ({
	page,
	server
}) => {
	await page.setViewportSize(PORTRAIT);
	await page.goto(`${server.url}/kiosk/bierun?reach=1200px`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await toggle(page, LOW).click();
	await expectAllBelow(page, 1200, 'first screen, 1200px');
	await page.getByRole('button', { name: /Skargi i wnioski/ }).click();
	await expect(page.getByRole('heading', { name: 'Wybierz rodzaj biletu' })).toBeVisible();
	await expectAllBelow(page, 1200, 'kind of ticket, 1200px');
	await expectNoAxeViolations(page, 'kind of ticket, low reach');
	await page.getByRole('button', { name: /Bilet zwykły/ }).click();
	await expect(page.getByTestId('ticket-number')).toBeVisible();
	await expectAllBelow(page, 1200, 'ticket, 1200px');

	// A line that is not one: refused, plainly.
	for (const bad of ['2', '0.9', 'abc', '0px']) {
		const answer = await page.goto(`${server.url}/kiosk/bierun?reach=${bad}`);
		expect(answer?.status(), bad).toBe(400);
	}
});

test('the kiosk forgets the visitor’s settings when it returns to its start', async ({
	page,
	server
}) => {
	await page.clock.install();
	await page.setViewportSize(PORTRAIT);
	await page.goto(`${server.url}/kiosk/bierun`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	for (const mode of [LOW, LARGER, CONTRAST]) await toggle(page, mode).click();
	await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
	await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
	// Nobody touches it for the idle time (kiosk-flow IDLE_MS, 30 s).
	await page.clock.runFor(31_000);
	for (const mode of [LOW, LARGER, CONTRAST]) {
		await expect(toggle(page, mode)).toHaveAttribute('aria-pressed', 'false');
	}
	await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
	await expect(page.locator('html')).not.toHaveAttribute('data-text', 'large');
	await expect(page.locator('.kiosk')).not.toHaveAttribute('data-reach', 'low');
});

test('the phone page: larger text and high contrast for this session, axe in each language', async ({
	page,
	server,
	browser
}) => {
	const menu = await authFetch(`${server.url}/api/locations/1/menu`).then((r) => r.json());
	const issued = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			locationId: 1,
			serviceId: menu.data.departments[0].services[0].id,
			priority: null
		})
	}).then((r) => r.json());
	const url = `${server.url}/t/${issued.data.ticket.code}`;
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(url);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	// The phone shows no low-reach button: that is the kiosk's.
	await expect(toggle(page, LOW)).toHaveCount(0);
	const rootSize = () =>
		page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	const normal = await rootSize();
	for (const [lang, name] of LANGS) {
		await page.getByRole('button', { name, exact: true }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await toggle(page, LARGER).click();
		await expect.poll(rootSize).toBe(normal * 1.25);
		await expectNoAxeViolations(page, `phone larger text, ${lang}`);
		await toggle(page, CONTRAST).click();
		await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
		await expectNoAxeViolations(page, `phone high contrast and larger text, ${lang}`);
		if (lang === 'uk') break;
		await toggle(page, LARGER).click();
		await toggle(page, CONTRAST).click();
		await expect.poll(rootSize).toBe(normal);
		await expectNoAxeViolations(page, `phone, ${lang}`);
	}
	// Kept for this browser session (a reload), not for another one.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(toggle(page, LARGER)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
	const other = await (await browser.newContext({ storageState: undefined })).newPage();
	await other.goto(url);
	await expect(other.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(toggle(other, LARGER)).toHaveAttribute('aria-pressed', 'false');
	await expect(other.locator('html')).not.toHaveAttribute('data-contrast', 'high');
});
