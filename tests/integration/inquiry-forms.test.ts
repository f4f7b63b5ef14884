/**
 * The inquiry register's forms over HTTP (issue 15): bad input gets a 4xx naming the field and
 * changes nothing; an inquiry the clerk may not read is a 404 for every action on it; a step
 * out of order is a 409. A real server in process, real sign-ins.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let kasia: string;
let tomasz: string;

beforeAll(async () => {
	server = await startInProcess();
	kasia = await signIn(server.url, 'urzednik');
	tomasz = await signIn(server.url, 'urzednik2');
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

/** A form action's answer, as SvelteKit gives it to `fetch` with `x-sveltekit-action`. */
async function act(path: string, cookie: string, fields: Record<string, string>) {
	const res = await fetch(server.url + path, {
		method: 'POST',
		headers: {
			cookie,
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

const count = () => {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		return db.prepare('SELECT count(*) FROM inquiries').pluck().get() as number;
	} finally {
		db.close();
	}
};

const good = { channel: 'phone', question: 'Kiedy będzie gotowy dowód?', phone: '32 123 45 67' };

describe('the inquiry forms', () => {
	it('refuse bad input with 400 naming the field, recording nothing', async () => {
		for (const [fields, field] of [
			[{ ...good, phone: '' }, 'phone'],
			[{ ...good, phone: 'zadzwoń do mnie' }, 'phone'],
			[{ ...good, question: '' }, 'question'],
			[{ ...good, question: 'x'.repeat(2001) }, 'question'],
			[{ ...good, channel: 'email' }, 'channel'],
			[{ ...good, salutation: 'Sz. P.' }, 'salutation']
		] as const) {
			const r = await act('/inquiries?/record', kasia, fields);
			expect(r.type, JSON.stringify(fields)).toBe('failure');
			expect(r.status).toBe(400);
			expect(r.text).toContain(field);
		}
		const unknownMatter = await act('/inquiries?/record', kasia, { ...good, serviceId: '99999' });
		expect(unknownMatter.status).toBe(404);
		expect(count()).toBe(0);
	});

	it('record, then refuse what the state or the reader does not allow', async () => {
		const made = await act('/inquiries?/record', kasia, good);
		expect(made.type).toBe('redirect');
		const id = Number(/inquiries\/(\d+)/.exec(made.text)![1]);

		// Another clerk, not involved: every action is a 404, as the page is.
		const page = await fetch(`${server.url}/inquiries/${id}`, { headers: { cookie: tomasz } });
		expect(page.status).toBe(404);
		expect(await page.text()).not.toContain('123 45 67');
		const stranger = await act(`/inquiries/${id}?/answer`, tomasz, { informedOn: '2026-01-01' });
		expect(stranger.type).toBe('error');
		expect(stranger.status).toBe(404);

		// Both a clerk and a department, or neither: refused.
		const both = await act(`/inquiries/${id}?/forward`, kasia, { staffId: '2', departmentId: '1' });
		expect(both.status).toBe(400);
		const neither = await act(`/inquiries/${id}?/forward`, kasia, {});
		expect(neither.status).toBe(400);
		// A date that is not one, or before the inquiry.
		expect((await act(`/inquiries/${id}?/answer`, kasia, { informedOn: 'wczoraj' })).status).toBe(
			400
		);
		expect(
			(await act(`/inquiries/${id}?/answer`, kasia, { informedOn: '2020-01-01' })).status
		).toBe(400);
		// Closing before the call-back is confirmed: out of order.
		expect((await act(`/inquiries/${id}?/close`, kasia, {})).status).toBe(409);
		// Not a number: the page does not exist.
		expect(
			(await fetch(`${server.url}/inquiries/abc`, { headers: { cookie: kasia } })).status
		).toBe(404);
		expect(count()).toBe(1);
	});
});
