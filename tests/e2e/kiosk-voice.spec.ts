/**
 * Audio at the kiosk (issue 16) in Chromium with autoplay allowed (support/browser.ts): the
 * administrator turns "read aloud" on for one kiosk at /admin/devices; that kiosk shows the
 * toggle, and once the visitor turns it on each step is asked for and played in order (the
 * requests to /kiosk-voice, and the toggle's data-said, set when the audio starts playing);
 * axe passes with it on, in Polish and Ukrainian. A kiosk left off shows no toggle and asks
 * for nothing.
 */
import type { Page } from '@playwright/test';
import type { KioskMenuDto } from '../../src/lib/shared/dto';
import { pairDevice } from '../support/auth';
import { authFetch } from '../support/credentials';
import { openAdmin } from './support/admin';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';

const TOGGLE = /Czytaj na głos|Read aloud|Читати вголос/;

/** The keys the page asks /kiosk-voice for, in order. */
function heard(page: Page): string[] {
	const keys: string[] = [];
	page.on('request', (r) => {
		const m = /\/kiosk-voice\/\d+\/(\w+)\/([^/?]+)$/.exec(new URL(r.url()).pathname);
		if (m) keys.push(`${m[1]}:${decodeURIComponent(m[2]!)}`);
	});
	return keys;
}

/** The steps only (not the buttons said as they are touched). */
const steps = (keys: string[]) =>
	keys.filter((k) => !/:(button|department_name|service_name|digit)-/.test(k));

test('the admin turns audio on for a kiosk; it reads each step aloud as the visitor goes', async ({
	page,
	browser,
	server
}) => {
	test.setTimeout(120_000);
	const cookie = await pairDevice(server.url, server.adminCookie, 'kiosk', {
		name: 'Kiosk z głosem'
	});
	await openAdmin(page, server.url, '/admin/devices');
	await page.getByLabel('Czytanie na głos').first().selectOption('offered');
	await page.getByRole('button', { name: /^Zapisz ?: Kiosk z głosem$/ }).click();
	await expect(page.getByText('Zapisano czytanie na głos kiosku Kiosk z głosem.')).toBeVisible();

	// A department with several matters open now, so the visitor passes every step.
	const menu = (await authFetch(`${server.url}/api/locations/1/menu`).then((r) => r.json())) as {
		data: KioskMenuDto;
	};
	const department = menu.data.departments.find(
		(d) => d.services.filter((s) => !s.featured && s.available).length > 1
	)!;
	const service = department.services.find((s) => !s.featured && s.available)!;

	const kiosk = await (await browser.newContext({ storageState: signedInAs(cookie) })).newPage();
	const keys = heard(kiosk);
	await kiosk.goto(`${server.url}/kiosk/bierun`);
	await expect(kiosk.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const toggle = kiosk.getByRole('button', { name: TOGGLE });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const box = (await toggle.boundingBox())!;
	expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(64);
	// Off: the visitor goes a step and back, and nothing is asked for.
	await kiosk.getByRole('button', { name: department.name.pl }).click();
	await kiosk.getByRole('button', { name: 'Od początku' }).click();
	expect(keys).toEqual([]);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(toggle).toHaveAttribute('data-said', 'departments');
	await expectNoAxeViolations(kiosk, 'kiosk reading aloud, pl');

	await kiosk.getByRole('button', { name: department.name.pl }).click();
	await expect(toggle).toHaveAttribute('data-said', `service-${department.id}`);
	await kiosk.getByRole('button', { name: service.name.pl }).first().click();
	await expect(toggle).toHaveAttribute('data-said', `ticket_kind-${service.id}`);
	// The button the visitor is on is said (by keyboard here; a touch focuses it too, but the
	// step it leads to cuts it off at once).
	const regular = kiosk.getByRole('button', { name: /Bilet zwykły/ });
	await regular.focus();
	await expect(toggle).toHaveAttribute('data-said', 'button-kiosk.ticket.normal');
	await regular.click();
	await expect(kiosk.getByTestId('ticket-number')).toBeVisible();
	await expect(toggle).toHaveAttribute('data-said', /^issued-[a-z2-7]{26}$/);
	const issued = (await toggle.getAttribute('data-said'))!;

	// In Ukrainian: the same ticket said again in the visitor's new language.
	await kiosk.getByRole('button', { name: 'Українська', exact: true }).click();
	await expect.poll(() => steps(keys).at(-1)).toBe(`uk:${issued}`);
	await expectNoAxeViolations(kiosk, 'kiosk reading aloud, uk');
	// With the visitor's other settings too (their buttons say nothing: they are no step).
	await kiosk.getByRole('button', { name: 'Висока контрастність' }).click();
	await kiosk.getByRole('button', { name: 'Більший текст' }).click();
	await expectNoAxeViolations(kiosk, 'kiosk reading aloud, uk, high contrast, larger text');

	expect(steps(keys)).toEqual([
		'pl:departments',
		`pl:service-${department.id}`,
		`pl:ticket_kind-${service.id}`,
		`pl:${issued}`,
		`uk:${issued}`
	]);

	// Off again: the next step says nothing.
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const before = keys.length;
	await kiosk.getByRole('button', { name: /Готово/ }).click();
	await expect(
		kiosk.getByRole('button', { name: department.name.uk ?? department.name.pl })
	).toBeVisible();
	expect(keys.length).toBe(before);
});

test('a kiosk the admin left off shows no read-aloud toggle and asks for no audio', async ({
	browser,
	server
}) => {
	const cookie = await pairDevice(server.url, server.adminCookie, 'kiosk', { name: 'Kiosk cichy' });
	const kiosk = await (await browser.newContext({ storageState: signedInAs(cookie) })).newPage();
	const keys = heard(kiosk);
	await kiosk.goto(`${server.url}/kiosk/bierun`);
	await expect(kiosk.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(kiosk.getByRole('button', { name: 'Większy tekst' })).toBeVisible();
	await expect(kiosk.getByRole('button', { name: TOGGLE })).toHaveCount(0);
	await kiosk.getByRole('button', { name: 'Mam rezerwację' }).click();
	await expect(kiosk.getByRole('heading', { name: 'Wpisz kod rezerwacji' })).toBeVisible();
	expect(keys).toEqual([]);
});
