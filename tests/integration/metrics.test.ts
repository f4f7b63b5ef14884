/**
 * /metrics on the real server (server.js, listening on every address as in an office): scraped
 * from this machine it counts what the office does (tickets, calls, waits, commits, sockets by
 * role) and reads what it is (queue length, printers, backups, the event loop), in a text every
 * line of which a Prometheus scraper accepts. From another address it needs the token; through a
 * proxy on this machine (Caddy's X-Forwarded-For) too.
 */
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicketDto, KioskMenuDto } from '../../src/lib/shared/dto';
import { data, get, post } from '../support/api';
import { parsePrometheus, valueOf, type Sample } from '../support/prometheus';
import { startServer, type RunningServer } from '../support/server';
import { connect } from '../support/sockets';

const TOKEN = 'a-long-random-metrics-token-for-tests';
let server: RunningServer;
let window4: number;

/** This machine's address on its network, as a kiosk or a monitoring server would reach it. */
const lanAddress = Object.values(os.networkInterfaces())
	.flat()
	.find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

beforeAll(async () => {
	server = await startServer({
		env: {
			HOST: '0.0.0.0',
			OKIENKO_METRICS_TOKEN: TOKEN,
			OKIENKO_BACKUP_DIR: path.join(os.tmpdir(), `okienko-metrics-${process.pid}`)
		}
	});
	const db = new Database(server.dbPath, { readonly: true });
	window4 = db.prepare("SELECT id FROM windows WHERE label = '4'").pluck().get() as number;
	db.close();
}, 60_000);
afterAll(() => server?.stop());

async function scrape(base = server.url, headers: Record<string, string> = {}) {
	const res = await fetch(`${base}/metrics`, { headers });
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
	return parsePrometheus(await res.text());
}

const count = (s: Sample[], name: string, labels: Record<string, string> = {}) =>
	valueOf(s, name, labels) ?? 0;

describe('/metrics', () => {
	it('counts tickets, calls, waits, commits and sockets, and reads queues, printers and backups', async () => {
		const before = await scrape();
		const menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu'));
		const civic = menu.departments
			.flatMap((d) => d.services)
			.find((s) => s.name.pl.startsWith('Sprawy obywatelskie'))!;
		for (let i = 0; i < 3; i++) {
			data(
				await post<IssuedTicketDto>(server.url, '/api/tickets', {
					locationId: 1,
					serviceId: civic.id,
					priority: null
				})
			);
		}
		expect((await post(server.url, `/api/windows/${window4}/call`, {})).status).toBe(200);
		const clerk = await connect(server.url);
		const phone = await connect(server.url, '');

		const after = await scrape();
		const at = { location: 'bierun' };
		const grew = (name: string, labels: Record<string, string>) =>
			count(after, name, labels) - count(before, name, labels);
		expect(grew('okienko_tickets_issued_total', at)).toBe(3);
		expect(grew('okienko_calls_total', at)).toBe(1);
		expect(grew('okienko_wait_seconds_count', at)).toBe(1);
		expect(grew('okienko_wait_seconds_bucket', { ...at, le: '+Inf' })).toBe(1);
		expect(grew('okienko_sqlite_write_seconds_count', { command: 'issue' })).toBeGreaterThan(0);
		expect(grew('okienko_sqlite_write_seconds_count', { command: 'window_action' })).toBe(1);
		expect(valueOf(after, 'okienko_queue_waiting', at)).toBe(
			count(before, 'okienko_queue_waiting', at) + 2
		);
		expect(valueOf(after, 'okienko_sockets_connected', { role: 'admin' })).toBe(1);
		expect(valueOf(after, 'okienko_sockets_connected', { role: 'anonymous' })).toBe(1);
		expect(valueOf(after, 'okienko_printer_alert', { kiosk: 'default' })).toBe(0);
		// A fresh backup folder: no backup yet, the age is infinite (and the check still ok).
		expect(valueOf(after, 'okienko_backup_age_seconds')).toBe(Infinity);
		expect(valueOf(after, 'okienko_health_status', { check: 'database' })).toBe(0);
		expect(valueOf(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);

		// A visitor's phone goes away: its socket is no longer counted.
		phone.close();
		await expect
			.poll(async () => valueOf(await scrape(), 'okienko_sockets_connected', { role: 'anonymous' }))
			.toBe(0);
		clerk.close();
	});

	it('from this machine through a proxy, needs the token', async () => {
		const proxied = { 'x-forwarded-for': '192.0.2.50' };
		const refused = await fetch(`${server.url}/metrics`, { headers: proxied });
		expect(refused.status).toBe(401);
		expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
		await scrape(server.url, { ...proxied, authorization: `Bearer ${TOKEN}` });
	});

	it.skipIf(!lanAddress)('from another address, needs the token', async () => {
		const base = `http://${lanAddress}:${server.port}`;
		// The server sees the LAN address: the same request is refused there and allowed on loopback.
		expect((await fetch(`${base}/metrics`)).status).toBe(401);
		const wrong = await fetch(`${base}/metrics`, {
			headers: { authorization: `Bearer x${TOKEN}` }
		});
		expect(wrong.status).toBe(401);
		// A signed-in administrator is a person, not a monitor.
		const admin = await fetch(`${base}/metrics`, { headers: { cookie: server.adminCookie } });
		expect(admin.status).toBe(401);
		const samples = await scrape(base, { authorization: `Bearer ${TOKEN}` });
		expect(valueOf(samples, 'okienko_tickets_issued_total', { location: 'bierun' })).toBe(3);
		// Nothing was refused for a lack of sign-in: a scraper is not sent to /login.
		expect((await fetch(`${base}/metrics`, { redirect: 'manual' })).headers.get('location')).toBe(
			null
		);
	});
});
