/**
 * Issue 12 items 7–9 in Chromium: a matter no window serves now is shown unavailable with the
 * reason and the other ways (and comes back live when a window opens), the wait is a range on
 * the kiosk's ticket and the phone, and every room serving the matter is listed, the nearest
 * first, the same on the kiosk and the phone.
 */
import Database from 'better-sqlite3';
import { adminClient, serviceId, windowForm } from '../support/admin';
import { authFetch } from '../support/credentials';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { joined, windowId } from './support/office';

/** A window's status as an administrator sets it on its form (the console's rules apply). */
async function setWindow(server: { url: string; dbPath: string }, label: string, status: string) {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		const fields = { ...windowForm(db, label), status };
		if (status === 'paused') Object.assign(fields, { pauseReason: 'Przerwa' });
		const answer = await adminClient(server).submit('/admin/windows', 'save', fields);
		expect(answer.status, `window ${label} → ${status}`).toBe(200);
	} finally {
		db.close();
	}
}

async function issue(baseUrl: string, serviceId: number) {
	const res = await authFetch(`${baseUrl}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseUrl },
		body: JSON.stringify({ locationId: 1, serviceId, priority: null })
	});
	expect(res.status).toBe(201);
}

async function act(baseUrl: string, window: number, action: string) {
	const res = await authFetch(`${baseUrl}/api/windows/${window}/${action}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseUrl },
		body: '{}'
	});
	expect(res.status, action).toBe(200);
}

test('a matter no window serves is unavailable, with why and the other ways, until one opens', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/kiosk/bierun`);
	await joined(page);
	const civic = page.getByRole('button', { name: /Wydział Spraw Obywatelskich/ });
	await expect(civic).toContainText('Nikt nie czeka');
	// Both windows of the Civic Affairs Office close: the kiosk learns it live.
	await setWindow(server, '4', 'closed');
	await setWindow(server, '5', 'closed');
	await expect(civic).toContainText('Teraz żadne stanowisko tego nie przyjmuje');
	await civic.click();
	const info = page.getByTestId('unavailable-matter');
	await expect(info).toContainText('Tej sprawy nie załatwisz teraz na miejscu');
	await expect(info).toContainText('Żadne stanowisko nie przyjmuje teraz tej sprawy');
	await expect(info).toContainText('poniedziałek: 07:30–17:00');
	await expect(info).toContainText('urzad@um.bierun.pl');
	await expect(info).toContainText('eurzad.bierun.pl');
	await expect(page.getByTestId('ticket-number')).toHaveCount(0);
	await expectNoAxeViolations(page, 'kiosk: a matter no window serves');
	// A kiosk has no scroll wheel: the way back is on the screen as it is.
	const back = page.getByRole('button', { name: 'Wybierz inną sprawę' });
	await expect(back).toBeInViewport();
	await back.click();

	// A window on a break still serves the matter: the ticket is issued, the wait unknown.
	await setWindow(server, '4', 'paused');
	await expect(civic).toContainText('Nikt nie czeka');
	await civic.click();
	await page.getByRole('button', { name: /Bilet zwykły/ }).click();
	await expect(page.getByTestId('ticket-number')).toHaveText(/^U\d{3}$/);
	await expect(page.getByTestId('wait-estimate')).toHaveText(
		'Szacowany czas oczekiwania: nieznany – stanowiska mają teraz przerwę'
	);
});

test('the wait is a range from recent visits, the same on the kiosk and the phone', async ({
	page,
	server
}) => {
	const db = new Database(server.dbPath);
	const so = serviceId(db, 'SO');
	const w4 = await windowId(server.url, '4');
	// Three finished visits at window 4, then made 10 minutes each from the call to the end.
	for (let i = 0; i < 3; i++) {
		await issue(server.url, so);
		for (const action of ['call', 'start', 'finish']) await act(server.url, w4, action);
	}
	db.prepare("UPDATE tickets SET called_at = finished_at - 600000 WHERE state = 'done'").run();
	db.close();
	for (let i = 0; i < 5; i++) await issue(server.url, so);

	await page.goto(`${server.url}/kiosk/bierun`);
	await page.getByRole('button', { name: /Wydział Spraw Obywatelskich/ }).click();
	// The kiosk's own answer carries the link its QR code opens on the phone.
	const answer = page.waitForResponse((r) => r.url().endsWith('/api/tickets'));
	await page.getByRole('button', { name: /Bilet zwykły/ }).click();
	const { data } = (await (await answer).json()) as { data: { link: { url: string } } };
	await page.getByTestId('ticket-number').waitFor();
	// 5 ahead, visits of 10 min, windows 4 and 5: the 6th visit to end is about 30 min away.
	const kioskWait = page.getByTestId('wait-estimate');
	await expect(kioskWait).toHaveText('Szacowany czas oczekiwania: 25–35 min');
	await expect(page.locator('main')).toContainText('Przed Tobą czeka 5 osób');
	await expectNoAxeViolations(page, 'kiosk: the ticket with a wait range');

	const phone = await page.context().newPage();
	await phone.goto(data.link.url);
	await expect(phone.getByTestId('wait-estimate')).toHaveText(
		'Szacowany czas oczekiwania: 25–35 min'
	);
	await expectNoAxeViolations(phone, 'phone: the ticket with a wait range');
});

test('a matter served in two rooms lists both, the nearest first, on the kiosk and the phone', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/kiosk/bierun`);
	// M01 (property status certificate): windows 1–3 in room 010 and window 9 in room 302.
	await page.getByRole('button', { name: /Referat Podatków/ }).click();
	await page.getByRole('button', { name: /Bilet zwykły/ }).click();
	await page.getByTestId('ticket-number').waitFor();
	const places = page.locator('.where li');
	await expect(places).toHaveText([
		'pokój 010, parter, kolor: zielony',
		'pokój 302, 3. piętro, kolor: czerwony'
	]);
	await expectNoAxeViolations(page, 'kiosk: two rooms');

	// On the phone the rooms follow the windows: with windows 1–3 closed only room 302 is left.
	const db = new Database(server.dbPath, { readonly: true });
	const m01 = serviceId(db, 'M01');
	db.close();
	const issued = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: server.url },
		body: JSON.stringify({ locationId: 1, serviceId: m01, priority: null })
	});
	const { data } = (await issued.json()) as { data: { link: { url: string } } };
	const phone = await page.context().newPage();
	await phone.goto(data.link.url);
	const where = phone.locator('.where li');
	await expect(where).toHaveText([
		'pokój 010, parter, kolor: zielony',
		'pokój 302, 3. piętro, kolor: czerwony'
	]);
	for (const label of ['1', '2', '3']) await setWindow(server, label, 'closed');
	await expect(where).toHaveText(['pokój 302, 3. piętro, kolor: czerwony']);
	await expectNoAxeViolations(phone, 'phone: where to go');
});
