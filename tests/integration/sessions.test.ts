/**
 * Sessions and device credentials against the real server: expired, revoked and forged ones are
 * refused; revoking disconnects sockets at once; the sign-in throttle holds; a fresh install
 * has no account and opens the setup page only with the code from the log.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get } from '../support/api';
import { newDeviceCode, pairDevice, signIn } from '../support/auth';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { startServer, type RunningServer } from '../support/server';
import { connect, request } from '../support/sockets';

let server: InProcessServer;

beforeAll(async () => {
	server = await startInProcess();
});
afterAll(async () => {
	await server?.stop();
});

const staffOnly = (cookie: string) => get(server.url, '/api/locations/1/queue', cookie);

function form(path: string, fields: Record<string, string>, cookie = '') {
	return fetch(server.url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: server.url,
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields).toString()
	});
}

function sql<T>(run: (db: Database.Database) => T): T {
	const db = new Database(server.dbPath);
	try {
		return run(db);
	} finally {
		db.close();
	}
}

/** Resolves when the socket is disconnected by the server, rejects after `ms` (a busy machine's cap). */
function disconnected(socket: Awaited<ReturnType<typeof connect>>, ms = 20_000) {
	return new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('still connected')), ms);
		socket.once('disconnect', (reason) => {
			clearTimeout(timer);
			resolve(reason);
		});
	});
}

