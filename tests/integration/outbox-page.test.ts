/**
 * /admin/outbox on the built app in the test process (issue 14): a manager sees the messages with
 * of their departments' matters only, the recipient masked and no text, and "retry now" makes
 * one due at once, audited; a malformed, unknown or another department's message is refused with
 * 400 or 409 and changes nothing; a clerk is refused (403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type AdminClient } from '../support/admin';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let manager: AdminClient;
let clerk: AdminClient;
let token: string;

beforeAll(async () => {
	server = await startInProcess();
	manager = adminClient(server, await signIn(server.url, 'kierownik'));
	clerk = adminClient(server, await signIn(server.url, 'urzednik'));
	const { app } = server;
	// The manager's matter (Department U) and another department's.
	const matterOf = (own: boolean) =>
		app.db
			.prepare(
				`SELECT s.id FROM services s JOIN departments d ON d.id = s.department_id
				 WHERE s.active = 1 AND (d.prefix = 'U') = ? ORDER BY s.id LIMIT 1`
			)
			.pluck()
			.get(own ? 1 : 0) as number;
	const add = app.db.prepare(
		`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
		 VALUES (?, ?, '08:00', '14:00', 30, 5)`
	);
	const book = (serviceId: number, email: string) => {
		for (const weekday of [1, 2, 3, 4, 5]) add.run(serviceId, weekday);
		const day = app.bookings.days(1)[0]!;
		const slot = app.bookings.freeSlots(1, serviceId, day)[0]!;
		return app.bookings.book({
			locationId: 1,
			serviceId,
			day,
			start: slot.start,
			lang: 'pl',
			email,
			phone: null,
			interpreter: false,
			accessible: false,
			bookedBy: null
		}).viewToken;
	};
	book(matterOf(false), 'zofia.inna@example.pl');
	token = book(matterOf(true), 'anna.nowak@example.pl');
});

afterAll(() => server?.stop());

const message = () =>
	server.app.db.prepare('SELECT * FROM outbox ORDER BY id DESC LIMIT 1').get() as {
		id: number;
		state: string;
		next_attempt_at: number;
	};
const table = () => JSON.stringify(server.app.db.prepare('SELECT * FROM outbox').all());
const retries = () =>
	server.app.db
		.prepare("SELECT count(*) FROM audit_log WHERE action = 'message.retry'")
		.pluck()
		.get();

describe('/admin/outbox', () => {
	it('lists the messages for a manager, recipient masked, without the text or the link', async () => {
		const page = await manager.get('/admin/outbox');
		expect(page.status).toBe(200);
		expect(page.html).toContain('Wiadomości do klientów');
		expect(page.html).toContain('a***@example.pl');
		expect(page.html).not.toContain('anna.nowak');
		expect(page.html).not.toContain(token);
		// No mail server is configured: the confirmation waits and says why.
		expect(page.html).toContain('nie skonfigurowano');
		expect(page.html).toContain('E-mail: wysyłanie nie jest skonfigurowane');
		// Another department's message is not shown to this manager; an admin sees both.
		expect(page.html).not.toContain('z***@example.pl');
		const all = await adminClient(server).get('/admin/outbox');
		expect(all.html).toContain('z***@example.pl');
		expect(all.html).toContain('a***@example.pl');
	});

	it('makes a message due now on "retry now", audited', async () => {
		const m = message();
		server.app.db
			.prepare("UPDATE outbox SET state = 'given_up', next_attempt_at = 0 WHERE id = ?")
			.run(m.id);
		const before = Date.now();
		const answer = await manager.submit('/admin/outbox', 'retry', { id: m.id }, { query: '' });
		expect(answer.status).toBe(200);
		expect(answer.html).toContain(`Wiadomość nr ${m.id} zostanie wysłana za chwilę.`);
		expect(message().state).toBe('retrying');
		expect(message().next_attempt_at).toBeGreaterThanOrEqual(before);
		expect(retries()).toBe(1);
	});

	it('refuses a malformed or unknown message and changes nothing', async () => {
		const before = table();
		for (const [id, status] of [
			['abc', 400],
			['0', 400],
			['999999', 409]
		] as const) {
			const answer = await manager.submit('/admin/outbox', 'retry', { id }, { query: '' });
			expect(answer.status, id).toBe(status);
		}
		// Another department's message: refused like an unknown one.
		const other = server.app.db.prepare('SELECT min(id) FROM outbox').pluck().get() as number;
		const refused = await manager.submit('/admin/outbox', 'retry', { id: other }, { query: '' });
		expect(refused.status).toBe(409);
		const raw = await manager.raw('/admin/outbox?/retry', 'x'.repeat(5000), 'text/plain');
		expect(raw.status).toBe(400);
		expect(table()).toBe(before);
		expect(retries()).toBe(1);
	});

	it('refuses a clerk', async () => {
		expect((await clerk.get('/admin/outbox')).status).toBe(403);
		const m = message();
		const answer = await clerk.submit('/admin/outbox', 'retry', { id: m.id }, { query: '' });
		expect(answer.status).toBe(403);
		expect(retries()).toBe(1);
	});
});
