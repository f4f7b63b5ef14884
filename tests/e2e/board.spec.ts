import { expect, test } from './support/fixtures';
import { windowId, joined } from './support/office';
import { authFetch } from '../support/credentials';

test('the board chimes and announces every call and recall, with no name or matter', async ({
	page,
	server
}) => {
	// Count the chimes the board's announcer starts (board-announcer.ts: each announcement
	// starts with the chime, played through Web Audio, then the phrase).
	await page.addInitScript(() => {
		const w = window as unknown as { chimes: string[] };
		w.chimes = [];
		window.addEventListener('okienko:announcement', (e) => {
			const { phase, key } = (e as CustomEvent<{ phase: string; key: string }>).detail;
			if (phase === 'start') w.chimes.push(`/sounds/chime.ogg ${key}`);
		});
	});
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	await expect(page.getByTestId('connection-lost')).toBeHidden();
	const before = await page.evaluate(
		() => (window as unknown as { chimes: string[] }).chimes.length
	);

	const menu = await authFetch(`${server.url}/api/locations/1/menu`).then((r) => r.json());
	const info = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Skargi'));
	const issued = await authFetch(`${server.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId: info.id, priority: null })
	}).then((r) => r.json());
	const number = issued.data.ticket.number as string;
	const w2 = await windowId(server.url, '2');
	const act = (action: string) =>
		authFetch(`${server.url}/api/windows/${w2}/${action}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});

	await act('call');
	await expect(page.getByTestId('board-call').filter({ hasText: number })).toBeVisible();
	await expect(page.getByTestId('board-announcer')).toContainText(number);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { chimes: string[] }).chimes))
		.toEqual(expect.arrayContaining([expect.stringContaining('/sounds/chime.ogg')]));
	const afterCall = await page.evaluate(
		() => (window as unknown as { chimes: string[] }).chimes.length
	);
	expect(afterCall).toBeGreaterThan(before);

	await act('recall');
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { chimes: string[] }).chimes.length))
		.toBeGreaterThan(afterCall);
	await expect(page.locator('body')).not.toContainText('Skargi i wnioski');
});
