import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';
import { signIn } from '../support/auth';
import { authFetch } from '../support/credentials';

test('survey results: the table, the comments, and a CSV that matches the table', async ({
	page,
	server
}) => {
	const json = { 'content-type': 'application/json' };
	for (const [day, satisfied] of [
		['2026-11-02', true],
		['2026-11-03', false],
		['2026-11-04', true]
	] as const) {
		const res = await authFetch(`${server.url}/api/survey/paper`, {
			method: 'POST',
			headers: json,
			body: JSON.stringify({
				locationId: 1,
				day,
				departmentIds: [1],
				answers: { A: { satisfied, comment: satisfied ? null : 'Niemiła obsługa' } }
			})
		});
		expect(res.status).toBe(201);
	}
	await page.goto(`${server.url}/manage?location=1&from=2026-11-01&to=2026-11-30`);
	const table = page.getByTestId('survey-table');
	await expect(table).toContainText('66,7 %');
	await expect(page.getByTestId('survey-comments')).toContainText('Niemiła obsługa');
	await expectNoAxeViolations(page, 'manage');

	// The CSV holds the same numbers as the table, row by row.
	const download = page.waitForEvent('download');
	await page.locator('a[href^="/api/manage/survey.csv"]').click();
	const file = await (await download).path();
	const csv = (await import('node:fs')).readFileSync(file, 'utf8');
	const csvRows = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n')
		.slice(1)
		.map((l) => l.split(';'));
	// Each item's cell shows the % and, below it, (satisfied/answered).
	const tableRows = await table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) =>
				[...r.querySelectorAll('th, td')].map((c) => [
					(c.firstChild?.textContent ?? '').trim(),
					c.querySelector('.counts')?.textContent?.trim() ?? ''
				])
			)
		);
	expect(csvRows.length).toBe(tableRows.length);
	// Per item the CSV has the %, the satisfied and n (issue 12, item 19): 2 + 7 × 3 columns.
	expect(csvRows[0]).toHaveLength(23);
	expect(csvRows[0]!.slice(2, 5)).toEqual(['66,7', '2', '3']);
	csvRows.forEach((cells, i) => {
		const shown = tableRows[i]!;
		expect(cells[0]).toBe(shown[0]![0]);
		expect(cells[1]).toBe(shown[1]![0]);
		for (let k = 0; k < 7; k++) {
			const [pct, satisfied, n] = cells.slice(2 + 3 * k, 5 + 3 * k);
			expect(pct === '' ? '–' : `${pct} %`).toBe(shown[2 + k]![0]);
			expect(`(${satisfied}/${n})`).toBe(shown[2 + k]![1]);
		}
	});

	const bad = await authFetch(`${server.url}/api/manage/survey.csv?from=2026-12-01&to=2026-11-01`);
	expect(bad.status).toBe(400);
});

test('time report: every table has a CSV with the same rows', async ({ page, server }) => {
	const json = { 'content-type': 'application/json' };
	const menu = await authFetch(`${server.url}/api/locations/1/menu`).then((r) => r.json());
	const usc = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
	for (let i = 0; i < 3; i++) {
		await authFetch(`${server.url}/api/tickets`, {
			method: 'POST',
			headers: json,
			body: JSON.stringify({ locationId: 1, serviceId: usc.id, priority: null })
		});
	}
	for (const action of ['call', 'start', 'finish', 'call', 'finish']) {
		await authFetch(`${server.url}/api/windows/4/${action}`, {
			method: 'POST',
			headers: json,
			body: '{}'
		});
	}
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
	await page.goto(`${server.url}/manage?location=1&from=${today}&to=${today}`);
	await expect(page.getByTestId('item-e')).toContainText('2 wezwań');
	await expect(page.getByTestId('rates')).toContainText('Wydane bilety: 3');
	await expectNoAxeViolations(page, 'manage with times');

	for (const id of [
		'times-location',
		'times-department',
		'times-service',
		'times-window',
		'times-staff',
		'times-priority',
		'times-hour',
		'times-weekday',
		'service-levels',
		'heatmap',
		'queue-length'
	]) {
		const table = page.getByTestId(`table-${id}`);
		const shown = await table
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
			);
		expect(shown.length, id).toBeGreaterThan(0);
		const res = await authFetch(
			`${server.url}/api/manage/report.csv?table=${id}&location=1&from=${today}&to=${today}`
		);
		const csv = (await res.text())
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.slice(1);
		expect(
			csv.map((l) => l.split(';').map((c) => (c === '' ? '–' : c))),
			id
		).toEqual(shown);
	}
	const bad = await authFetch(`${server.url}/api/manage/report.csv?table=nope`);
	expect(bad.status).toBe(400);
});

test.describe('a manager', () => {
	test.use({
		storageState: async ({ server }, use) => use(signedInAs(await signIn(server.url, 'kierownik')))
	});

	test('is told the figures cover their departments only, in Polish and English', async ({
		page,
		server
	}) => {
		await page.goto(`${server.url}/manage`);
		const note = page.getByTestId('manage-scope');
		await expect(note).toHaveText(
			'Dane obejmują tylko Twoje wydziały: Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego. Administrator widzi wszystkie wydziały.'
		);
		await expectNoAxeViolations(page, 'manage, a manager');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(note).toContainText('The figures cover your departments only: ');
		await expectNoAxeViolations(page, 'manage, a manager, in English');
	});
});

test('an administrator sees every department, with no note of a scope', async ({
	page,
	server
}) => {
	await page.goto(`${server.url}/manage`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByTestId('manage-scope')).toHaveCount(0);
});
