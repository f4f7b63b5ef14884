/**
 * A booking's messages as the visitor reads them (notify/messages.ts, i18n parts/mail.ts): in the
 * booking's language (Ukrainian in English until issue 16), with the matter, the day and time,
 * the code, the link (or words instead of it without a public URL), what to do at the kiosk, and
 * the interpreter and accessibility notes; an SMS short.
 */
import { describe, expect, it } from 'vitest';
import {
	bookingLink,
	renderMessage,
	type MessageContext
} from '../../src/lib/server/notify/messages';

const ctx: MessageContext = {
	location: {
		name: 'Urząd Miejski w Bieruniu',
		address: 'ul. Rynek 14, 43-150 Bieruń',
		contact: { phone: '32 708 09 00', email: '', eServicesUrl: '' }
	},
	service: { pl: 'Dowód osobisty — złożenie wniosku', en: 'ID card — application' },
	publicUrl: 'https://kolejka.um.bierun.pl',
	policy: { checkInEarlyMinutes: 15, checkInGraceMinutes: 10 },
	contactKeptDays: 7
};

const booking = {
	lang: 'pl' as const,
	day: '2026-12-07',
	start: '08:30',
	code: '042517',
	viewToken: 'tok_abcdefghijklmnopqrstuv',
	interpreter: false,
	accessible: false
};

describe("a booking's e-mail", () => {
	it('confirms in Polish with the matter, day, time, code, link and the kiosk', () => {
		const m = renderMessage('booking_confirmed', 'email', booking, ctx);
		expect(m.lang).toBe('pl');
		expect(m.subject).toBe(
			'Potwierdzenie rezerwacji: poniedziałek, 7 grudnia 2026, godz. 08:30 — Urząd Miejski w Bieruniu'
		);
		expect(m.body).toContain('Sprawa: Dowód osobisty — złożenie wniosku');
		expect(m.body).toContain('Termin: poniedziałek, 7 grudnia 2026, godz. 08:30');
		expect(m.body).toContain('Miejsce: Urząd Miejski w Bieruniu, ul. Rynek 14, 43-150 Bieruń');
		expect(m.body).toContain('Kod rezerwacji: 042517');
		expect(m.body).toContain('https://kolejka.um.bierun.pl/rezerwacja/tok_abcdefghijklmnopqrstuv');
		expect(m.body).toContain('wybierz „Mam rezerwację” i wpisz kod');
		expect(m.body).toContain('najwcześniej 15 minut przed terminem');
		expect(m.body).toContain('usuniemy 7 dni po terminie wizyty');
		expect(m.body).not.toMatch(/tłumacz|dostępnym/);
	});

	it('adds the interpreter and the accessible service point when asked for', () => {
		const m = renderMessage(
			'booking_reminder',
			'email',
			{ ...booking, interpreter: true, accessible: true },
			ctx
		);
		expect(m.subject).toMatch(/^Przypomnienie o wizycie: poniedziałek, 7 grudnia 2026/);
		expect(m.body).toContain('tłumacz polskiego języka migowego (PJM)');
		expect(m.body).toContain('stanowisku dostępnym');
	});

	it('says how to see the booking without a link when no public URL is set', () => {
		const m = renderMessage('booking_confirmed', 'email', booking, { ...ctx, publicUrl: '' });
		expect(m.body).not.toContain('http');
		expect(m.body).toContain('na stronie rezerwacji urzędu albo telefonicznie, podając kod');
		expect(bookingLink('', 'x')).toBeNull();
	});

	it('writes English for English and Ukrainian bookings', () => {
		for (const lang of ['en', 'uk'] as const) {
			const m = renderMessage('booking_confirmed', 'email', { ...booking, lang }, ctx);
			expect(m.lang).toBe('en');
			expect(m.subject).toBe(
				'Booking confirmed: Monday, December 7, 2026, 08:30 — Urząd Miejski w Bieruniu'
			);
			expect(m.body).toContain('Matter: ID card — application');
			expect(m.body).toContain('choose “I have an appointment” and type the code');
		}
	});

	it('tells of a cancellation without the code or the link', () => {
		const m = renderMessage('booking_cancelled', 'email', booking, ctx);
		expect(m.subject).toMatch(/^Rezerwacja odwołana: poniedziałek, 7 grudnia 2026/);
		expect(m.body).toContain('została odwołana');
		expect(m.body).not.toContain('042517');
		expect(m.body).not.toContain('/rezerwacja/');
	});
});

describe("a booking's SMS", () => {
	it('is one short line with the office, matter, day, time and code', () => {
		const m = renderMessage('booking_confirmed', 'sms', booking, ctx);
		expect(m.body).toBe(
			'Urząd Miejski w Bieruniu: Rezerwacja: Dowód osobisty — złożenie wniosku, 7.12 godz. 08:30. Kod na kiosk: 042517.'
		);
		expect(m.subject).toBe('');
		const en = renderMessage('booking_reminder', 'sms', { ...booking, lang: 'en' }, ctx);
		expect(en.body).toContain('Reminder: ID card — application, Dec 7 08:30. Kiosk code: 042517.');
	});
});
