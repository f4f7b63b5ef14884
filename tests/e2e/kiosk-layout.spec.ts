/**
 * Issue 12 item 10: every kiosk step, at both orientations of the kiosk's screen, in both
 * languages, with the longest matter names and every message the step can show, fits the screen
 * and covers nothing a visitor must touch. The database is made worse than the demo on purpose:
 * the longest matters need an ID and their departments (one has the most matters) carry a note.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const SIZES = [
	{ name: 'portrait', width: 1080, height: 1920 },
	{ name: 'landscape', width: 1920, height: 1080 }
];

/** The demo office's one department note, on the departments of the longest matters too. */
const NOTE = {
	pl: 'Wnioski w formie papierowej są składane bezpośrednio w Wydziale.',
	en: 'Paper applications are submitted directly in the Department.'
};

/** The worst case for the screen: the longest matters need an ID, their departments a note. */
function worstCase(dbPath: string, mode: 'normal' | 'limited' = 'normal') {
	const db = new Database(dbPath);
	db.prepare("UPDATE services SET id_required = 1 WHERE code IN ('M24', 'M05', 'INFO')").run();
	db.prepare(
		`UPDATE departments SET note_pl = ?, note_en = ?
		 WHERE id IN (SELECT department_id FROM services WHERE code IN ('M05', 'M24'))`
	).run(NOTE.pl, NOTE.en);
	db.prepare('UPDATE locations SET mode = ?').run(mode);
	db.close();
}

/**
 * What a visitor sees is whole: the page does not scroll, every element lies on the screen and
 * inside its region (nothing of the step runs under the navigation), and at the centre of every
 * button is that button, not something drawn over it.
 */
async function expectLaidOut(page: Page, label: string) {
	const problems = await page.evaluate(() => {
		const out: string[] = [];
		const vw = window.innerWidth;
		const vh = window.innerHeight;
		const name = (el: Element | null) =>
			el
				? `<${el.tagName.toLowerCase()}> “${(el.textContent ?? '').trim().slice(0, 40)}”`
				: 'nothing';
		const root = document.documentElement;
		if (root.scrollHeight > vh || root.scrollWidth > vw) {
			out.push(`the page scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
		}
		const shown = (el: Element) => {
			const r = el.getBoundingClientRect();
			// The visually hidden (1 px) texts are for screen readers only.
			return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
		};
		const inside = (r: DOMRect, box: DOMRect) =>
			r.left >= box.left - 1 &&
			r.top >= box.top - 1 &&
			r.right <= box.right + 1 &&
			r.bottom <= box.bottom + 1;
		const screen = new DOMRect(0, 0, vw, vh);
		for (const region of document.querySelectorAll('header, main, footer')) {
			const box = region.getBoundingClientRect();
			for (const el of region.querySelectorAll('*')) {
				if (!shown(el)) continue;
				const r = el.getBoundingClientRect();
				if (!inside(r, screen)) out.push(`${name(el)} runs off the screen`);
				else if (!inside(r, box)) out.push(`${name(el)} runs out of its <${region.tagName}>`);
				// A name too long for its button (the grid gives each tile its share of the height).
				const button = el.parentElement?.closest('button');
				if (button && !inside(r, button.getBoundingClientRect())) {
					out.push(`${name(el)} runs out of its button`);
				}
			}
		}
		for (const button of document.querySelectorAll('button, a[href]')) {
			if (!shown(button)) continue;
			const r = button.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			if (!hit || !button.contains(hit)) out.push(`${name(button)} is covered by ${name(hit)}`);
		}
		return out;
	});
	expect(problems, label).toEqual([]);
}

async function check(page: Page, label: string) {
	await expectLaidOut(page, label);
	await expectNoAxeViolations(page, label);
}

for (const size of SIZES) {
	for (const lang of ['pl', 'en'] as const) {
		test(`${size.name} (${size.width}×${size.height}), ${lang}: every step with its longest texts fits`, async ({
			page,
			server
		}) => {
			worstCase(server.dbPath);
			await page.setViewportSize(size);
			await page.goto(`${server.url}/kiosk/bierun`);
			await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
			if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
			const t = (pl: string | RegExp, en: string | RegExp) => (lang === 'pl' ? pl : en);

			// The first screen has nowhere to go back to: no greyed-out navigation either.
			await expect(page.getByRole('navigation')).toHaveCount(0);
			await check(page, 'departments');

			// The department with the most matters (11), the longest names and a long note.
			await page
				.getByRole('button', { name: t(/Gospodarki Przestrzennej/, /Spatial Planning/) })
				.click();
			await expect(
				page.getByRole('heading', { name: t(/Wybierz sprawę/, /Choose/) })
			).toBeVisible();
			await check(page, 'matters of the largest department');
			await page.getByRole('button', { name: t('Wstecz', 'Back') }).click();

			// The longest matter name of all, which here needs an ID.
			await page.getByRole('button', { name: t(/Ochrony Środowiska/, /Environmental/) }).click();
			await page
				.getByRole('button', { name: t(/Wydanie zaświadczenia o wpisie/, /register of waste/) })
				.click();
			await check(page, 'ticket kind');

			// The office closed meanwhile: the refusal is shown on the step.
			const db = new Database(server.dbPath);
			db.prepare("UPDATE locations SET mode = 'closed'").run();
			await page.getByRole('button', { name: t(/Bilet zwykły/, /Regular ticket/) }).click();
			await expect(page.getByRole('alert').filter({ hasText: /./ })).toBeVisible();
			await check(page, 'ticket kind with a refusal');
			db.prepare("UPDATE locations SET mode = 'normal'").run();
			db.close();

			await page
				.getByRole('button', { name: t(/ograniczonej sprawności/, /limited mobility/) })
				.click();
			await page.getByTestId('ticket-number').waitFor();
			// Not printed (no printer in the tests): the QR code, the printer's message, the ID.
			await expect(page.getByTestId('ticket-qr')).toBeVisible();
			await expect(page.getByTestId('print-status')).not.toBeEmpty();
			await expect(page.getByRole('timer')).toBeVisible();
			await check(page, 'ticket');
			await expect(page.getByRole('button', { name: t('Gotowe', 'Done') })).toBeVisible();
		});
	}

	test(`${size.name}: in limited mode, the notice on the first screen and on the ticket`, async ({
		page,
		server
	}) => {
		worstCase(server.dbPath, 'limited');
		await page.setViewportSize(size);
		await page.goto(`${server.url}/kiosk/bierun`);
		await expect(page.getByTestId('mode-notice')).toBeVisible();
		await check(page, 'departments in limited mode');
		await page.getByRole('button', { name: /Informacja ogólna/ }).click();
		await page.getByRole('button', { name: /Osoba w podeszłym wieku/ }).click();
		await page.getByTestId('ticket-number').waitFor();
		await check(page, 'ticket in limited mode');
	});
}
