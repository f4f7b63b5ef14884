/**
 * Appointments for staff in Chromium (issue 14): a manager sets a matter's schedule and the
 * interpreter's week at /admin/appointments (a bad stretch is refused in Polish), a clerk books
 * for a caller who needs a sign-language interpreter at /bookings, moves the booking keeping its
 * code, and finds it in the interpreter's diary; the day's list shows no contact data. Every
 * screen is axe-clean.
 */
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { signedInAs } from './support/fixtures';
import { signIn } from '../support/auth';

const MATTER = 'Sprawy obywatelskie i stanu cywilnego';
const WEEKDAYS = ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek'];

async function addStretch(page: Page, form: string, weekday: string, fields: [string, string][]) {
	const f = page.getByRole('form', { name: form });
	await f.getByLabel('Dzień tygodnia').selectOption({ label: weekday });
	for (const [label, value] of fields) await f.getByLabel(label).fill(value);
	await f.getByRole('button', { name: 'Dodaj przedział' }).click();
}

test('a manager sets the schedule and the interpreter, a clerk books by phone and moves it', async ({
	browser,
	server
}) => {
	// An office that takes no appointments yet (the demo's schedules and interpreter week removed),
	// as a manager finds it before setting them up.
	const db = new Database(server.dbPath);
	db.prepare('DELETE FROM appointment_schedules').run();
	db.prepare('DELETE FROM interpreter_hours').run();
	db.close();
	const manager = await browser.newContext({
		storageState: signedInAs(await signIn(server.url, 'kierownik'))
	});
	const admin = await manager.newPage();
	await admin.goto(`${server.url}/admin/appointments?location=1`);
	await admin.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await expect(admin.getByRole('heading', { level: 1, name: 'Wizyty umówione' })).toBeVisible();
	await expect(admin.getByText('Obowiązują ustawienia domyślne.')).toBeVisible();
	await expectNoAxeViolations(admin, '/admin/appointments');

	// A stretch that ends before it starts is refused in Polish, and nothing is added.
	const schedule = 'Dodaj przedział harmonogramu';
	await addStretch(admin, schedule, 'poniedziałek', [
		['Od (GG:MM)', '10:00'],
		['Do (GG:MM)', '09:00']
	]);
	await expect(admin.getByRole('alert').first()).toContainText(
		'Godzina „do” musi być późniejsza niż godzina „od”.'
	);
	await expect(admin.getByText('Żadna sprawa nie ma jeszcze harmonogramu wizyt.')).toBeVisible();
	await expectNoAxeViolations(admin, '/admin/appointments with an error');

	// Weekdays 09:00–10:00 in 30 minutes, one at a time; then Monday's changed to two at a time.
	for (const day of WEEKDAYS) {
		await addStretch(admin, schedule, day, [
			['Od (GG:MM)', '09:00'],
			['Do (GG:MM)', '10:00'],
			['Długość wizyty (minuty, 5–240)', '30'],
			['Wizyt naraz (1–50)', '1']
		]);
		await expect(admin.getByTestId('schedules')).toContainText(day);
	}
	await admin.getByRole('link', { name: `Zmień ${MATTER}, poniedziałek 09:00–10:00` }).click();
	const edit = admin.getByRole('form', { name: 'Zmień przedział harmonogramu' });
	await edit.getByLabel('Wizyt naraz (1–50)').fill('2');
	await edit.getByRole('button', { name: 'Zapisz' }).click();
	await expect(
		admin.getByTestId('schedules').getByRole('row', { name: /poniedziałek/ })
	).toContainText('2');

	// The interpreter: weekdays 09:00–10:00, one at a time.
	await admin.goto(`${server.url}/admin/appointments?location=1`);
	await admin.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	for (const day of WEEKDAYS) {
		await addStretch(admin, 'Dodaj godziny tłumacza', day, [
			['Od (GG:MM)', '09:00'],
			['Do (GG:MM)', '10:00']
		]);
		await expect(admin.getByTestId('interpreter-hours')).toContainText(day);
	}

	// A clerk answers the phone: a caller who needs an interpreter.
	const clerkContext = await browser.newContext({
		storageState: signedInAs(await signIn(server.url, 'urzednik'))
	});
	const clerk = await clerkContext.newPage();
	await clerk.goto(`${server.url}/clerk`);
	await clerk.getByRole('link', { name: 'Rezerwacje', exact: true }).click();
	await clerk.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await expect(
		clerk.getByRole('heading', { level: 1, name: 'Rezerwacje dla klientów' })
	).toBeVisible();
	await expectNoAxeViolations(clerk, '/bookings');
	await clerk.getByLabel('Sprawa', { exact: true }).selectOption({ label: MATTER });
	await clerk.getByLabel('Potrzebny tłumacz języka migowego (PJM)').check();
	await clerk.getByRole('button', { name: 'Pokaż wolne godziny' }).click();
	const book = clerk.getByRole('form', { name: 'Umów wizytę' });
	await expect(book.getByLabel('Godzina')).toBeVisible();
	await book.getByLabel('Godzina').selectOption('09:00');
	await book.getByLabel('Telefon klienta (nieobowiązkowy)').fill('+48 600 100 200');
	await expectNoAxeViolations(clerk, '/bookings with free slots');
	await book.getByRole('button', { name: 'Zarezerwuj' }).click();

	const notice = clerk.getByTestId('booking-notice');
	await expect(notice).toContainText(/Zarezerwowano\. Kod dla klienta: \d{6}\./);
	const code = /(\d{6})/.exec((await notice.textContent()) ?? '')![1]!;
	const detail = clerk.getByTestId('booking-detail');
	await expect(detail).toContainText('+48 600 100 200');
	await expect(detail).toContainText('tłumacz PJM');
	await expect(detail).toContainText('09:00');
	await expectNoAxeViolations(clerk, 'booking detail');

	// Moved to 09:30 of the same day: the code stays.
	const move = clerk.getByRole('region', { name: 'Przenieś na inny termin' });
	await move.getByLabel('Godzina').selectOption('09:30');
	await move.getByRole('button', { name: 'Przenieś' }).click();
	await expect(notice).toHaveText(`Przeniesiono. Kod się nie zmienia: ${code}.`);
	await expect(detail).toContainText('09:30');

	// The interpreter's diary lists it; the day's list shows it without the phone number.
	await clerk.goto(`${server.url}/bookings/interpreter?location=1`);
	const diary = clerk.getByTestId('interpreter-diary');
	await expect(diary.getByRole('row', { name: new RegExp(code) })).toContainText('09:30');
	await expectNoAxeViolations(clerk, 'the interpreter diary');
	// In English too.
	await clerk.getByRole('button', { name: 'English' }).click();
	await expect(
		clerk.getByRole('heading', { level: 1, name: 'The PJM interpreter’s diary' })
	).toBeVisible();
	await expect(diary.getByRole('row', { name: new RegExp(code) })).toContainText('booked');
	await clerk.getByRole('button', { name: 'Polski' }).click();
	await expect(
		clerk.getByRole('heading', { level: 1, name: 'Terminarz tłumacza PJM' })
	).toBeVisible();
	await clerk.getByRole('link', { name: `Szczegóły rezerwacji ${code}` }).click();
	await clerk.getByRole('link', { name: 'Wróć do rezerwacji' }).click();
	const list = clerk.getByTestId('day-bookings');
	await expect(list.getByRole('row', { name: new RegExp(code) })).toContainText('podany');
	await expect(list).not.toContainText('600 100 200');

	// Found by its code, as a caller reads it out.
	await clerk.getByLabel('Kod rezerwacji (6 cyfr)').fill(code);
	await clerk.getByRole('button', { name: 'Znajdź' }).click();
	await expect(clerk.getByRole('heading', { level: 1, name: `Rezerwacja ${code}` })).toBeVisible();

	await manager.close();
	await clerkContext.close();
});
