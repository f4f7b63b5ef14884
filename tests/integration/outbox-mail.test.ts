/**
 * Booking e-mails through a real SMTP server started in the test (issue 14): a booking's
 * confirmation arrives and reads right (subject and body in Polish, UTF-8, the code and the
 * link); with the mail server down the message waits with its attempts and backoff and is sent
 * when the server is back, also after a restart of the app; a refused address is given up; the
 * reminder is written once on the working day before; a cancellation is told and drops the
 * reminder not yet sent. The sender loop is driven by `sendDue` on the test's clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BookingRequest } from '../../src/lib/server/desk/bookings';
import type { MessagingConfig } from '../../src/lib/server/config';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { matter as matterSeed, testOffice, WEEKDAYS_0730_1530 } from '../support/test-office';

const MIN = 60_000;
let testbed: TestApp | null = null;
let smtp: TestSmtp | null = null;
let now: number;

function mailTo(url: string): MessagingConfig {
	return {
		smtpUrl: url,
		mailFrom: 'Urząd Testowy <kolejka@urzad.test>',
		smsapiToken: '',
		smsapiUrl: '',
		smsFrom: ''
	};
}

/** Thursday 3 December 2026 11:00 in Warsaw; a Monday 08:00–09:00 schedule of 30 minutes. */
function start(smtpUrl: string) {
	now = Date.parse('2026-12-03T10:00:00Z');
	testbed = testApp({
		seed: testOffice({
			location: { week: WEEKDAYS_0730_1530, hoursEnforced: true },
			departments: [
				{
					key: 'usc',
					kind: 'wydzial',
					pl: 'Urząd Stanu Cywilnego',
					en: 'Registry Office',
					prefix: 'U',
					services: [matterSeed('U1', { pl: 'Zaświadczenie o stanie cywilnym', en: 'Certificate' })]
				}
			],
			windows: { '1': ['U1'] }
		}),
		clock: () => now,
		// The loop's own timer stays out of the way: the test drives it with sendDue.
		outboxEveryMs: 3_600_000,
		config: { publicUrl: 'https://kolejka.urzad.test', messaging: mailTo(smtpUrl) }
	});
	const app = testbed.app;
	app.db
		.prepare(
			`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
			 VALUES (?, 1, '08:00', '09:00', 30, 2)`
		)
		.run(idsOf(app).service('U1'));
}

const request = (over: Partial<BookingRequest> = {}): BookingRequest => ({
	locationId: idsOf(testbed!.app).location,
	serviceId: idsOf(testbed!.app).service('U1'),
	day: '2026-12-07',
	start: '08:00',
	lang: 'pl',
	email: 'anna.nowak@example.pl',
	phone: null,
	interpreter: false,
	accessible: false,
	bookedBy: null,
	...over
});

interface Row {
	kind: string;
	state: string;
	attempts: number;
	next_attempt_at: number;
	last_error: string | null;
	recipient: string | null;
}
const rows = () => testbed!.app.db.prepare('SELECT * FROM outbox ORDER BY id').all() as Row[];

afterEach(async () => {
	testbed?.close();
	testbed = null;
	await smtp?.stop();
	smtp = null;
});

