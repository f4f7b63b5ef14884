import Database from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { joined, windowId } from './support/office';
import { authFetch } from '../support/credentials';
import { startServer } from '../support/server';

/** A ticket for a demo matter by its Polish name's start: its number and its phone code. */
async function issue(
	baseUrl: string,
	namePrefix: string
): Promise<{ number: string; code: string }> {
	const menu = await authFetch(`${baseUrl}/api/locations/1/menu`).then((r) => r.json());
	const service = menu.data.departments
		.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
		.find((s: { name: { pl: string } }) => s.name.pl.startsWith(namePrefix));
	const res = await authFetch(`${baseUrl}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ locationId: 1, serviceId: service.id, priority: null })
	});
	const ticket = (await res.json()).data.ticket;
	return { number: ticket.number, code: ticket.code };
}

test('the clerk checks a matter (SR-08): console, board and phone say so, and finishing ends it', async ({
	browser,
	page,
	server
}) => {
	// The board lists paused and consulting windows only where the location wants it: set in
	// the database while the server is stopped (the administration page's own test covers the form).
	await server.stop();
	const db = new Database(server.dbPath);
	db.prepare('UPDATE locations SET board_shows_paused = 1').run();
	db.close();
	const again = await startServer({ dbPath: server.dbPath });
	try {
		const { number, code } = await issue(again.url, 'Sprawy obywatelskie');
		const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
		await board.goto(`${again.url}/display/bierun`);
		await joined(board);
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${again.url}/clerk/${await windowId(again.url, '5')}`);
		await joined(page);

		const consult = page.getByRole('button', { name: /Sprawdzam \/ konsultuję/ });
		// Nothing to check without a client at the window.
		await expect(consult).toBeDisabled();
		await page.getByRole('button', { name: /Wezwij następnego/ }).click();
		await expect(page.getByTestId('console-current')).toContainText(number);
		await page.getByRole('button', { name: /Rozpocznij obsługę/ }).click();
		await expect(page.getByRole('button', { name: /Zakończ/ })).toBeEnabled();

		// The shortcut K, as the clerk would press it.
		await page.keyboard.press('k');
		await expect(page.getByTestId('console-consulting')).toContainText('Sprawdzam sprawę klienta');
		const end = page.getByRole('button', { name: /Koniec sprawdzania/ });
		await expect(end).toHaveAttribute('aria-pressed', 'true');
		await expectNoAxeViolations(page, 'console while checking a matter');

		const listed = board.getByTestId('board-consulting');
		await expect(listed).toContainText('Stanowisko 5');
		await expect(listed).toContainText('sprawdzanie sprawy');
		await expect(listed).not.toContainText(number);
		await expectNoAxeViolations(board, 'board with a window checking a matter');

		await phone.goto(`${again.url}/t/${code}`);
		await expect(phone.getByTestId('live-consulting')).toContainText(
			'Urzędnik sprawdza informacje w Twojej sprawie'
		);
		await expectNoAxeViolations(phone, 'phone while the clerk checks the matter');

		// The button ends it too; pressed again it starts again, and the visit's end clears it.
		await end.click();
		await expect(page.getByTestId('console-consulting')).toBeHidden();
		await expect(listed).toBeHidden();
		await expect(phone.getByTestId('live-consulting')).toBeHidden();
		await consult.click();
		await expect(listed).toContainText('Stanowisko 5');
		await page.getByRole('button', { name: /Zakończ/ }).click();
		await expect(page.getByTestId('console-current')).not.toContainText(number);
		await expect(page.getByTestId('console-consulting')).toBeHidden();
		await expect(listed).toBeHidden();
		await expect(consult).toBeDisabled();
	} finally {
		await again.stop();
	}
});