describe('staff sessions', () => {
	it('stores only the SHA-256 of the token, and sets an HttpOnly, SameSite=Lax cookie', async () => {
		const res = await form('/login', { login: 'urzednik', password: 'demo-urzednik-okienko' });
		expect(res.status).toBe(303);
		const set = res.headers.getSetCookie().find((c) => c.startsWith('okienko_session='))!;
		expect(set).toMatch(/HttpOnly/i);
		expect(set).toMatch(/SameSite=Lax/i);
		expect(set).not.toMatch(/Secure/i); // plain HTTP here; Secure over https
		const token = set.split(';')[0]!.split('=')[1]!;
		const ids = sql((db) => db.prepare('SELECT id FROM sessions').pluck().all() as string[]);
		expect(ids).not.toContain(token);
		const { createHash } = await import('node:crypto');
		expect(ids).toContain(createHash('sha256').update(token).digest('hex'));
	});

	it('refuses an expired session', async () => {
		const cookie = await signIn(server.url, 'kierownik');
		expect((await staffOnly(cookie)).status).toBe(200);
		const hash = (await import('node:crypto'))
			.createHash('sha256')
			.update(cookie.split('=')[1]!)
			.digest('hex');
		sql((db) => db.prepare('UPDATE sessions SET expires_at = 1 WHERE id = ?').run(hash));
		expect((await staffOnly(cookie)).status).toBe(401);
	});

	it('slides the expiry of a session used in the second half of its life', async () => {
		const cookie = await signIn(server.url, 'kierownik');
		const hash = (await import('node:crypto'))
			.createHash('sha256')
			.update(cookie.split('=')[1]!)
			.digest('hex');
		const soon = Date.now() + 60 * 60 * 1000;
		sql((db) => db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?').run(soon, hash));
		const res = await fetch(`${server.url}/api/locations/1/queue`, { headers: { cookie } });
		expect(res.status).toBe(200);
		const after = sql(
			(db) => db.prepare('SELECT expires_at FROM sessions WHERE id = ?').pluck().get(hash) as number
		);
		expect(after).toBeGreaterThan(soon + 5 * 60 * 60 * 1000);
		expect(res.headers.getSetCookie().some((c) => c.startsWith('okienko_session='))).toBe(true);
	});

	it('refuses forged tokens', async () => {
		const real = await signIn(server.url, 'kierownik');
		const token = real.split('=')[1]!;
		const forged = [
			'okienko_session=' + 'a'.repeat(32),
			'okienko_session=' + token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a'),
			'okienko_session=' + token + 'a',
			"okienko_session=' OR 1=1 --",
			'okienko_device=' + 'b'.repeat(32)
		];
		for (const cookie of forged) expect((await staffOnly(cookie)).status, cookie).toBe(401);
	});

	it('signing out ends the session and disconnects its sockets', async () => {
		const cookie = await signIn(server.url, 'urzednik');
		const socket = await connect(server.url, cookie);
		const gone = disconnected(socket);
		const res = await form('/logout', {}, cookie);
		expect(res.status).toBe(303);
		expect(await gone).toBe('io server disconnect');
		expect((await staffOnly(cookie)).status).toBe(401);
	});

	it('"sign out everywhere" ends every session of that person, and only theirs', async () => {
		const first = await signIn(server.url, 'urzednik');
		const second = await signIn(server.url, 'urzednik');
		const someoneElse = await signIn(server.url, 'kierownik');
		const socket = await connect(server.url, second);
		const gone = disconnected(socket);
		expect((await form('/account?/everywhere', {}, first)).status).toBe(303);
		await gone;
		expect((await staffOnly(first)).status).toBe(401);
		expect((await staffOnly(second)).status).toBe(401);
		expect((await staffOnly(someoneElse)).status).toBe(200);
	});

	it('changing your password needs the current one and ends your sessions', async () => {
		const cookie = await signIn(server.url, 'kierownik');
		const other = await signIn(server.url, 'kierownik');
		const change = (current: string, password: string, repeat = password) =>
			form('/account?/password', { current, password, repeat }, cookie);
		expect((await change('wrong-password-1', 'nowe-hasło-kierownika')).status).toBe(400);
		expect((await change('demo-kierownik-okienko', 'krótkie')).status).toBe(400);
		expect((await change('demo-kierownik-okienko', 'nowe-hasło-kierownika', 'inne')).status).toBe(
			400
		);
		expect((await staffOnly(cookie)).status).toBe(200);
		expect((await change('demo-kierownik-okienko', 'nowe-hasło-kierownika')).status).toBe(303);
		expect((await staffOnly(cookie)).status).toBe(401);
		expect((await staffOnly(other)).status).toBe(401);
		const fresh = await signIn(server.url, 'kierownik', 'nowe-hasło-kierownika');
		expect((await staffOnly(fresh)).status).toBe(200);
		// Back to the demo password for the tests that follow.
		await form(
			'/account?/password',
			{
				current: 'nowe-hasło-kierownika',
				password: 'demo-kierownik-okienko',
				repeat: 'demo-kierownik-okienko'
			},
			fresh
		);
	});

	it('a deactivated account loses its sessions at once', async () => {
		const admin = server.adminCookie;
		const cookie = await signIn(server.url, 'urzednik2');
		const id = sql(
			(db) => db.prepare("SELECT id FROM staff WHERE login = 'urzednik2'").pluck().get() as number
		);
		const fields = {
			login: 'urzednik2',
			firstName: 'Tomasz',
			lastName: 'Zieliński',
			position: 'Podinspektor',
			role: 'clerk',
			departments: String(
				sql((db) => db.prepare("SELECT id FROM departments WHERE prefix = 'P'").pluck().get())
			)
			// no "active": the checkbox is cleared
		};
		expect((await form(`/admin/staff/${id}?/save`, fields, admin)).status).toBe(200);
		expect((await staffOnly(cookie)).status).toBe(401);
		const again = await form('/login', { login: 'urzednik2', password: 'demo-urzednik2-okienko' });
		expect(again.status).toBe(401);
	});
});

describe('sockets from other sites', () => {
	it('refuses a handshake whose page is on another origin, even with a valid cookie', async () => {
		const { io } = await import('socket.io-client');
		const attempt = (origin: string) =>
			new Promise<'connected' | 'refused'>((resolve) => {
				const socket = io(server.url, {
					transports: ['websocket'],
					reconnection: false,
					forceNew: true,
					extraHeaders: { origin, cookie: server.adminCookie }
				});
				socket.once('connect', () => (socket.close(), resolve('connected')));
				socket.once('connect_error', () => (socket.close(), resolve('refused')));
			});
		expect(await attempt('http://evil.example')).toBe('refused');
		expect(await attempt(server.url)).toBe('connected');
	});
});

describe('device credentials', () => {
	it('a pairing code works once; the device then reads only its own location', async () => {
		const code = await newDeviceCode(server.url, server.adminCookie, 'board');
		const first = await form('/pair', { code: code.toLowerCase().replace('-', ' ') });
		expect(first.status).toBe(303);
		expect(first.headers.get('location')).toBe('/display/bierun');
		const again = await form('/pair', { code });
		expect(again.status).toBe(400);
		const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!;
		expect((await get(server.url, '/api/locations/1/board', cookie)).status).toBe(200);
		expect((await staffOnly(cookie)).status).toBe(403);
	});

	it('an expired pairing code is refused', async () => {
		const code = await newDeviceCode(server.url, server.adminCookie, 'kiosk');
		sql((db) => db.prepare('UPDATE devices SET pairing_expires_at = 1').run());
		expect((await form('/pair', { code })).status).toBe(400);
	});

	it('revoking a device refuses its credential and disconnects its sockets at once', async () => {
		const cookie = await pairDevice(server.url, server.adminCookie, 'board', { name: 'Hol' });
		const socket = await connect(server.url, cookie);
		const joined = await request(socket, 'board:join', { locationId: 1 });
		expect('data' in joined).toBe(true);
		const gone = disconnected(socket);
		const id = sql(
			(db) => db.prepare("SELECT id FROM devices WHERE name = 'Hol'").pluck().get() as number
		);
		const res = await form('/admin/devices?/revoke', { device: String(id) }, server.adminCookie);
		expect(res.status).toBe(200);
		expect(await gone).toBe('io server disconnect');
		const board = await fetch(`${server.url}/display/bierun`, {
			headers: { cookie },
			redirect: 'manual'
		});
		expect(board.status).toBe(303);
		expect(board.headers.get('location')).toMatch(/^\/pair\?next=/);
	});

	it('every admin change, sign-in and failed sign-in is in the audit log', async () => {
		await form('/login', { login: 'kierownik', password: 'wrong-password-123' });
		const actions = sql(
			(db) => db.prepare('SELECT action FROM audit_log').pluck().all() as string[]
		);
		for (const a of [
			'login',
			'login.failed',
			'logout',
			'logout.everywhere',
			'staff.update',
			'device.create',
			'device.pair',
			'device.revoke'
		]) {
			expect(actions, a).toContain(a);
		}
		// The admin's filter by office days (Europe/Warsaw) and by kind.
		const page = (query: string) =>
			fetch(`${server.url}/admin/audit?${query}`, { headers: { cookie: server.adminCookie } }).then(
				(r) => r.text()
			);
		const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(
			new Date()
		);
		expect(await page(`from=${today}&to=${today}&kind=login`)).toContain('login.failed');
		expect(await page(`from=${today}&to=${today}&kind=device`)).not.toContain('login.failed');
		expect(await page('from=2000-01-01&to=2000-01-02')).toContain('Brak wpisów dla tych filtrów.');
		// The log is append-only.
		expect(() => sql((db) => db.prepare('DELETE FROM audit_log').run())).toThrow(/append-only/);
	});
});

describe('the sign-in throttle', () => {
	let own: RunningServer;
	beforeAll(async () => {
		own = await startServer();
	});
	afterAll(async () => {
		await own?.stop();
	});
	const attempt = (login: string, password: string) =>
		fetch(own.url + '/login', {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				origin: own.url
			},
			body: new URLSearchParams({ login, password }).toString()
		});

	it('after 5 failures for one login, even the right password is refused', async () => {
		for (let i = 0; i < 5; i++)
			expect((await attempt('kierownik', `wrong-${i}-xxxxxx`)).status).toBe(401);
		const right = await attempt('kierownik', 'demo-kierownik-okienko');
		expect(right.status).toBe(429);
		expect(await right.text()).toMatch(/Spróbuj ponownie za 15 minut/);
		// Another person is not locked out by it.
		expect((await attempt('urzednik', 'demo-urzednik-okienko')).status).toBe(303);
	});

	it('after 20 failures from one address, every login from it is refused', async () => {
		for (let i = 0; i < 20; i++) await attempt(`nobody-${i}`, 'wrong-password-xx');
		expect((await attempt('urzednik2', 'demo-urzednik2-okienko')).status).toBe(429);
	});
});

