/**
 * Signing in for tests, through the real pages: the demo accounts (seeded by `OKIENKO_SEED=demo`,
 * the default) over POST /login, and paired kiosks and boards over /admin/devices and /pair.
 * Each function returns a Cookie header value to send with fetch or a socket's handshake.
 */
import { DEMO_ACCOUNTS } from '../../src/lib/server/demo/accounts';

export type StaffLogin = 'admin' | 'kierownik' | 'urzednik' | 'urzednik2';

/** Form posts need the page's origin (SvelteKit refuses cross-site form posts). */
function formPost(url: string, path: string, fields: Record<string, string>, cookie = '') {
	return fetch(url + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: url,
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields).toString()
	});
}

/** The `name=value` of a Set-Cookie answer. */
function cookieFrom(res: Response, name: string): string {
	const set = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
	if (!set) throw new Error(`no ${name} cookie (status ${res.status})`);
	return set.split(';')[0]!;
}

export async function signIn(url: string, login: StaffLogin | string, password?: string) {
	const account = DEMO_ACCOUNTS.find((a) => a.login === login);
	const res = await formPost(url, '/login', { login, password: password ?? account!.password });
	if (res.status !== 303) throw new Error(`sign-in as ${login} answered ${res.status}`);
	return cookieFrom(res, 'okienko_session');
}

/** The sign-in form's own answer (status, Location, cookie), posted to `/login` + `query`. */
export function postSignIn(url: string, query: string, login: StaffLogin, password?: string) {
	const account = DEMO_ACCOUNTS.find((a) => a.login === login);
	return formPost(url, `/login${query}`, { login, password: password ?? account!.password });
}

/** The pairing form's own answer, posted to `/pair` + `query` with a code (newDeviceCode). */
export function postPairing(url: string, query: string, code: string) {
	return formPost(url, `/pair${query}`, { code });
}

/** Creates a device as the admin, reads its one-time code off the page, and pairs it. */
export async function pairDevice(
	url: string,
	adminCookie: string,
	kind: 'kiosk' | 'board',
	options: { locationId?: number; name?: string; printerKey?: string } = {}
): Promise<string> {
	const code = await newDeviceCode(url, adminCookie, kind, options);
	const res = await formPost(url, '/pair', { code });
	if (res.status !== 303) throw new Error(`pairing answered ${res.status}`);
	return cookieFrom(res, 'okienko_device');
}

export async function newDeviceCode(
	url: string,
	adminCookie: string,
	kind: 'kiosk' | 'board',
	options: { locationId?: number; name?: string; printerKey?: string } = {}
): Promise<string> {
	const res = await formPost(
		url,
		'/admin/devices?/create',
		{
			kind,
			name: options.name ?? `${kind} ${Math.random().toString(36).slice(2, 7)}`,
			location: String(options.locationId ?? 1),
			printer: options.printerKey ?? ''
		},
		adminCookie
	);
	const code = /[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}/.exec(await res.text())?.[0];
	if (!code) throw new Error(`no pairing code in the answer (status ${res.status})`);
	return code;
}

export interface Identities {
	admin: string;
	manager: string;
	clerk: string;
	kiosk: string;
	board: string;
}

/** One cookie per role: the demo admin, manager and clerk, and a kiosk and board at location 1. */
export async function identities(url: string): Promise<Identities> {
	const admin = await signIn(url, 'admin');
	const [manager, clerk, kiosk, board] = await Promise.all([
		signIn(url, 'kierownik'),
		signIn(url, 'urzednik'),
		pairDevice(url, admin, 'kiosk'),
		pairDevice(url, admin, 'board')
	]);
	return { admin, manager, clerk, kiosk, board };
}
