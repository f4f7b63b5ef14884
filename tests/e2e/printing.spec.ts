/**
 * Printing and the live ticket in Chromium, against the production server with a kiosk whose
 * printer is a fake network printer (a TCP server on 127.0.0.1 that records what it receives).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { decodeQr, printedText, readEscPos } from '../support/escpos';
import { expectNoAxeViolations } from './support/axe';
import { FakePrinter } from '../support/fake-printer';
import { startServer, type RunningServer } from '../support/server';
import { takeCivicAffairsTicket, windowId, joined } from './support/office';
import { authFetch } from '../support/credentials';
import { signedInAs } from './support/fixtures';

/** A server whose kiosk "lobby-1" prints on a fake network printer. */
const test = base.extend<{ printer: FakePrinter; server: RunningServer }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
	printer: async ({}, use) => {
		const printer = await FakePrinter.start();
		await use(printer);
		await printer.stop();
	},
	server: async ({ printer }, use) => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-e2e-kiosks-'));
		const kiosks = path.join(dir, 'kiosks.json');
		fs.writeFileSync(
			kiosks,
			JSON.stringify({
				'lobby-1': { transport: 'tcp', host: '127.0.0.1', port: printer.port, location: 'bierun' }
			})
		);
		const server = await startServer({ env: { OKIENKO_KIOSKS: kiosks } });
		await use(server);
		await server.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	},
	storageState: async ({ server }, use) => use(signedInAs(server.adminCookie))
});

/** The page fits the screen: nothing to scroll. */
async function expectNoScroll(page: Page) {
	const { scroll, view } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollHeight,
		view: window.innerHeight
	}));
	expect(scroll).toBeLessThanOrEqual(view);
}

/** What a phone camera would read from an element on screen. */
async function scan(page: Page, testId: string): Promise<string | null> {
	return decodeQr(await page.getByTestId(testId).screenshot(), 'png');
}

test('the kiosk prints the ticket, and a clerk reprints it', async ({ page, server, printer }) => {
	await page.setViewportSize({ width: 1080, height: 1920 });
	await page.goto(`${server.url}/kiosk/bierun?kiosk=lobby-1`);
	const number = await takeCivicAffairsTicket(page);
	await expect(page.getByTestId('print-status')).toContainText('Bilet został wydrukowany');
	await expect(page.getByTestId('ticket-qr')).toBeHidden();
	const [paper] = await printer.waitForTickets(1);
	expect(printedText(readEscPos(paper!))).toContain(number);

	await page.goto(`${server.url}/clerk/${await windowId(server.url, '4')}`);
	await joined(page);
	await page.getByRole('button', { name: `Drukuj ponownie bilet ${number}` }).click();
	await expect(page.getByRole('status').filter({ hasText: 'wydrukowano ponownie' })).toContainText(
		`Bilet ${number} wydrukowano ponownie w biletomacie „lobby-1”`
	);
	const tickets = await printer.waitForTickets(2);
	expect(printedText(readEscPos(tickets[1]!))).toContain(number);
});

test('when the printer is out of paper the kiosk shows the ticket with its QR code, and staff are alerted', async ({
	page,
	browser,
	server,
	printer
}) => {
	const clerk = await (
		await browser.newContext({ viewport: { width: 1366, height: 768 } })
	).newPage();
	await clerk.goto(`${server.url}/clerk/${await windowId(server.url, '4')}`);
	await joined(clerk);
	await expect(clerk.getByTestId('printer-alerts')).toBeEmpty();

	await printer.setMode('paper_out');
	await page.setViewportSize({ width: 1080, height: 1920 });
	await page.goto(`${server.url}/kiosk/bierun?kiosk=lobby-1`);
	await takeCivicAffairsTicket(page);
	await expect(page.getByTestId('print-status')).toContainText(
		'W drukarce skończył się papier. Bilet jest ważny'
	);
	const qr = page.getByTestId('ticket-qr');
	await expect(qr).toBeVisible();
	const url = await qr.getAttribute('data-url');
	expect(url).toMatch(new RegExp(`^${server.url}/t/[a-z2-7]{26}$`));
	expect(await scan(page, 'ticket-qr')).toBe(url);
	await expectNoScroll(page);
	expect(printer.tickets).toHaveLength(0);

	// The console hears about it at once, and in plain words.
	await expect(clerk.getByTestId('printer-alerts')).toContainText(
		'Drukarka biletomatu „lobby-1”: brak papieru'
	);
	await expectNoAxeViolations(clerk, 'clerk console with a printer alert');
	await expectNoAxeViolations(page, 'kiosk ticket with its QR code');

	// The QR code opens the live ticket.
	const phone = await (
		await browser.newContext({ viewport: { width: 390, height: 844 } })
	).newPage();
	await phone.goto(url!);
	await expect(phone.getByTestId('live-state')).toContainText('Czekasz w kolejce');

	// In landscape too the ticket and its code fit without scrolling.
	await page.setViewportSize({ width: 1920, height: 1080 });
	await expectNoScroll(page);
});

