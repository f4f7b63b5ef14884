/**
 * Issue 12, items 4 and 6 in Chromium: one clerk per window (two clerks in two browser contexts:
 * the picker shows who holds a window, a takeover needs a confirmation, and the first console
 * turns read-only naming who took over), and the time at a glance (running counters and the
 * alert when a visit runs past the matter's usual time), each screen checked with axe.
 */
import type { Browser, Page } from '@playwright/test';
import { signIn } from '../support/auth';
import { authFetch } from '../support/credentials';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';
import { joined, windowId } from './support/office';

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

async function clerkPage(browser: Browser, url: string, login: string): Promise<Page> {
	const context = await browser.newContext({ storageState: signedInAs(await signIn(url, login)) });
	return context.newPage();
}

test('a second clerk sees who holds the window and takes it over only after confirming', async ({
	browser,
	server
}) => {
	await issue(server.url, 'Informacja ogólna');
	const w1 = await windowId(server.url, '1');
	const kasia = await clerkPage(browser, server.url, 'urzednik');
	const tomasz = await clerkPage(browser, server.url, 'urzednik2');

	// Katarzyna opens window 1: it is hers, and the picker says so to Tomasz.
	await kasia.goto(`${server.url}/clerk/${w1}`);
	await joined(kasia);
	const call = (page: Page) => page.getByRole('button', { name: /Wezwij następnego/ });
	await expect(call(kasia)).toBeEnabled();
	await expect(async () => {
		await tomasz.goto(`${server.url}/clerk`);
		const item = tomasz.getByRole('listitem').filter({ hasText: /Stanowisko 1(?!\d)/ });
		await expect(item.getByTestId('window-holder')).toHaveText('zajmuje: Katarzyna Kowalczyk', {
			timeout: 1000
		});
	}).toPass();
	await expectNoAxeViolations(tomasz, 'the window picker with a held window');

	// Tomasz opens it: he can only look, and is told who holds it.
	await tomasz.getByRole('link', { name: /Stanowisko 1\b/ }).click();
	await joined(tomasz);
	await expect(tomasz.getByTestId('hold-notice')).toContainText(
		'Stanowisko zajmuje Katarzyna Kowalczyk'
	);
	await expect(call(tomasz)).toBeDisabled();
	await expectNoAxeViolations(tomasz, 'a console of a window another clerk holds');

	// Taking over asks first; cancelling changes nothing.
	await tomasz.getByRole('button', { name: 'Przejmij stanowisko' }).click();
	const dialog = tomasz.getByRole('dialog');
	await expect(dialog).toContainText('Po przejęciu konsola tej osoby przestanie działać');
	await expectNoAxeViolations(tomasz, 'the takeover confirmation');
	await dialog.getByRole('button', { name: 'Anuluj', exact: true }).click();
	await expect(dialog).toBeHidden();
	await expect(call(tomasz)).toBeDisabled();
	await expect(call(kasia)).toBeEnabled();

	await tomasz.getByRole('button', { name: 'Przejmij stanowisko' }).click();
	await dialog.getByRole('button', { name: 'Tak, przejmij' }).click();
	await expect(dialog).toBeHidden();
	await expect(tomasz.getByTestId('hold-status')).toHaveText(
		'Przejęto stanowisko od: Katarzyna Kowalczyk.'
	);
	await expect(call(tomasz)).toBeEnabled();

	// Katarzyna's console turns read-only at once, naming who took over.
	await expect(kasia.getByTestId('hold-notice')).toContainText(
		'Stanowisko przejął(-ęła) Tomasz Zieliński.'
	);
	await expect(call(kasia)).toBeDisabled();
	await kasia.keyboard.press('n'); // the call's shortcut: no request goes out
	await expectNoAxeViolations(kasia, 'a console whose window was taken over');

	// Tomasz works the window.
	await call(tomasz).click();
	await expect(tomasz.getByTestId('console-current')).toContainText(/[A-Z]+\d{3}/);
	await expect(kasia.getByTestId('console-error')).toBeEmpty();
});

test('the console counts the wait and the service, and says when a visit runs past the usual time', async ({
	page,
	server
}) => {
	const first = await issue(server.url, 'Sprawy obywatelskie');
	await page.goto(`${server.url}/clerk/${await windowId(server.url, '5')}`);
	await joined(page);
	const clock = page.getByTestId('service-clock');
	const button = (name: RegExp) => page.getByRole('button', { name });

	// No visit of the matter was measured yet: its default time is the usual one.
	await button(/Wezwij następnego/).click();
	await expect(page.getByTestId('console-current')).toContainText(first);
	await expect(clock.getByTestId('clock-waited')).toHaveText(/^\d+:\d\d$/);
	const sinceCall = clock.getByTestId('clock-since-call');
	const calledFor = await sinceCall.innerText();
	await expect(sinceCall).not.toHaveText(calledFor); // it counts, every second
	await button(/Rozpocznij obsługę/).click();
	await expect(clock.getByTestId('clock-served')).toBeVisible();
	await expect(clock.getByTestId('clock-usual')).toHaveText('ok. 5 min');
	await expect(clock.getByTestId('clock-status')).toBeEmpty();
	// A visit of a few seconds becomes the matter's usual time (the median of recent visits).
	await button(/Zakończ/).click();
	await expect(clock).toBeHidden();

	const second = await issue(server.url, 'Sprawy obywatelskie');
	await button(/Wezwij następnego/).click();
	await expect(page.getByTestId('console-current')).toContainText(second);
	await button(/Rozpocznij obsługę/).click();
	await expect(clock.getByTestId('clock-usual')).toHaveText('poniżej minuty');
	// Within seconds the visit has run past it: one sentence in a status region.
	await expect(clock.getByTestId('clock-status')).toHaveText(
		'⚠ Obsługa trwa dłużej niż zwykle w tej sprawie (poniżej minuty).',
		{ timeout: 15_000 }
	);
	await expect(clock.getByRole('status')).toHaveCount(1);
	await expectNoAxeViolations(page, 'the console with a visit over its usual time');
});
