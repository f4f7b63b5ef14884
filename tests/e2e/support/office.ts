import type { Page } from '@playwright/test';
import type { StaffSnapshotDto } from '../../../src/lib/shared/dto';
import { authFetch } from '../../support/credentials';

/** The id of a demo window by its label, read from the running server. */
export async function windowId(baseUrl: string, label: string): Promise<number> {
	const res = await authFetch(`${baseUrl}/api/locations/1/queue`);
	const staff = ((await res.json()) as { data: StaffSnapshotDto }).data;
	const w = staff.windows.find((x) => x.label === label);
	if (!w) throw new Error(`no window ${label}`);
	return w.id;
}

/** Take a normal ticket at the kiosk for the Civic Affairs Office (one matter: no matter step). */
export async function takeCivicAffairsTicket(kiosk: Page): Promise<string> {
	// The tap itself is tested before hydration (early-input.spec.ts); here the kiosk is ready.
	await kiosk.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await kiosk.getByRole('button', { name: /Wydział Spraw Obywatelskich/ }).click();
	await kiosk.getByRole('button', { name: /Bilet zwykły/ }).click();
	const number = kiosk.getByTestId('ticket-number');
	await number.waitFor();
	return (await number.innerText()).trim();
}

/** Wait until a board or console page has joined its room, so no change can slip past it. */
export async function joined(page: Page): Promise<void> {
	await page.locator('[data-live="joined"]').waitFor({ state: 'attached', timeout: 15_000 });
}
