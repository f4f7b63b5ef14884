/**
 * The public booking pages in Chromium at phone size (issue 14): a visitor with no account books
 * a slot of a demo matter at /rezerwacja in Polish, sees the code, the QR code and the link, opens
 * the link and cancels with a confirmation; the same in English; a slot filled meanwhile (through
 * the API) is refused with the message, the form kept; and the whole booking by keyboard alone.
 * axe on every step.
 */
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { BookingDto, FreeSlotDto } from '../../src/lib/shared/booking';
import { data, get, post } from '../support/api';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const PHONE = { width: 360, height: 740 };
const SO = 'Sprawy obywatelskie i stanu cywilnego';

// A visitor: no account, a phone-sized screen.
test.use({ storageState: undefined, viewport: PHONE });

function serviceId(dbPath: string, code: string): number {
	const db = new Database(dbPath, { readonly: true });
	const id = db.prepare('SELECT id FROM services WHERE code = ?').pluck().get(code) as number;
	db.close();
	return id;
}

async function openBooking(page: Page, url: string): Promise<void> {
	await page.goto(`${url}/rezerwacja`);
	await page.locator('html[data-hydrated]').waitFor();
}

test('a visitor books a slot in Polish, sees the code and QR code, opens the link and cancels', async ({
	page,
	server
}) => {
	// From the home page.
	await page.goto(server.url);
	await page.getByRole('link', { name: /^Rezerwacja wizyty/ }).click();
	await page.locator('html[data-hydrated]').waitFor();
	await expect(page.getByRole('heading', { level: 1, name: 'Rezerwacja wizyty' })).toBeVisible();
	await expectNoAxeViolations(page, '/rezerwacja');

	await page.getByRole('link', { name: SO }).click();
	await expect(page.getByRole('link', { name: SO })).toHaveAttribute('aria-current', 'true');
	// The reason for the contact data and how long it is kept, from the server's number.
	await expect(page.getByText('Usuniemy je 7 dni po terminie wizyty.')).toBeVisible();

	// With the interpreter, the days are the interpreter's (3 working days' notice): the API's.
	const matter = serviceId(server.dbPath, 'SO');
	const api = (interpreter: 0 | 1) =>
		get<{ days: string[] }>(
			server.url,
			`/api/locations/1/slots?serviceId=${matter}&interpreter=${interpreter}`,
			''
		).then((a) => data(a).days);
	const [plain, withInterpreter] = [await api(0), await api(1)];
	expect(withInterpreter[0]! > plain[0]!).toBe(true);
	await page.getByLabel('Potrzebuję tłumacza polskiego języka migowego (PJM)').check();
	await expect(page).toHaveURL(/interpreter=1/);
	await expect(page.getByText(/co najmniej 3 dni robocze wcześniej/)).toBeVisible();
	const days = page.getByRole('list', { name: 'Wybierz dzień' }).getByRole('listitem');
	await expect(days).toHaveCount(withInterpreter.length);
	await expect(days.first().getByRole('link')).toHaveAttribute('aria-current', 'true');
	await expect(days.first().getByRole('link')).toHaveAttribute(
		'href',
		new RegExp(`day=${withInterpreter[0]}`)
	);
	await expectNoAxeViolations(page, '/rezerwacja with a matter and the interpreter');

	await page.getByRole('radio', { name: /^09:20/ }).check(); // within the demo interpreter's hours
	await page.getByLabel('Potrzebuję stanowiska obsługi osób z niepełnosprawnościami').check();
	await page.getByLabel('Adres e-mail').fill('jan.kowalski@example.pl');
	await page.getByRole('button', { name: 'Zarezerwuj termin' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Rezerwacja przyjęta' })).toBeVisible();
	const code = page.getByTestId('booking-code');
	await expect(code).toHaveText(/^\d{3} \d{3}$/);
	await expect(page.getByText(/godz\. 09:20/)).toBeVisible();
	await expect(page.getByText(SO)).toBeVisible();
	await expect(
		page.getByText('tłumacz PJM, stanowisko dla osób z niepełnosprawnościami')
	).toBeVisible();
	await expect(
		page.getByText(/Przyjdź do 15 min przed terminem.*Mam rezerwację.*niż 10 min/)
	).toBeVisible();
	const link = await page.getByTestId('booking-link').getAttribute('href');
	expect(link).toMatch(new RegExp(`^${server.url}/rezerwacja/[A-Za-z0-9_-]{24}$`));
	await expect(
		page.getByRole('img', { name: 'Kod QR z linkiem do tej rezerwacji' })
	).toHaveAttribute('data-url', link!);
	await expectNoAxeViolations(page, 'the booking made');

	const token = link!.split('/').pop()!;
	const booked = data(await get<BookingDto>(server.url, `/api/bookings/${token}`, ''));
	expect(booked).toMatchObject({ state: 'booked', start: '09:20', day: withInterpreter[0] });
	expect(booked).toMatchObject({ interpreter: true, accessible: true, ticketCode: null });
	expect((await code.textContent())!.replace(' ', '')).toBe(booked.code);

	// The link, as the visitor opens it later: the booking, and cancelling it.
	const later = await page.context().newPage();
	await later.goto(link!);
	await expect(later.getByRole('heading', { level: 1, name: 'Twoja rezerwacja' })).toBeVisible();
	await expect(later.getByTestId('booking-state')).toHaveText('Zarezerwowana');
	await later.getByRole('link', { name: 'Odwołaj rezerwację' }).click();
	await expect(later.getByText('Czy na pewno odwołać tę rezerwację?')).toBeFocused();
	await expectNoAxeViolations(later, 'cancelling, the confirmation');
	await later.getByRole('button', { name: 'Tak, odwołaj' }).click();
	await expect(later.getByTestId('booking-state')).toHaveText('Odwołana');
	await expect(later.getByRole('status')).toHaveText('Rezerwacja została odwołana.');
	await expect(later.getByRole('link', { name: 'Odwołaj rezerwację' })).toHaveCount(0);
	await expectNoAxeViolations(later, 'the booking cancelled');
	expect(data(await get<BookingDto>(server.url, `/api/bookings/${token}`, '')).state).toBe(
		'cancelled'
	);

	// A link that finds nothing: a kind 404 that offers a new booking.
	const wrong = await later.goto(`${server.url}/rezerwacja/${'x'.repeat(24)}`);
	expect(wrong?.status()).toBe(404);
	await expect(
		later.getByRole('heading', { level: 1, name: 'Nie znaleziono rezerwacji' })
	).toBeVisible();
	await expect(later.getByRole('link', { name: 'Zarezerwuj nowy termin' })).toBeVisible();
	await expectNoAxeViolations(later, 'an unknown booking');
});

test('in English, the booking and its page speak English', async ({ page, server }) => {
	await openBooking(page, server.url);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Book a visit' })).toBeVisible();
	await page.getByRole('link', { name: 'Civic affairs and civil registry' }).click();
	await expect(page.getByText('We delete them 7 days after the visit.')).toBeVisible();
	await page.getByRole('radio', { name: /^09:00/ }).check();
	await expectNoAxeViolations(page, '/rezerwacja in English');
	await page.getByRole('button', { name: 'Book this time' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your visit is booked' })).toBeVisible();
	await expect(page.getByText(/ at 09:00$/)).toBeVisible();
	await expect(page.getByText(/Come up to 15 min before your time/)).toBeVisible();
	await expect(
		page.getByRole('img', { name: 'QR code with the link to this booking' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'the booking made, in English');
	const token = (await page.getByTestId('booking-link').getAttribute('href'))!.split('/').pop();
	expect(data(await get<BookingDto>(server.url, `/api/bookings/${token}`, ''))).toMatchObject({
		start: '09:00'
	});
});

test('a slot filled meanwhile is refused with the reason, the form kept and the slot shown full', async ({
	page,
	server
}) => {
	await openBooking(page, server.url);
	await page.getByRole('link', { name: SO }).click();
	await page.getByRole('radio', { name: /^10:00/ }).check();
	await page.getByLabel('Numer telefonu').fill('600 123 456');

	// Two other visitors take both places of 10:00 through the API.
	const matter = serviceId(server.dbPath, 'SO');
	const slots = data(
		await get<{ day: string; slots: FreeSlotDto[] }>(
			server.url,
			`/api/locations/1/slots?serviceId=${matter}`,
			''
		)
	);
	for (let i = 0; i < 2; i++) {
		const other = await post<BookingDto>(
			server.url,
			'/api/bookings',
			{ locationId: 1, serviceId: matter, day: slots.day, start: '10:00' },
			''
		);
		expect(other.status).toBe(201);
	}

	await page.getByRole('button', { name: 'Zarezerwuj termin' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(/Ta godzina jest już zajęta/);
	await expect(alert).toBeFocused();
	await expect(page.getByRole('radio', { name: /^10:00/ })).toBeDisabled();
	await expect(page.getByRole('radio', { name: /^10:00/ })).not.toBeChecked();
	await expect(page.getByRole('radio', { name: '10:00 brak miejsc' })).toBeVisible();
	await expect(page.getByLabel('Numer telefonu')).toHaveValue('600 123 456');
	await expect(page).toHaveURL(/\/rezerwacja\?/);
	await expectNoAxeViolations(page, 'a full slot refused');

	// Another time then goes through, with what was typed.
	await page.getByRole('radio', { name: /^10:20/ }).check();
	await page.getByRole('button', { name: 'Zarezerwuj termin' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Rezerwacja przyjęta' })).toBeVisible();
});

test('a visitor books with the keyboard alone', async ({ page, server }) => {
	await openBooking(page, server.url);
	/** Tab until the focused element's text (or label) matches, as a keyboard user moves on. */
	const tabTo = async (name: RegExp) => {
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const el = document.activeElement as HTMLInputElement | null;
				return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
			});
			if (name.test(focused)) return;
		}
		throw new Error(`never reached ${name}`);
	};
	await tabTo(new RegExp(SO));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/matter=/);
	// The next Tab goes on from the step after the matter, not from the top.
	await page.keyboard.press('Tab');
	await expect(
		page.getByLabel('Potrzebuję tłumacza polskiego języka migowego (PJM)')
	).toBeFocused();
	await tabTo(/^✓?\s*\S+,? \d+ \S+$/);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/day=/);
	// The day's link leads to the times (#godzina): the page moves the focus there once the new
	// day is shown, after the address changes; a Tab before that would start from the old place.
	await expect(page.locator('#godzina')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio').nth(1)).toBeChecked();
	await tabTo(/^Adres e-mail$/);
	await page.keyboard.type('ala@');
	await tabTo(/^Zarezerwuj termin$/);
	await page.keyboard.press('Enter');
	// A mistyped address: the keyboard lands on it, told what is wrong, and fixes it there.
	const email = page.getByLabel('Adres e-mail');
	await expect(email).toBeFocused();
	await expect(email).toHaveAccessibleDescription(/Wpisz poprawny adres e-mail/);
	await page.keyboard.type('example.pl');
	await expect(page.getByRole('radio').nth(1)).toBeChecked();
	await tabTo(/^Zarezerwuj termin$/);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Rezerwacja przyjęta' })).toBeVisible();
	await expect(page.getByTestId('booking-code')).toHaveText(/^\d{3} \d{3}$/);
});