describe('a fresh install', () => {
	it('has no account; the setup page needs the code from the log and closes once used', async () => {
		const fresh = await startServer({ env: { OKIENKO_SEED: 'office' } });
		try {
			const code = /one-time code ([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(fresh.output())?.[1];
			expect(code).toBeTruthy();
			const post = (fields: Record<string, string>) =>
				fetch(fresh.url + '/setup', {
					method: 'POST',
					redirect: 'manual',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'text/html',
						origin: fresh.url
					},
					body: new URLSearchParams(fields).toString()
				});
			const admin = {
				firstName: 'Ewa',
				lastName: 'Łukasik',
				position: 'Informatyk',
				login: 'ewa',
				password: 'długie-hasło-2026',
				repeat: 'długie-hasło-2026'
			};
			expect((await post({ ...admin, code: 'AAAAA-AAAAA' })).status).toBe(400);
			expect(
				(await post({ ...admin, code: code!, password: 'short', repeat: 'short' })).status
			).toBe(400);
			expect((await post({ ...admin, code: code! })).status).toBe(303);
			// Closed now: a second administrator cannot be made this way.
			expect((await post({ ...admin, login: 'ewa2', code: code! })).status).toBe(403);
			const cookie = await signIn(fresh.url, 'ewa', 'długie-hasło-2026');
			expect((await get(fresh.url, '/api/locations/1/queue', cookie)).status).toBe(200);
			const hash = new Database(fresh.dbPath, { readonly: true })
				.prepare("SELECT password_hash FROM staff WHERE login = 'ewa'")
				.pluck()
				.get() as string;
			expect(hash).toMatch(/^\$argon2id\$/);
		} finally {
			await fresh.stop();
		}
	});
});
