/**
 * Check-in at the kiosk in Chromium (issue 14): a visitor books through the API, then at the
 * kiosk presses "Mam rezerwację", types the 6 digits on the keypad and gets the appointment's
 * ticket with its time; a clerk calls it and the board shows it; the phone page says the time.
 * A scanner typing the confirmation's link and Enter is read too; a late visitor is offered a
 * walk-in ticket for the same matter; a wrong code is told in plain words. Every screen axe-clean.
 *
 * Clock-independent set-up: a booking is made through POST /api/bookings (always for the next
 * working day or later), then its slot is moved to a time relative to now in the database, as
 * staff moving a booking would; the check-in window (15 minutes before to 10 after) is then
 * the same whatever the hour the test runs at.
 */
import Database from 'better-sqlite3';
import type { BookingDto, FreeSlotDto } from '../../src/lib/shared/booking';
import type { StaffSnapshotDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import type { RunningServer } from '../support/server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const MIN = 60_000;

function warsawClock(at: number): string {
	return new Intl.DateTimeFormat('pl-PL', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Warsaw'
	}).format(at);
}

/** A booking of the property certificate (M01), its slot moved to `slotAt`. */
async function bookAt(server: RunningServer, slotAt: number): Promise<BookingDto> {
	const db = new Database(server.dbPath);
	const matter = db.prepare("SELECT id FROM services WHERE code = 'M01'").pluck().get() as number;
	const add = db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '09:00', '12:00', 20, 5)`
	);
	if (!db.prepare('SELECT 1 FROM appointment_schedules WHERE service_id = ?').get(matter)) {
		for (const weekday of [1, 2, 3, 4, 5]) add.run(matter, weekday);
	}
	const slots = data(
		await get<{ day: string; slots: FreeSlotDto[] }>(
			server.url,
			`/api/locations/1/slots?serviceId=${matter}`,
			''
		)
	);
	const booking = data(
		await post<BookingDto>(
			server.url,
			'/api/bookings',
			{ locationId: 1, serviceId: matter, day: slots.day, start: slots.slots[0]!.start },
			''
		)
	);
	db.prepare('UPDATE bookings SET slot_at = ? WHERE view_token = ?').run(slotAt, booking.token);
	db.close();
	return booking;
}

test('a visitor checks in with the code on the keypad, the console lists it, the board shows its call', async ({
	page,
	browser,
	server
}) => {
	const slotAt = Date.now() + 5 * MIN;
	const booking = await bookAt(server, slotAt);
	await page.goto(`${server.url}/kiosk/bierun`);
	// A touch before hydration does nothing (a busy machine hydrates after the load event).
	await page.locator('html[data-hydrated]').waitFor();
	await page.getByRole('button', { name: /Mam rezerwację/ }).click();
	await expect(page.getByRole('heading', { name: 'Wpisz kod rezerwacji' })).toBeVisible();
	await expectNoAxeViolations(page, 'check-in keypad');

	const keypad = page.getByRole('group', { name: 'Klawiatura' });
	const field = page.getByLabel('Kod rezerwacji');
	const keys = booking.code.split('');
	for (const d of [...keys.slice(0, 5), '9']) {
		await keypad.getByRole('button', { name: d, exact: true }).click();
	}
	// Grouped as on the confirmation; a wrong last digit is taken back with "Usuń cyfrę".
	await expect(field).toHaveValue(`${booking.code.slice(0, 3)} ${booking.code.slice(3, 5)}9`);
	await keypad.getByRole('button', { name: 'Usuń cyfrę' }).click();
	await keypad.getByRole('button', { name: keys[5]!, exact: true }).click();
	await expect(field).toHaveValue(`${booking.code.slice(0, 3)} ${booking.code.slice(3)}`);
	const keyBox = await keypad.getByRole('button', { name: '5', exact: true }).boundingBox();
	expect(keyBox!.height).toBeGreaterThanOrEqual(64);
	expect(keyBox!.width).toBeGreaterThanOrEqual(64);
	await page.getByRole('button', { name: 'Potwierdź' }).click();

	const number = page.getByTestId('ticket-number');
	await expect(number).toHaveText(/^R\d{3}$/);
	const ticketNumber = (await number.textContent())!;
	await expect(page.getByTestId('ticket-appointment')).toHaveText(
		`Wizyta umówiona na ${warsawClock(slotAt)}`
	);
	await expectNoAxeViolations(page, 'appointment ticket on the kiosk');

	// A clerk calls it (the only ticket waiting for the matter), and the board shows the number.
	const board = await (await browser.newContext({ storageState: undefined })).newPage();
	await board
		.context()
		.addCookies((await page.context().cookies()).filter((c) => c.name === 'okienko_session'));
	await board.goto(`${server.url}/display/bierun`);
	await expect(board.locator('[data-live="joined"]')).toBeVisible();
	const staff = data(await get<StaffSnapshotDto>(server.url, '/api/locations/1/queue'));
	const ticket = staff.waiting.find((t) => t.number === ticketNumber)!;
	const window = staff.windows.find((w) => w.serviceIds.includes(ticket.serviceId))!;
	// The clerk's console lists it with its time, first: its slot is near and nobody else waits.
	const clerk = await (await browser.newContext()).newPage();
	await clerk.goto(`${server.url}/clerk/${window.id}`);
	const next = clerk.getByTestId('console-next').getByRole('listitem').first();
	await expect(next).toContainText(ticketNumber);
	await expect(next.getByTestId('queue-appointment')).toHaveText(
		`Wizyta umówiona na ${warsawClock(slotAt)}`
	);
	await expectNoAxeViolations(clerk, 'console listing an appointment');
	const called = await post<{ ticket: { number: string } }>(
		server.url,
		`/api/windows/${window.id}/call`,
		{}
	);
	expect(data(called).ticket.number).toBe(ticketNumber);
	await expect(board.getByText(ticketNumber).first()).toBeVisible();

	// The phone's page (the QR code's link) gives the appointment's time too.
	const db = new Database(server.dbPath, { readonly: true });
	const code = db.prepare('SELECT code FROM tickets WHERE number = ?').pluck().get(ticketNumber);
	db.close();
	const phone = await (await browser.newContext({ storageState: undefined })).newPage();
	await phone.goto(`${server.url}/t/${code}`);
	await expect(phone.getByTestId('live-appointment')).toHaveText(
		`Wizyta umówiona na ${warsawClock(slotAt)}`
	);
});

test('a wrong code is told plainly; a late visitor scanning the QR code gets a walk-in ticket', async ({
	page,
	server
}) => {
	const late = await bookAt(server, Date.now() - 30 * MIN);
	await page.goto(`${server.url}/kiosk/bierun`);
	// A touch before hydration does nothing (a busy machine hydrates after the load event).
	await page.locator('html[data-hydrated]').waitFor();
	await page.getByRole('button', { name: /Mam rezerwację/ }).click();
	await expect(page.getByRole('heading', { name: 'Wpisz kod rezerwacji' })).toBeVisible();

	// A keyboard (or a physical keypad) types wherever the focus is.
	await page.keyboard.type('000000');
	await page.keyboard.press('Enter');
	const alert = page.locator('#check-in-error');
	await expect(alert).toContainText('Nie znaleźliśmy rezerwacji z tym kodem');
	await expect(page.getByLabel('Kod rezerwacji')).toHaveValue('');
	await expectNoAxeViolations(page, 'check-in with a wrong code');

	// A scanner types the confirmation's QR code, the booking's link, and Enter.
	await page.keyboard.type(`https://kolejka.um.bierun.example/rezerwacja/${late.token}`);
	await page.keyboard.press('Enter');
	await expect(alert).toContainText('Minął czas na zgłoszenie się');
	await page.getByRole('button', { name: 'Pobierz zwykły bilet na tę sprawę' }).click();
	const number = page.getByTestId('ticket-number');
	await expect(number).toHaveText(/^P\d{3}$/);
	await expect(page.getByTestId('ticket-appointment')).toHaveCount(0);
});

