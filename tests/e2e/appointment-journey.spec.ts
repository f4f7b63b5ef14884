/**
 * Issue 14's whole journey in Chromium, on the real server with a real SMTP server: a visitor
 * books a visit on /rezerwacja on their phone and the confirmation e-mail, in Polish with the
 * code and the link, reaches the test's mail server; on the day, they type the code at /kiosk and
 * get the appointment's ticket; the clerk calls it at /clerk and the board at /display shows it.
 *
 * "On the day": a booking is for the next working day at the earliest, so after booking the test
 * moves its slot to five minutes from now in the database (as staff moving it would), which puts
 * the kiosk inside its check-in window whatever the hour the test runs at.
 */
import Database from 'better-sqlite3';
import type { StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get } from '../support/api';
import { expectNoAxeViolations } from './support/axe';
import { expect, PUBLIC_URL, test } from './support/mail';

const SO = 'Sprawy obywatelskie i stanu cywilnego';

test('book on /rezerwacja, get the e-mail, check in at /kiosk, be called at /clerk and shown on /display', async ({
	browser,
	server,
	smtp
}) => {
	// 1. The visitor's phone, no account.
	const phone = await (
		await browser.newContext({ storageState: undefined, viewport: { width: 360, height: 740 } })
	).newPage();
	await phone.goto(`${server.url}/rezerwacja`);
	await phone.locator('html[data-hydrated]').waitFor();
	await phone.getByRole('link', { name: SO }).click();
	await phone.getByRole('radio').and(phone.locator(':not([disabled])')).first().check();
	await phone.getByLabel('Adres e-mail').fill('zofia.zolc@example.pl');
	await phone.getByRole('button', { name: 'Zarezerwuj termin' }).click();
	await expect(phone.getByRole('heading', { level: 1, name: 'Rezerwacja przyjęta' })).toBeVisible();
	const shown = (await phone.getByTestId('booking-code').textContent())!;
	const code = shown.replace(/\s/g, '');
	expect(code).toMatch(/^\d{6}$/);
	await expectNoAxeViolations(phone, 'booking confirmed');

	// 2. The confirmation reaches the mail server: Polish, the code, the link.
	await expect.poll(() => smtp.received.length).toBe(1);
	const mail = smtp.received[0]!;
	expect(mail.to).toEqual(['zofia.zolc@example.pl']);
	expect(mail.subject).toMatch(/rezerwacj|wizyt/i);
	expect(mail.text).toContain(code);
	expect(mail.text).toContain(`${PUBLIC_URL}/rezerwacja/`);
	expect(mail.text).toContain('Sprawy obywatelskie');

	// 3. On the day: the slot moved to five minutes from now.
	const db = new Database(server.dbPath);
	db.prepare('UPDATE bookings SET slot_at = ? WHERE code = ?').run(Date.now() + 5 * 60_000, code);
	db.close();

	// 4. The kiosk: "Mam rezerwację", the six digits, the appointment's ticket.
	const kiosk = await (await browser.newContext()).newPage();
	await kiosk.goto(`${server.url}/kiosk/bierun`);
	// A touch before hydration does nothing (a busy machine hydrates after the load event).
	await kiosk.locator('html[data-hydrated]').waitFor();
	await kiosk.getByRole('button', { name: /Mam rezerwację/ }).click();
	const keypad = kiosk.getByRole('group', { name: 'Klawiatura' });
	for (const digit of code) await keypad.getByRole('button', { name: digit, exact: true }).click();
	await kiosk.getByRole('button', { name: 'Potwierdź' }).click();
	const number = kiosk.getByTestId('ticket-number');
	await expect(number).toHaveText(/^R\d{3}$/);
	const ticketNumber = (await number.textContent())!;

	// 5. The board, then the clerk's console calls the next client: the appointment.
	const board = await (await browser.newContext()).newPage();
	await board.goto(`${server.url}/display/bierun`);
	await expect(board.locator('[data-live="joined"]')).toBeVisible();
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	const ticket = staff.waiting.find((t) => t.number === ticketNumber)!;
	const window = staff.windows.find((w) => w.serviceIds.includes(ticket.serviceId))!;
	const clerk = await (await browser.newContext()).newPage();
	await clerk.goto(`${server.url}/clerk/${window.id}`);
	await expect(clerk.locator('[data-live="joined"]')).toBeVisible();
	await expect(clerk.getByTestId('console-next').getByRole('listitem').first()).toContainText(
		ticketNumber
	);
	await clerk.getByRole('button', { name: /Wezwij następnego/ }).click();
	await expect(board.getByText(ticketNumber).first()).toBeVisible();

	// 6. The booking's link now leads to the live ticket.
	await phone.reload();
	await expect(phone).toHaveURL(/\/t\//);
	await expect(phone.getByText(ticketNumber).first()).toBeVisible();
});
