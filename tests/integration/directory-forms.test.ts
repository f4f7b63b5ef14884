/**
 * The directory's forms over HTTP (issue 15): bad input gets a 4xx naming the field and changes
 * nothing; another person's presence is a 403 for a clerk; an unknown person or absence a 404.
 * A real server in process, real sign-ins.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let kasia: string;

beforeAll(async () => {
	server = await startInProcess();
	kasia = await signIn(server.url, 'urzednik');
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

/** A form action's answer, as SvelteKit gives it to `fetch` with `x-sveltekit-action`. */
async function act(path: string, fields: Record<string, string>) {
	const res = await fetch(server.url + path, {
		method: 'POST',
		headers: {
			cookie: kasia,
			origin: server.url,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields).toString()
	});
	const body = (await res.json()) as { type: string; status?: number; data?: string };
	return { type: body.type, status: body.status ?? res.status, text: JSON.stringify(body) };
}

/** Everything the directory keeps, and its audit entries. */
const state = () => {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		return JSON.stringify([
			db.prepare('SELECT * FROM staff_directory').all(),
			db.prepare('SELECT * FROM staff_absences').all(),
			db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'directory.%'").pluck().get()
		]);
	} finally {
		db.close();
	}
};

const staffId = (login: string) => {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		return String(db.prepare('SELECT id FROM staff WHERE login = ?').pluck().get(login));
	} finally {
		db.close();
	}
};

describe('the directory forms', () => {
	it('refuse bad input with a 4xx naming the field, and change nothing', async () => {
		const me = staffId('urzednik');
		const other = staffId('urzednik2');
		const before = state();
		const cases: [string, Record<string, string>, number, string][] = [
			['?/presence', { staffId: me, presence: 'on_the_moon' }, 400, 'presence'],
			['?/presence', { staffId: me, presence: 'absent', until: '2026-02-30' }, 400, 'until'],
			['?/presence', { staffId: me, presence: 'absent', until: '2020-01-01' }, 400, 'until'],
			['?/presence', { staffId: 'x', presence: 'remote' }, 400, 'staffId'],
			['?/presence', { staffId: other, presence: 'remote' }, 403, 'form'],
			['?/presence', { staffId: '999999', presence: 'remote' }, 404, 'form'],
			['?/absence', { staffId: me, from: '2030-01-05', to: '2030-01-01' }, 400, 'to'],
			['?/absence', { staffId: me, from: 'jutro', to: '' }, 400, 'from'],
			['?/absence', { staffId: other, from: '2030-01-01', to: '2030-01-02' }, 403, 'form'],
			['?/cancel', { absenceId: '999999' }, 404, 'form'],
			['?/cancel', { absenceId: '1; DROP TABLE staff' }, 400, 'absenceId']
		];
		for (const [action, fields, status, field] of cases) {
			const answer = await act(`/directory${action}`, fields);
			expect(answer, `${action} ${JSON.stringify(fields)}`).toMatchObject({
				type: 'failure',
				status
			});
			expect(answer.text).toContain(field);
		}
		expect(state()).toBe(before);
	});

	it('saves one’s own presence', async () => {
		const me = staffId('urzednik');
		const answer = await act('/directory?/presence', { staffId: me, presence: 'remote' });
		expect(answer.type).toBe('success');
		expect(state()).toContain('"presence":"remote"');
	});
});
