import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { windowId } from './support/office';
import { authFetch } from '../support/credentials';

const json = { 'content-type': 'application/json' };

/** Issue a Civic Affairs ticket and serve it to the end at window 4; returns its code. */
async function finishVisit(baseUrl: string): Promise<string> {
	const menu = await authFetch(`${baseUrl}/api/locations/1/menu`).then((r) => r.json());
	const usc = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
	const issued = await authFetch(`${baseUrl}/api/tickets`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ locationId: 1, serviceId: usc.id, priority: null })
	}).then((r) => r.json());
	const w4 = await windowId(baseUrl, '4');
	for (const action of ['call', 'start', 'finish']) {
		await authFetch(`${baseUrl}/api/windows/${w4}/${action}`, {
			method: 'POST',
			headers: json,
			body: '{}'
		});
	}
	return issued.data.ticket.code;
}

/** Answer A (satisfied) and E (dissatisfied, with a comment) and send. */
async function answer(page: Page, submit: RegExp) {
	const a = page.getByRole('group', { name: /A\. uprzejmość/ });
	await a.getByLabel('jestem zadowolona/y').check();
	const e = page.getByRole('group', { name: /E\. czas oczekiwania/ });
	await e.getByLabel('jestem niezadowolona/y').check();
	await e.getByLabel('Uwagi:').fill('Za długo w kolejce');
	await page.getByRole('button', { name: submit }).click();
}

function responses(dbPath: string) {
	const db = new Database(dbPath, { readonly: true });
	try {
		return db
			.prepare(
				`SELECT r.channel, a.item, a.satisfied, a.comment FROM survey_responses r
				 JOIN survey_answers a ON a.response_id = r.id ORDER BY r.id, a.item`
			)
			.all();
	} finally {
		db.close();
	}
}

test('channel 1: the tablet at the window invites the client when the clerk finishes', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/survey/window/${await windowId(server.url, '4')}`);
	await expect(page.getByText(/Po zakończeniu wizyty/)).toBeVisible();
	await expectNoAxeViolations(page, 'survey tablet, waiting');
	await finishVisit(server.url);
	await page.getByRole('button', { name: 'Wypełnij ankietę' }).click();
	// The visit's department is ticked for the client.
	await expect(page.getByLabel('Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego')).toBeChecked();
	await expectNoAxeViolations(page, 'survey questionnaire');
	await answer(page, /Wyślij ankietę/);
	await expect(page.getByText('Dziękujemy za udział w badaniu')).toBeVisible();
	expect(responses(server.dbPath)).toEqual([
		{ channel: 'kiosk', item: 'A', satisfied: 1, comment: null },
		{ channel: 'kiosk', item: 'E', satisfied: 0, comment: 'Za długo w kolejce' }
	]);
});

test('channel 2: the visitor answers once on the phone after the visit', async ({
	page,
	server
}) => {
	const code = await finishVisit(server.url);
	const ticket = await authFetch(`${server.url}/api/tickets/${code}`).then((r) => r.json());
	const token = ticket.data.surveyToken as string;
	expect(token).toMatch(/^[a-z2-7]{26}$/);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${server.url}/survey/${token}`);
	await answer(page, /Wyślij ankietę/);
	await expect(page.getByText('Dziękujemy za udział w badaniu')).toBeVisible();
	// The same visit cannot answer twice.
	await page.goto(`${server.url}/survey/${token}`);
	await expect(page.getByText(/została już wypełniona/)).toBeVisible();
	// Nothing the server logged can tie the answer to the visit.
	expect(server.output()).not.toContain(token);
	expect(server.output()).not.toContain(code);
	expect(server.output()).not.toContain(ticket.data.number);
	expect(responses(server.dbPath).map((r) => (r as { channel: string }).channel)).toEqual([
		'web',
		'web'
	]);
});

test('channel 3: paper forms are typed in at the Kancelaria', async ({ page, server }) => {
	await page.goto(`${server.url}/survey/paper`);
	await expectNoAxeViolations(page, 'paper survey entry');
	await page.getByLabel('Data wypełnienia ankiety').fill('2026-01-15');
	await page.getByLabel('Referat Podatków').check();
	await answer(page, /Zapisz ankietę/);
	await expect(page.getByText(/Zapisano ankietę/)).toBeVisible();
	// The form is empty again for the next paper survey.
	await expect(page.getByLabel('Referat Podatków')).not.toBeChecked();
	expect(responses(server.dbPath).map((r) => (r as { channel: string }).channel)).toEqual([
		'paper',
		'paper'
	]);
});
