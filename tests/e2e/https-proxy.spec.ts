/**
 * Okienko behind the shipped deploy/Caddyfile (`tls internal`), configured as
 * deploy/okienko.env.example says: signing in gives a Secure cookie, forms pass the origin check,
 * a board pairs and its socket, through Caddy's WebSocket proxying, receives a call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../../src/lib/server/demo/accounts';
import { freePort, hasProgram, startCaddy } from '../support/deploy';
import { startServer } from '../support/server';
import { chromiumLaunchOptions } from './support/browser';
import { joined } from './support/office';

const SITE = 'kolejka.test';
const launch = chromiumLaunchOptions();
test.use({
	// The office's name resolves to this machine, as the office's DNS would make it.
	launchOptions: {
		...launch,
		args: [...(launch.args ?? []), `--host-resolver-rules=MAP ${SITE} 127.0.0.1`]
	},
	// Caddy's internal CA is trusted on the office's devices (deploy/device), not in this browser.
	ignoreHTTPSErrors: true
});

/**
 * A request from the page itself, as its scripts make them: the browser resolves the office's
 * name, sends the page's Origin and its cookies.
 */
function fromPage(
	page: Page,
	url: string,
	init: { method?: string; body?: string; type?: string } = {}
) {
	return page.evaluate(
		async ({ url, init }) => {
			const res = await fetch(url, {
				method: init.method ?? 'GET',
				headers: init.type
					? { 'content-type': init.type, accept: 'text/html, application/json' }
					: {},
				body: init.body
			});
			return { status: res.status, text: await res.text() };
		},
		{ url, init }
	);
}

async function json(page: Page, url: string, body?: unknown) {
	const res = await fromPage(
		page,
		url,
		body === undefined
			? {}
			: { method: 'POST', body: JSON.stringify(body), type: 'application/json' }
	);
	expect(res.status, res.text).toBeLessThan(300);
	return JSON.parse(res.text) as { data: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

test('through Caddy: Secure cookie, forms pass the origin check, the board gets a call', async ({
	browser
}) => {
	test.skip(
		!hasProgram('caddy', ['version']),
		'caddy is not installed (Debian: apt-get install caddy; `npm test` installs it when run as root)'
	);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-caddy-'));
	const httpsPort = await freePort();
	const origin = `https://${SITE}:${httpsPort}`;
	// signIn: false: the test's own plain-http sign-in would not pass the origin check, rightly.
	const server = await startServer({
		signIn: false,
		env: { ORIGIN: origin, ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '1' }
	});
	const caddy = await startCaddy({ site: SITE, httpsPort, upstreamPort: server.port, dir });
	const staff = await browser.newContext();
	const boardContext = await browser.newContext();
	try {
		const page = await staff.newPage();
		await page.goto(`${origin}/login`);
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		const admin = DEMO_ACCOUNTS.find((a) => a.login === 'admin')!;
		await page.getByLabel('Login').fill(admin.login);
		await page.getByLabel('Hasło').fill(admin.password);
		await page.getByRole('button', { name: 'Zaloguj się' }).click();
		await expect(page).not.toHaveURL(/\/login/);
		const session = (await staff.cookies()).find((c) => c.name === 'okienko_session');
		expect(session?.secure).toBe(true);

		// An administration form, posted from the office's own address through the proxy.
		const form = 'kind=board&name=Tablica+w+holu&location=1&printer=';
		const created = await fromPage(page, '/admin/devices?/create', {
			method: 'POST',
			body: form,
			type: 'application/x-www-form-urlencoded'
		});
		const code = /[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}/.exec(created.text)?.[0];
		expect(code, `no pairing code (status ${created.status})`).toBeTruthy();

		const board = await boardContext.newPage();
		await board.goto(`${origin}/display/bierun`);
		await expect(board).toHaveURL(/\/pair/);
		// Typed after hydration: a value typed before it may be cleared by it (a busy machine).
		await expect(board.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await board.getByLabel('Kod parowania').fill(code!);
		await board.getByRole('button', { name: 'Sparuj' }).click();
		await expect(board).toHaveURL(`${origin}/display/bierun`);
		const device = (await boardContext.cookies()).find((c) => c.name === 'okienko_device');
		expect(device?.secure).toBe(true);
		await joined(board);

		const menu = await json(page, '/api/locations/1/menu');
		const usc = menu.data.departments
			.flatMap((d: { services: { id: number; name: { pl: string } }[] }) => d.services)
			.find((s: { name: { pl: string } }) => s.name.pl.startsWith('Sprawy obywatelskie'));
		const issued = await json(page, '/api/tickets', {
			locationId: 1,
			serviceId: usc.id,
			priority: null
		});
		const number = (issued.data.ticket as { number: string }).number;
		const queue = await json(page, '/api/locations/1/queue');
		const windowFour = queue.data.windows.find((w: { label: string }) => w.label === '4');
		await json(page, `/api/windows/${windowFour.id}/call`, {});
		await expect(board.getByTestId('board-call').filter({ hasText: number })).toBeVisible();
	} finally {
		await staff.close();
		await boardContext.close();
		await caddy.stop();
		await server.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	}
});
