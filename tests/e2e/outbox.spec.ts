/**
 * The staff's view of the messages to visitors, in Chromium (issue 14): a booking made while the
 * mail server is down shows at /admin/outbox as retrying, with its attempts, next attempt and the
 * error's code, the recipient masked (axe-clean); when the server is back, "Ponów teraz" sends it
 * at once, and the real SMTP server started by the test receives it.
 */
import Database from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { expect, openAdmin, test } from './support/mail';

test('a message kept while the mail server is down is shown masked and sent by "Ponów teraz"', async ({
	adminPage: page,
	server,
	smtp
}) => {
	await smtp.stop();
	// The demo office has no appointment schedules: one matter takes appointments every weekday.
	const db = new Database(server.dbPath);
	const serviceId = db
		.prepare('SELECT id FROM services WHERE active = 1 ORDER BY id LIMIT 1')
		.pluck()
		.get() as number;
	const add = db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '08:00', '14:00', 30, 5)`
	);
	for (const weekday of [1, 2, 3, 4, 5]) add.run(serviceId, weekday);
	db.close();

	const slots = (await (
		await fetch(`${server.url}/api/locations/1/slots?serviceId=${serviceId}`)
	).json()) as { data: { day: string; slots: { start: string; free: number }[] } };
	const slot = slots.data.slots.find((s) => s.free > 0)!;
	const booked = await fetch(`${server.url}/api/bookings`, {
		method: 'POST',
		headers: { origin: server.url, 'content-type': 'application/json' },
		body: JSON.stringify({
			locationId: 1,
			serviceId,
			day: slots.data.day,
			start: slot.start,
			email: 'jan.kowalski@example.pl'
		})
	});
	expect(booked.status).toBe(201);

	await expect(async () => {
		await openAdmin(page, server.url, '/admin/outbox');
		await expect(page.getByTestId('outbox')).toContainText('ponawiana');
	}).toPass();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Wiadomości do klientów' })
	).toBeVisible();
	await expect(page.getByTestId('channel-email')).toContainText('E-mail: wysyłanie włączone.');
	await expect(page.getByTestId('channel-sms')).toContainText('nie jest skonfigurowane');
	const row = page.getByRole('row', { name: /potwierdzenie/ });
	await expect(row).toContainText('j***@example.pl');
	await expect(row).not.toContainText('kowalski');
	await expect(row.getByRole('cell').nth(5)).toHaveText('1');
	await expect(row.locator('code')).toHaveText(/^E[A-Z]+$/);
	await expectNoAxeViolations(page, '/admin/outbox');

	await smtp.start();
	await row.getByRole('button', { name: /Ponów teraz/ }).click();
	await expect(page.getByRole('status')).toContainText('zostanie wysłana za chwilę');
	await expect.poll(() => smtp.received.length).toBe(1);
	expect(smtp.received[0]!.subject).toMatch(/^Potwierdzenie rezerwacji: /);
	await expect(async () => {
		await openAdmin(page, server.url, '/admin/outbox');
		await expect(page.getByRole('row', { name: /potwierdzenie/ })).toContainText('wysłana');
	}).toPass();
	await expect(page.getByRole('button', { name: /Ponów teraz/ })).toHaveCount(0);
});
