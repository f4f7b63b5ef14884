/**
 * "Potrzebuję pomocy" in Chromium (issue 15, SR-32): a paired kiosk in the lobby, a clerk's
 * console at window 1 (the Kancelaria's, the help desk by default). The visitor presses the
 * button; the console shows the kiosk's place at once; the clerk answers "Idę"; the kiosk tells
 * the visitor someone is coming, in Polish and (switched) in English. Axe on both screens.
 * Each page opens one connection to the server, however many live parts it has (the console's
 * window, alerts and summons; the kiosk's board and its help panel). The console chimes as the
 * call for help arrives.
 */
import type { Page } from '@playwright/test';
import { pairDevice, signIn } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { expect, signedInAs, test } from './support/fixtures';
import { joined, windowId } from './support/office';

/** The socket.io connections a page opens (WebSockets from the start: client/socket.ts). */
function connectionsOf(page: Page): string[] {
	const opened: string[] = [];
	page.on('websocket', (ws) => {
		if (new URL(ws.url()).pathname.startsWith('/socket.io')) opened.push(ws.url());
	});
	return opened;
}

test('a kiosk asks for help, a clerk at the front desk answers, the kiosk says someone comes', async ({
	browser,
	server
}) => {
	const device = await pairDevice(server.url, server.adminCookie, 'kiosk', {
		name: 'Kiosk przy wejściu'
	});
	const kiosk = await (await browser.newContext({ storageState: signedInAs(device) })).newPage();
	const clerk = await (
		await browser.newContext({ storageState: signedInAs(await signIn(server.url, 'urzednik')) })
	).newPage();
	const clerkConnections = connectionsOf(clerk);
	// Which sounds the console plays: Chromium plays them (autoplay allowed), the page notes each.
	await clerk.addInitScript(() => {
		const play = HTMLMediaElement.prototype.play;
		const played: string[] = ((window as { played?: string[] }).played = []);
		HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
			played.push(this.src);
			return play.call(this);
		};
	});
	const kioskConnections = connectionsOf(kiosk);
	await clerk.goto(`${server.url}/clerk/${await windowId(server.url, '1')}`);
	await joined(clerk);
	await expect(clerk.getByTestId('help-alerts')).toHaveAttribute('data-alerts-live', 'joined');
	await expect(clerk.getByTestId('summons')).toHaveAttribute('data-summons-live', 'joined');
	expect(clerkConnections).toHaveLength(1);

	await kiosk.goto(`${server.url}/kiosk/bierun`);
	await expect(kiosk.locator('.kiosk')).toHaveAttribute('data-live', 'joined');
	await kiosk.getByRole('button', { name: 'Potrzebuję pomocy' }).click();
	const panel = kiosk.getByTestId('kiosk-help');
	await expect(panel.getByRole('status')).toHaveText(/Powiadomiliśmy obsługę urzędu/);

	const alert = clerk.getByTestId('help-alerts');
	expect(kioskConnections).toHaveLength(1);
	await expect(alert).toContainText('Prośba o pomoc z kiosku');
	await expect(alert).toContainText('Kiosk przy wejściu');
	await expect
		.poll(() => clerk.evaluate(() => (window as { played?: string[] }).played))
		.toEqual([expect.stringContaining('/sounds/chime.ogg')]);
	await expectNoAxeViolations(clerk, 'console with a call for help');
	await alert.getByRole('button', { name: 'Idę' }).click();
	await expect(alert).not.toContainText('Kiosk przy wejściu');
	await expect(clerk.getByText('Potwierdzono: idzie Katarzyna.')).toBeVisible();

	await expect(panel.getByRole('status')).toHaveText(
		'Pracownik urzędu już idzie. Prosimy zostać przy kiosku.'
	);
	await expectNoAxeViolations(kiosk, 'kiosk help panel');
	// The visitor switches to English: the same state, in English.
	await kiosk.getByRole('button', { name: 'English' }).click();
	await expect(panel.getByRole('status')).toHaveText(
		'A member of staff is on the way. Please stay by the kiosk.'
	);
	await panel.getByRole('button', { name: 'Close' }).click();
	await expect(kiosk.getByRole('button', { name: 'I need help' })).toBeVisible();
});