for (const [width, height, lang] of [
	[1080, 1920, 'pl'],
	[1920, 1080, 'en']
] as const) {
	test(`at ${width}×${height} (${lang}) the keypad, its keys and the confirm button fit the screen`, async ({
		page,
		server
	}) => {
		const [open, title, clear, del, confirm, back] = {
			pl: [
				'Mam rezerwację',
				'Wpisz kod rezerwacji',
				'Wyczyść',
				'Usuń cyfrę',
				'Potwierdź',
				'Wstecz'
			] as const,
			en: [
				'I have an appointment',
				'Enter your booking code',
				'Clear',
				'Delete digit',
				'Confirm',
				'Back'
			] as const
		}[lang];
		await page.setViewportSize({ width, height });
		await page.goto(`${server.url}/kiosk/bierun`);
		if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
		await page.getByRole('button', { name: new RegExp(open) }).click();
		await expect(page.getByRole('heading', { name: title })).toBeVisible();
		for (const name of ['0', '9', clear, del, confirm]) {
			const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
			expect(box.height, name).toBeGreaterThanOrEqual(64);
			expect(box.y + box.height, name).toBeLessThanOrEqual(height);
			expect(box.x + box.width, name).toBeLessThanOrEqual(width);
		}
		await expectNoAxeViolations(page, `check-in keypad (${lang})`);
		// Back to the start from the keypad, as from any step.
		await page.getByRole('button', { name: back }).click();
		await expect(page.getByRole('button', { name: new RegExp(open) })).toBeVisible();
	});
}
