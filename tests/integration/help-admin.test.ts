/**
 * Which department a location's kiosks alert (issue 15, SR-32: "the Kancelaria, configurable"):
 * an admin chooses it at /admin/locations, audited; the consoles of that department's windows
 * then are the help desks, the Kancelaria's no longer; back to the default with the empty choice.
 * Bad values answer 400 and change nothing; a clerk may not choose. A real server in process.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsoleAlertsDto } from '../../src/lib/shared/help';
import { windowDepartmentIds } from '../../src/lib/server/auth/scope';
import { signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { connect, request, type TestSocket } from '../support/sockets';

let server: InProcessServer;
let admin: string;
let clerk: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
	server = await startInProcess();
	admin = await signIn(server.url, 'admin');
	clerk = await signIn(server.url, 'urzednik');
}, 60_000);

afterAll(async () => {
	for (const s of sockets) s.close();
	await server?.stop();
});

async function choose(cookie: string, departmentId: string) {
	const res = await fetch(`${server.url}/admin/locations?/help&location=1`, {
		method: 'POST',
		headers: {
			cookie,
			origin: server.url,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ departmentId }).toString()
	});
	const text = await res.text();
	// A form's answer is JSON; the guard's refusal of a clerk is a plain message.
	const body = (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {}) as {
		type?: string;
		status?: number;
	};
	return { type: body.type, status: body.status ?? res.status, text };
}

const read = <T>(sql: string, ...args: unknown[]): T => {
	const db = new Database(server.dbPath, { readonly: true });
	try {
		return db
			.prepare(sql)
			.pluck()
			.get(...args) as T;
	} finally {
		db.close();
	}
};
const chosen = () => read<number | undefined>('SELECT department_id FROM help_settings');
const audited = () =>
	read<number>("SELECT count(*) FROM audit_log WHERE action = 'help.department'");

/** Whether the console of window `label` (location 1) is a help desk, as it learns on joining. */
async function isHelpDesk(label: string): Promise<boolean> {
	const windowId = server.app.office.windows(1).find((w) => w.label === label)!.id;
	const socket = await connect(server.url, clerk);
	sockets.push(socket);
	const joined = await request<ConsoleAlertsDto>(socket, 'alerts:join', { windowId });
	if (!('data' in joined)) throw new Error(JSON.stringify(joined));
	socket.close();
	return joined.data.helpDesk;
}

it('an admin chooses the department the kiosks alert, audited, and back to the Kancelaria', async () => {
	const office = server.app.office;
	const kancelaria = office.departments(1).find((d) => d.kind === 'kancelaria')!;
	const window4 = office.windows(1).find((w) => w.label === '4')!;
	const served = windowDepartmentIds(server.app, window4.id);
	const other = office.departments(1).find((d) => d.id !== kancelaria.id && served.includes(d.id))!;
	expect(await isHelpDesk('1')).toBe(true);
	expect(await isHelpDesk('4')).toBe(false);

	expect(await choose(admin, String(other.id))).toMatchObject({ type: 'success' });
	expect(chosen()).toBe(other.id);
	expect(audited()).toBe(1);
	expect(await isHelpDesk('4')).toBe(true);
	expect(await isHelpDesk('1')).toBe(served.includes(kancelaria.id));

	// The same choice again changes nothing and writes no second entry.
	expect(await choose(admin, String(other.id))).toMatchObject({ type: 'success' });
	expect(audited()).toBe(1);

	expect(await choose(admin, '')).toMatchObject({ type: 'success' });
	expect(chosen()).toBeUndefined();
	expect(audited()).toBe(2);
	expect(await isHelpDesk('1')).toBe(true);
});

it('refuses what is not a department of this location, and a clerk, changing nothing', async () => {
	const before = [chosen(), audited()];
	const elsewhere = String(999_999);
	for (const value of ['abc', '-1', '1.5', elsewhere]) {
		const answer = await choose(admin, value);
		expect(answer, value).toMatchObject({ type: 'failure', status: 400 });
		expect(answer.text).toContain('admin.help.err_department');
	}
	const byClerk = await choose(clerk, '');
	expect(byClerk.status).toBeGreaterThanOrEqual(400);
	expect(byClerk.status).toBeLessThan(500);
	expect([chosen(), audited()]).toEqual(before);
});