test('the live ticket page follows a ticket from waiting to called, and past a server restart', async ({
	page,
	server
}) => {
	const menu = await authFetch(`${server.url}/api/locations/1/menu`).then((r) => r.json());
	const serviceId = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie')).id;
	const take = () =>
		authFetch(`${server.url}/api/tickets`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ locationId: 1, serviceId, priority: null })
		}).then(async (r) => (await r.json()).data.ticket);
	await take();
	const mine = await take();
	const window4 = await windowId(server.url, '4');
	const act = (action: string) =>
		authFetch(`${server.url}/api/windows/${window4}/${action}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${server.url}/t/${mine.code}`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const state = page.getByTestId('live-state');
	await expect(page.getByTestId('live-number')).toHaveText(mine.number);
	await expect(state).toContainText('Czekasz w kolejce');
	await expect(state).toContainText('Przed Tobą czeka 1 osoba');

	await act('call'); // the ticket ahead
	await expect(state).toContainText('Nikt przed Tobą nie czeka');

	// The server restarts; the page reconnects by itself and follows on.
	await server.stop();
	await expect(page.getByTestId('connection-lost')).toBeVisible();
	const again = await startServer({ dbPath: server.dbPath, port: server.port });
	try {
		await expect(page.getByTestId('connection-lost')).toBeHidden({ timeout: 15_000 });
		await act('finish');
		await act('call');
		await expect(state).toContainText('Zapraszamy! Twoja kolej');
		await expect(state).toContainText('Podejdź do stanowiska 4');
		await expect(state).toContainText('pokój 105');

		await page.getByRole('button', { name: 'English' }).click();
		await expect(state).toContainText('Please go to window 4');
		await act('finish');
		await expect(state).toContainText('Your visit is over');
		// The way to the survey (channel 2), in the visitor's language.
		const survey = page.getByTestId('survey-invite');
		await expect(survey).toContainText('anonymous survey');
		await survey.getByRole('link', { name: 'Fill in the survey' }).click();
		await expect(page.getByRole('heading', { name: 'Client satisfaction survey' })).toBeVisible();
	} finally {
		await again.stop();
	}
});

test('the printers page shows each printer and a preview drawn from the same document', async ({
	page,
	server,
	printer
}) => {
	await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId: 1, priority: null, kiosk: 'lobby-1' })
	});
	await printer.waitForTickets(1);
	await page.setViewportSize({ width: 1366, height: 1400 });
	await page.goto(`${server.url}/printers`);
	const card = page.getByTestId('printer-lobby-1');
	await expect(card).toContainText(`tcp://127.0.0.1:${printer.port}`);
	await expect(card.getByTestId('printer-condition')).toHaveText('gotowa');
	const preview = card.getByTestId('printer-preview');
	await expect(preview).toBeVisible();
	expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(576);
	// The preview's QR code is the paper's: the live page of the ticket just printed.
	expect(await scan(page, 'printer-preview')).toMatch(/\/t\/[a-z2-7]{26}$/);

	await printer.setMode('cover_open');
	await card.getByRole('button', { name: /Sprawdź stan drukarki/ }).click();
	await expect(card.getByTestId('printer-condition')).toHaveText('otwarta pokrywa');
});