describe('booking e-mails through a real SMTP server', () => {
	it('sends the confirmation: Polish subject and body in UTF-8, the code and the link', async () => {
		smtp = await startSmtp();
		start(smtp.url);
		const booking = testbed!.app.bookings.book(request());
		await expect.poll(() => smtp!.received.length).toBe(1);
		const mail = smtp.received[0]!;
		expect(mail.to).toEqual(['anna.nowak@example.pl']);
		expect(mail.headers.get('from')).toBe('Urząd Testowy <kolejka@urzad.test>');
		expect(mail.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
		expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
		expect(mail.subject).toBe(
			'Potwierdzenie rezerwacji: poniedziałek, 7 grudnia 2026, godz. 08:00 — Urząd Testowy'
		);
		expect(mail.text).toContain('Sprawa: Zaświadczenie o stanie cywilnym');
		expect(mail.text).toContain(`Kod rezerwacji: ${booking.code}`);
		expect(mail.text).toContain(`https://kolejka.urzad.test/rezerwacja/${booking.viewToken}`);
		expect(mail.text).toContain('wybierz „Mam rezerwację” i wpisz kod');
		await expect.poll(() => rows()[0]?.state).toBe('sent');
		expect(rows()[0]).toMatchObject({ kind: 'booking_confirmed', attempts: 1, last_error: null });
	});

	it('keeps a message while the server is down, retrying with backoff, and sends it when back', async () => {
		smtp = await startSmtp();
		await smtp.stop(); // nothing listens on its port now
		start(smtp.url);
		testbed!.app.bookings.book(request());
		await expect.poll(() => rows()[0]?.attempts).toBe(1);
		const first = rows()[0]!;
		expect(first).toMatchObject({ state: 'retrying', next_attempt_at: now + MIN });
		expect(first.last_error).toMatch(/^E[A-Z]+$/); // a code, never the server's text
		// Not due yet: nothing is tried.
		await testbed!.app.outbox.sendDue();
		expect(rows()[0]!.attempts).toBe(1);
		now += MIN;
		await testbed!.app.outbox.sendDue();
		expect(rows()[0]).toMatchObject({
			state: 'retrying',
			attempts: 2,
			next_attempt_at: now + 2 * MIN
		});

		await smtp.start();
		now += 2 * MIN;
		expect(await testbed!.app.outbox.sendDue()).toBe(1);
		expect(rows()[0]).toMatchObject({ state: 'sent', attempts: 3 });
		expect(smtp.received).toHaveLength(1);
	});

	it('tries one message per pass while the server does not answer, then sends them all', async () => {
		smtp = await startSmtp();
		await smtp.stop();
		start(smtp.url);
		await testbed!.app.outbox.sendDue(); // the app's first pass is over
		// Three bookings in one task: one pass (their kick) tries the first only.
		for (const start of ['08:00', '08:30', '08:00']) testbed!.app.bookings.book(request({ start }));
		const attempts = () => rows().map((r) => r.attempts);
		await expect.poll(attempts).toEqual([1, 0, 0]);
		await testbed!.app.outbox.sendDue();
		expect(attempts()).toEqual([1, 1, 0]);
		await smtp.start();
		now += MIN;
		expect(await testbed!.app.outbox.sendDue()).toBe(3);
		expect(smtp.received).toHaveLength(3);
	});

	it('sends what waited after a restart of the app', async () => {
		smtp = await startSmtp();
		await smtp.stop();
		start(smtp.url);
		testbed!.app.bookings.book(request());
		await expect.poll(() => rows()[0]?.attempts).toBe(1);

		await smtp.start();
		now += MIN;
		testbed!.restart(); // the new app's loop runs once at start
		await expect.poll(() => smtp!.received.length).toBe(1);
		await expect.poll(() => rows()[0]?.state).toBe('sent');
	});

	it('gives up at once on an address the server refuses for good', async () => {
		smtp = await startSmtp();
		smtp.refuse.add('nikt@example.pl');
		start(smtp.url);
		testbed!.app.bookings.book(request({ email: 'nikt@example.pl' }));
		await expect.poll(() => rows()[0]?.state).toBe('given_up');
		expect(rows()[0]).toMatchObject({ attempts: 1, last_error: 'smtp_550' });
	});

	it('writes the reminder once on the working day before, and a cancellation drops it', async () => {
		smtp = await startSmtp();
		start(smtp.url);
		const booking = testbed!.app.bookings.book(request({ lang: 'en' }));
		await expect.poll(() => smtp!.received.length).toBe(1);
		expect(testbed!.app.outbox.enqueueReminders()).toBe(0); // Thursday: too early

		now = Date.parse('2026-12-04T06:30:00Z'); // Friday 07:30, the office opens
		await smtp.stop();
		expect(testbed!.app.outbox.enqueueReminders()).toBe(1);
		expect(testbed!.app.outbox.enqueueReminders()).toBe(0);
		await expect.poll(() => rows()[1]?.attempts).toBe(1);
		expect(rows()[1]).toMatchObject({ kind: 'booking_reminder', state: 'retrying' });

		await smtp.start();
		testbed!.app.bookings.cancel(booking.viewToken);
		await expect.poll(() => smtp!.received.length).toBe(2);
		expect(smtp.received[1]!.subject).toBe(
			'Booking cancelled: Monday, December 7, 2026, 08:00 — Urząd Testowy'
		);
		// The reminder of a cancelled visit is not sent later.
		expect(rows().map((r) => [r.kind, r.state])).toEqual([
			['booking_confirmed', 'sent'],
			['booking_reminder', 'given_up'],
			['booking_cancelled', 'sent']
		]);
	});

	it('tells of a move, drops the old reminder and reminds of the new slot', async () => {
		smtp = await startSmtp();
		start(smtp.url);
		const app = testbed!.app;
		const booking = app.bookings.book(request());
		await expect.poll(() => smtp!.received.length).toBe(1);
		now = Date.parse('2026-12-04T06:30:00Z'); // Friday 07:30
		await smtp.stop();
		expect(app.outbox.enqueueReminders()).toBe(1);
		await expect.poll(() => rows()[1]?.attempts).toBe(1);

		// A move (staff booking, desk/bookings.ts) writes the new slot and tells the listener.
		app.db
			.prepare(
				"UPDATE bookings SET day = '2026-12-14', start = '08:30', slot_at = ?, changed_at = ? WHERE id = ?"
			)
			.run(Date.parse('2026-12-14T07:30:00Z'), now, booking.id);
		app.outbox.onBooking('booking_moved', app.bookings.byToken(booking.viewToken)!);
		await expect.poll(() => rows()[2]?.attempts).toBe(1);
		await smtp.start();
		now += 2 * MIN;
		expect(await app.outbox.sendDue()).toBe(1);
		expect(smtp.received[1]!.subject).toBe(
			'Nowy termin wizyty: poniedziałek, 14 grudnia 2026, godz. 08:30 — Urząd Testowy'
		);
		expect(rows().map((r) => [r.kind, r.state, r.last_error])).toEqual([
			['booking_confirmed', 'sent', null],
			['booking_reminder', 'given_up', 'booking_changed'],
			['booking_moved', 'sent', null]
		]);
		// The new slot's reminder: on Friday 11 December, once.
		expect(app.outbox.enqueueReminders()).toBe(0);
		now = Date.parse('2026-12-11T06:30:00Z');
		expect(app.outbox.enqueueReminders()).toBe(1);
		expect(app.outbox.enqueueReminders()).toBe(0);
	});

	it('writes nothing for a booking without an e-mail or phone', async () => {
		smtp = await startSmtp();
		start(smtp.url);
		testbed!.app.bookings.book(request({ email: null }));
		now = Date.parse('2026-12-04T06:30:00Z');
		expect(testbed!.app.outbox.enqueueReminders()).toBe(0);
		expect(rows()).toEqual([]);
	});
});
