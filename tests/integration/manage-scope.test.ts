/**
 * /manage's CSV exports for a manager (their departments only) against an admin's (every
 * department), over the real server: two tickets issued and served through the API, one in the
 * Civic Affairs Office (prefix U, the demo manager `kierownik`'s) by `urzednik`, one in the Tax
 * Section by `urzednik2`.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, post } from '../support/api';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let manager: string;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });

beforeAll(async () => {
	server = await startInProcess();
	const db = new Database(server.dbPath, { readonly: true });
	const one = (sql: string) => db.prepare(sql).pluck().get() as number;
	const civic = one("SELECT id FROM services WHERE code = 'SO'");
	const tax = one("SELECT id FROM services WHERE code = 'M01'");
	const window4 = one("SELECT id FROM windows WHERE label = '4'");
	const window9 = one("SELECT id FROM windows WHERE label = '9'");
	db.close();
	manager = await signIn(server.url, 'kierownik');
	const clerks = [await signIn(server.url, 'urzednik'), await signIn(server.url, 'urzednik2')];
	for (const [serviceId, windowId, clerk] of [
		[civic, window4, clerks[0]],
		[tax, window9, clerks[1]]
	] as const) {
		data(await post(server.url, '/api/tickets', { locationId: 1, serviceId }));
		for (const action of ['call', 'start', 'finish']) {
			data(await post(server.url, `/api/windows/${windowId}/${action}`, {}, clerk));
		}
	}
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

async function csv(path: string, cookie: string) {
	const res = await fetch(`${server.url}${path}&location=1&from=${today}&to=${today}`, {
		headers: { cookie, 'accept-language': 'pl' }
	});
	expect(res.status).toBe(200);
	return (await res.text())
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
}

const firstColumn = (lines: string[]) => lines.slice(1).map((l) => l.split(';')[0]);

describe('the CSV exports of /manage', () => {
	it('give a manager the rows of their departments only, and an admin every department', async () => {
		const byDepartment = '/api/manage/report.csv?table=times-department';
		expect(firstColumn(await csv(byDepartment, manager))).toEqual([
			'Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego'
		]);
		expect(firstColumn(await csv(byDepartment, server.adminCookie))).toEqual([
			'Referat Podatków',
			'Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego'
		]);
	});

	it('name only the clerks who served in the manager’s departments', async () => {
		const byStaff = '/api/manage/report.csv?table=times-staff';
		expect(firstColumn(await csv(byStaff, manager))).toEqual(['Katarzyna Kowalczyk']);
		const managerText = (await csv(byStaff, manager)).join('\n');
		expect(managerText).not.toContain('Zieliński');
		expect(firstColumn(await csv(byStaff, server.adminCookie)).sort()).toEqual([
			'Katarzyna Kowalczyk',
			'Tomasz Zieliński'
		]);
	});

	it('count the manager’s tickets only in every other table', async () => {
		const heat = async (cookie: string) =>
			(await csv('/api/manage/report.csv?table=heatmap', cookie))
				.slice(1)
				.flatMap((l) => l.split(';').slice(1))
				.reduce((n, cell) => n + Number(cell), 0);
		expect(await heat(manager)).toBe(1);
		expect(await heat(server.adminCookie)).toBe(2);
		const waits = async (cookie: string) =>
			(await csv('/api/manage/report.csv?table=times-location', cookie))
				.slice(1)
				.map((l) => Number(l.split(';')[1]));
		expect(await waits(manager)).toEqual([1]);
		expect(await waits(server.adminCookie)).toEqual([2]);
	});

	it('label the survey total as the manager’s departments', async () => {
		const lines = await csv('/api/manage/survey.csv?', manager);
		expect(firstColumn(lines)).toEqual(['Twoje wydziały razem']);
		expect(firstColumn(await csv('/api/manage/survey.csv?', server.adminCookie))).toEqual([
			'Wszystkie wydziały'
		]);
	});
});
