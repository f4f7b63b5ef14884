import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

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
		const res = await fetch(`${server.url}/api/survey/paper`, {
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
	await page.getByRole('link', { name: 'Pobierz CSV' }).click();
	const file = await (await download).path();
	const csv = (await import('node:fs')).readFileSync(file, 'utf8');
	const csvRows = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n')
		.slice(1)
		.map((l) => l.split(';'));
	const tableRows = await table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) =>
				[...r.querySelectorAll('th, td')].map((c) => (c.firstChild?.textContent ?? '').trim())
			)
		);
	expect(csvRows.length).toBe(tableRows.length);
	csvRows.forEach((cells, i) => {
		const shown = tableRows[i]!;
		expect(cells[0]).toBe(shown[0]);
		expect(cells[1]).toBe(shown[1]);
		for (let c = 2; c < cells.length; c++) {
			expect(cells[c] === '' ? '–' : `${cells[c]} %`).toBe(shown[c]);
		}
	});

	const bad = await fetch(`${server.url}/api/manage/survey.csv?from=2026-12-01&to=2026-11-01`);
	expect(bad.status).toBe(400);
});
