/**
 * An overdue inquiry flagged across a holiday on the console (issue 15, SR-11). The server has no
 * test clock, so the inquiry is written into the running server's database as the register writes
 * one taken on Tuesday 23 December 2025 at 10:00: its due day from the domain's own rule
 * (queue/inquiries.ts inquiryDueDay over the Polish holidays), which skips Christmas Eve (a
 * holiday since 2025), both days of Christmas and the weekend: Wednesday 31 December. That day
 * has passed, so Katarzyna's console flags it when it opens, linking to the inquiry, whose page
 * says the same due day. Axe on the console with the alert.
 */
import Database from 'better-sqlite3';
import { signIn } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';
import { joined, windowId } from './support/office';
import { dueInstant, inquiryDueDay } from '../../src/lib/server/queue/inquiries';
import { polishHoliday } from '../../src/lib/server/office/holidays';
import type { OpeningHours } from '../../src/lib/server/queue/types';

const DEMO_HOURS: OpeningHours = {
	timeZone: 'Europe/Warsaw',
	week: {
		1: { opens: '07:30', closes: '17:00' },
		2: { opens: '07:30', closes: '15:30' },
		3: { opens: '07:30', closes: '15:30' },
		4: { opens: '07:30', closes: '15:30' },
		5: { opens: '07:30', closes: '14:00' }
	},
	cutoffMinutes: 15,
	mode: 'normal',
	enforced: false,
	calendar: { holiday: polishHoliday, exceptions: new Map() }
};

test('an inquiry taken before Christmas is flagged on the console once its due day has passed', async ({
	browser,
	server
}) => {
	const receivedAt = Date.parse('2025-12-23T09:00:00Z'); // Tuesday, 10:00 in Bieruń
	const dueDay = inquiryDueDay(DEMO_HOURS, receivedAt)!;
	expect(dueDay).toBe('2025-12-31');
	const db = new Database(server.dbPath);
	let id: number;
	try {
		const kasia = db.prepare("SELECT id FROM staff WHERE login = 'urzednik'").pluck().get();
		id = Number(
			db
				.prepare(
					`INSERT INTO inquiries (location_id, channel, question, phone, received_by, received_at,
					   due_day, due_at, state)
					 VALUES (1, 'phone', 'Czy akt małżeństwa wydacie na formularzu wielojęzycznym?',
					   '32 123 45 67', ?, ?, ?, ?, 'received')`
				)
				.run(kasia, receivedAt, dueDay, dueInstant(DEMO_HOURS, dueDay)).lastInsertRowid
		);
	} finally {
		db.close();
	}

	const context = await browser.newContext({
		storageState: signedInAs(await signIn(server.url, 'urzednik'))
	});
	const console = await context.newPage();
	await console.goto(`${server.url}/clerk/${await windowId(server.url, '1')}`);
	await joined(console);
	const alerts = console.getByTestId('inquiry-alerts');
	await expect(alerts).toContainText('Zapytania po terminie oddzwonienia: 1');
	const link = alerts.getByRole('link', {
		name: new RegExp(`^Zapytanie nr ${id} \\(termin minął środa, 31 grudnia 2025\\)$`)
	});
	await expect(link).toBeVisible();
	await expectNoAxeViolations(console, 'console with an overdue inquiry');

	await link.click();
	await expect(console).toHaveURL(new RegExp(`/inquiries/${id}$`));
	await expect(
		console.getByText('Czy akt małżeństwa wydacie na formularzu wielojęzycznym?')
	).toBeVisible();
});
