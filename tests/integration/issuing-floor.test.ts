/**
 * The issuing benchmark's floor (bench/floor/issue.mjs) does what any kiosk ticket system must,
 * so that Okienko's ratio against it is honest (issue 18 §3): it refuses a caller that is not a
 * paired kiosk of the location, another site's POST, an unknown matter and a closed office; it
 * numbers each letter's tickets from 1 each day; it answers with the rooms and the phone's link.
 * A real floor process over a real office database (the demo office, as the server seeds it).
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startScript } from '../../bench/lib/child.mjs';
import { SYSTEM } from '../support/principals';
import { testApp, type TestApp } from '../support/test-app';

type Floor = Awaited<ReturnType<typeof startScript>>;

let office: TestApp;
let kiosk: string;
let otherKiosk: string;
let floor: Floor;
const services: Record<string, number> = {};

function startFloor(): Promise<Floor> {
	return startScript('bench/floor/issue.mjs', {
		OKIENKO_DB: path.join(office.dir, `floor-${Math.random().toString(36).slice(2)}.sqlite`),
		OKIENKO_OFFICE_DB: office.databasePath
	});
}

function pairKiosk(locationId: number): string {
	const { app } = office;
	const { code } = app.accounts.createDevice(
		SYSTEM,
		{ kind: 'kiosk', name: `kiosk ${locationId}`, locationId, printerKey: null },
		'127.0.0.1'
	);
	return `okienko_device=${app.accounts.pair(code, '127.0.0.1')!.token}`;
}

beforeAll(async () => {
	office = testApp({ seed: 'office' });
	const db = new Database(office.databasePath);
	// Open at any hour, so the test does not depend on when it runs; a second location, closed.
	db.prepare('UPDATE locations SET hours_enforced = 0').run();
	db.prepare(`INSERT INTO locations (slug, name, mode) VALUES ('filia', 'Filia', 'closed')`).run();
	for (const r of db
		.prepare(
			`SELECT s.code, s.id FROM services s JOIN departments d ON d.id = s.department_id
			 WHERE d.location_id = 1 AND s.code IS NOT NULL`
		)
		.all() as { code: string; id: number }[]) {
		services[r.code] = r.id;
	}
	db.close();
	kiosk = pairKiosk(1);
	otherKiosk = pairKiosk(2);
	floor = await startFloor();
});

afterAll(async () => {
	await floor?.stop();
	office?.close();
});

function issue(
	body: unknown,
	{ cookie = kiosk, origin = floor.url }: { cookie?: string; origin?: string } = {}
) {
	return fetch(`${floor.url}/api/tickets`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin, cookie },
		body: JSON.stringify(body)
	});
}

it('numbers each letter from 1 and answers with the rooms and the link', async () => {
	const db = new Database(office.databasePath, { readonly: true });
	const prefixOf = (id: number) =>
		(
			db
				.prepare(
					`SELECT coalesce(s.prefix, d.prefix) AS p FROM services s
					 JOIN departments d ON d.id = s.department_id WHERE s.id = ?`
				)
				.get(id) as { p: string }
		).p;
	const m01 = services['M01']!;
	const other = Object.values(services).find((id) => prefixOf(id) !== prefixOf(m01))!;
	const [first, second] = [prefixOf(m01), prefixOf(other)];
	db.close();
	const numbers: string[] = [];
	for (const serviceId of [m01, m01, other]) {
		const res = await issue({ locationId: 1, serviceId, priority: null });
		expect(res.status).toBe(201);
		const { data } = await res.json();
		numbers.push(data.ticket.number);
		expect(data.link.url).toBe(`${floor.url}/t/${data.ticket.code}`);
		expect(data.ticket.code.length).toBeGreaterThanOrEqual(20);
		expect(data.ticket.places.length).toBeGreaterThan(0);
	}
	expect(numbers).toEqual([`${first}001`, `${first}002`, `${second}001`]);
});

it('refuses whoever is not a paired kiosk of the location, and another site', async () => {
	const body = { locationId: 1, serviceId: services['M01'], priority: null };
	expect((await issue(body, { cookie: '' })).status).toBe(401);
	expect((await issue(body, { cookie: 'okienko_device=' + 'a'.repeat(32) })).status).toBe(401);
	expect((await issue(body, { cookie: otherKiosk })).status).toBe(403);
	expect((await issue(body, { origin: 'http://evil.example' })).status).toBe(403);
});

it('refuses an unknown matter, another location’s matter and a closed office', async () => {
	expect((await issue({ locationId: 1, serviceId: 99_999, priority: null })).status).toBe(404);
	// The closed location's kiosk, for the first location's matter: not this location's.
	const m01 = services['M01'];
	expect(
		(await issue({ locationId: 2, serviceId: m01, priority: null }, { cookie: otherKiosk })).status
	).toBe(404);
	// The location closed (read at the floor's start, as Okienko reads its set-up).
	const db = new Database(office.databasePath);
	db.prepare(`UPDATE locations SET mode = 'closed' WHERE id = 1`).run();
	db.close();
	const closed = await startFloor();
	try {
		const res = await fetch(`${closed.url}/api/tickets`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: closed.url, cookie: kiosk },
			body: JSON.stringify({ locationId: 1, serviceId: m01, priority: null })
		});
		expect(res.status).toBe(409);
	} finally {
		await closed.stop();
	}
});
