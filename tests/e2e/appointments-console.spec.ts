/**
 * SR-09 in Chromium (issue 14): the console of window 5 lists today's appointments of its
 * matters with their states (never a name: the code's last digits or the ticket), an alert in
 * words for the client who checked in and waits past their time, with the wait to tell them, and
 * the day's no-shows (the job marked one at the server's start); axe-clean. Live: a cancelled
 * booking leaves the list and calling the overdue client ends the alert. The bookings are written
 * into the database while the server is stopped: the public API books from tomorrow only.
 */
import Database from 'better-sqlite3';
import type { Db } from '../../src/lib/server/db/open';
import { BookingRepository } from '../../src/lib/server/db/repositories/bookings';
import { localTime } from '../../src/lib/server/queue';
import { post } from '../support/api';
import { authFetch } from '../support/credentials';
import { bookToday } from '../support/bookings';
import { startServer } from '../support/server';
import { expectNoAxeViolations } from './support/axe';
import { demoWindows } from './support/board';
import { expect, test } from './support/fixtures';
import { joined } from './support/office';

const MIN = 60_000;

/** HH:MM today, `minutes` from now (kept within today). */
function slotFromNow(now: number, minutes: number): string {
	const { minutes: m } = localTime(now, 'Europe/Warsaw');
	const at = Math.min(23 * 60 + 59, Math.max(0, m + minutes));
	return `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
}

test("the console shows today's appointments, the overdue alert and the no-shows, live", async ({
	page,
	server
}) => {
	// Slots 40 minutes ago must be today's: not in the first minutes after midnight.
	test.skip(localTime(Date.now(), 'Europe/Warsaw').minutes < 45, 'too close after midnight');
	const win = (await demoWindows(server.url)).find((w) => w.label === '5')!;
	const serviceId = win.serviceIds[0]!;
	// The client with an appointment checked in: a ticket of the matter, issued as usual.
	const issued = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId, priority: null })
	}).then((r) => r.json());
	const ticketNumber: string = issued.data.ticket.number;

	await server.stop();
	const db = new Database(server.dbPath);
	const repo = new BookingRepository(db as unknown as Db);
	const now = Date.now();
	const ticketId = db
		.prepare('SELECT id FROM tickets WHERE code = ?')
		.pluck()
		.get(issued.data.ticket.code) as number;
	const booking = (start: string, code: string, more = {}) =>
		bookToday(repo, { locationId: 1, serviceId, start, now, code, ...more });
	const overdue = booking(slotFromNow(now, -12), '111222');
	repo.setState(overdue.id, 'checked_in', now - 13 * MIN, ticketId);
	// Checked in a minute before the slot: the ticket is as old as the check-in.
	db.prepare('UPDATE tickets SET issued_at = ? WHERE id = ?').run(now - 13 * MIN, ticketId);
	const later = booking(slotFromNow(now, 90), '333444', { interpreter: true });
	booking(slotFromNow(now, -40), '555666'); // never came: a no-show once the server starts
	db.close();

	const again = await startServer({ dbPath: server.dbPath });
	try {
		await page.goto(`${again.url}/clerk/${win.id}`);
		await joined(page);
		const panel = page.getByTestId('appointments');
		await expect(panel.getByRole('heading', { name: 'Wizyty umówione dziś' })).toBeVisible();
		const list = page.getByTestId('appointments-list');
		await expect(list.locator('li')).toHaveCount(3);
		await expect(list.locator('li[data-state="checked_in"]')).toContainText(
			`bilet ${ticketNumber}`
		);
		await expect(list.locator('li[data-state="booked"]')).toContainText('kod …444');
		await expect(list.locator('li[data-state="booked"]')).toContainText('tłumacz PJM');
		await expect(page.getByTestId('appointments-missed')).toContainText('kod …666');

		// The alert: in words (not only colour), and in the status region for a screen reader.
		const alert = page.getByTestId('appointments-overdue');
		const sentence = /Wizyta na \d\d:\d\d czeka już 1[2-4] min — przeproś/;
		await expect(alert).toContainText(sentence);
		await expect(page.getByTestId('appointments-status')).toContainText(sentence);
		await expect(page.getByTestId('appointments-status')).toHaveAttribute('role', 'status');
		await expectNoAxeViolations(page, 'console with appointments');

		// Cancelled on the visitor's phone: the line leaves the console at once.
		const cancelled = await post(again.url, `/api/bookings/${later.viewToken}/cancel`, {}, '');
		expect(cancelled.status).toBe(200);
		await expect(list.locator('li')).toHaveCount(2);

		// Called from the alert (the chosen-ticket dialog confirms): no alert, state "wezwana".
		await alert
			.getByRole('button', {
				name: `Wezwij bilet ${ticketNumber} (wizyta na ${slotFromNow(now, -12)})`
			})
			.click();
		await page
			.getByRole('dialog')
			.getByRole('button', { name: /Wezwij/ })
			.click();
		await expect(list.locator('li', { hasText: `bilet ${ticketNumber}` })).toHaveAttribute(
			'data-state',
			'called'
		);
		await expect(list).toContainText('wezwana');
		await expect(alert).toHaveCount(0);
	} finally {
		await again.stop();
	}
});

test('/manage shows the appointment statistics, fitting a 1440 px screen, axe-clean', async ({
	page,
	server
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const win = (await demoWindows(server.url)).find((w) => w.label === '5')!;
	const db = new Database(server.dbPath);
	const repo = new BookingRepository(db as unknown as Db);
	const now = Date.now();
	const serviceId = win.serviceIds[0]!;
	const book = (start: string) => bookToday(repo, { locationId: 1, serviceId, start, now });
	repo.setState(book('08:00').id, 'cancelled', now);
	repo.setState(book('08:20').id, 'missed', now);
	book('08:40');
	db.close();
	const today = localTime(now, 'Europe/Warsaw').day;
	await page.goto(`${server.url}/manage?location=1&from=${today}&to=${today}`);
	const table = page.getByTestId('table-appointments');
	await expect(table).toBeVisible();
	await expect(table.getByRole('columnheader', { name: 'Nieobecności' })).toBeVisible();
	await expect(table.locator('tbody tr').last()).toContainText('Wszystkie wydziały');
	const region = page.getByRole('region', { name: 'Wizyty umówione według wydziału i sprawy' });
	expect(await region.evaluate((r) => r.scrollWidth <= r.clientWidth + 1)).toBe(true);
	await expect(page.getByRole('link', { name: 'Pobierz CSV' }).last()).toHaveAttribute(
		'href',
		/\/api\/manage\/appointments\.csv\?/
	);
	await expectNoAxeViolations(page, '/manage with appointments');
});
