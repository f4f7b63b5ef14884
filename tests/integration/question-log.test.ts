/**
 * The staff's question and problem log over HTTP (issue 15, SR-26): a clerk's note from the
 * console is kept with its matter; one with a PESEL number, a phone number or an e-mail address
 * is refused with a message saying which, as is bad input, and nothing is kept. The head of unit
 * sees the notes of their matters by matter at /manage/backroom, with CSV; the clerk may not.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { get, post } from '../support/api';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { localTime } from '../../src/lib/server/queue/clock';

let server: InProcessServer;
let kasia: string;
let manager: string;
let windowOne: number;
let civicMatter: number;
let taxMatter: number;

beforeAll(async () => {
	server = await startInProcess();
	[kasia, manager] = await Promise.all([
		signIn(server.url, 'urzednik'),
		signIn(server.url, 'kierownik')
	]);
	const db = new Database(server.dbPath, { readonly: true });
	try {
		windowOne = db.prepare("SELECT id FROM windows WHERE label = '1'").pluck().get() as number;
		civicMatter = db.prepare("SELECT id FROM services WHERE code = 'SO'").pluck().get() as number;
		taxMatter = db.prepare("SELECT id FROM services WHERE code = 'M03'").pluck().get() as number;
	} finally {
		db.close();
	}
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

const notes = () => {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		return db.prepare('SELECT kind, text, service_id FROM question_notes ORDER BY id').all();
	} finally {
		db.close();
	}
};

it('keeps a note with its matter, and refuses client data and bad input, keeping nothing', async () => {
	const ok = await post<{ id: number }>(
		server.url,
		'/api/notes',
		{
			windowId: windowOne,
			kind: 'question',
			serviceId: civicMatter,
			text: '  Czy dowód dla dziecka  wymaga obecności obojga rodziców? '
		},
		kasia
	);
	expect(ok.status).toBe(201);
	expect(notes()).toEqual([
		{
			kind: 'question',
			text: 'Czy dowód dla dziecka wymaga obecności obojga rodziców?',
			service_id: civicMatter
		}
	]);

	const refused: [unknown, number, string | RegExp][] = [
		[{ text: 'Pan 44051401359 pyta o zameldowanie' }, 400, /PESEL/],
		[{ text: 'Oddzwonić: 601 234 567' }, 400, /numer telefonu/],
		[{ text: 'Pisze z jan@example.pl' }, 400, /adres e-mail/],
		[{ text: 'ok' }, 400, /od 3 do 500/],
		[{ text: 'x'.repeat(501) }, 400, /od 3 do 500/],
		[{ kind: 'complaint' }, 400, /.+/],
		[{ serviceId: 999999 }, 404, /.+/],
		[{ windowId: 999999 }, 404, /.+/],
		[{ extra: true }, 400, /.+/]
	];
	for (const [change, status, message] of refused) {
		const body = {
			windowId: windowOne,
			kind: 'problem',
			serviceId: null,
			text: 'Brak formularzy',
			...(change as object)
		};
		const answer = await post(server.url, '/api/notes', body, kasia);
		expect(answer.status, JSON.stringify(change)).toBe(status);
		expect('error' in answer.body && answer.body.error.message).toMatch(message);
	}
	expect(notes()).toHaveLength(1);
});

it('sums the notes up by matter for the head of unit, with CSV, within their departments', async () => {
	for (const [kind, serviceId] of [
		['problem', civicMatter],
		['question', taxMatter],
		['question', null]
	] as const) {
		const answer = await post(
			server.url,
			'/api/notes',
			{ windowId: windowOne, kind, serviceId, text: 'Drukarka formularzy znowu nie działa' },
			kasia
		);
		expect(answer.status).toBe(201);
	}
	// The office's day (Europe/Warsaw), not UTC's: between 23:00 and 24:00 UTC they differ.
	const today = localTime(Date.now(), 'Europe/Warsaw').day;
	const query = `?from=${today}&to=${today}`;
	const csv = await fetch(`${server.url}/api/manage/backroom.csv${query}&table=notes`, {
		headers: { cookie: manager }
	});
	expect(csv.status).toBe(200);
	const lines = (await csv.text()).replace('\uFEFF', '').trim().split('\r\n');
	expect(lines[0]).toBe('Wydział;Sprawa;Pytania;Problemy');
	// The manager's department (civic affairs): its matter, one question and one problem; the
	// note with no matter; not the tax matter, another department's.
	expect(lines).toHaveLength(3);
	expect(lines).toContain(';(bez sprawy);1;0');
	expect(lines.some((l) => /^Wydział Spraw Obywatelskich.*;1;1$/.test(l))).toBe(true);

	const page = await fetch(`${server.url}/manage/backroom${query}`, {
		headers: { cookie: manager }
	});
	expect(page.status).toBe(200);
	expect(await page.text()).toContain('Czy dowód dla dziecka wymaga obecności obojga rodziców?');
	const clerk = await get(server.url, `/api/manage/backroom.csv${query}`, kasia);
	expect(clerk.status).toBe(403);
});
