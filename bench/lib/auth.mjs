// Credentials for the benchmark's clients, obtained the way real ones are: the demo admin signs
// in over /login, creates kiosks and boards at /admin/devices and they pair over /pair. Each
// function returns a Cookie header value (`name=value`).

/** @param {string} url @param {string} path @param {Record<string, string>} fields @param {string} [cookie] */
async function formPost(url, path, fields, cookie = '') {
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

/** @param {Response} res @param {string} name */
function cookieFrom(res, name) {
	const set = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
	if (!set) throw new Error(`bench: no ${name} cookie (status ${res.status})`);
	return set.split(';')[0];
}

/** The demo administrator (seeded with the demo office; README: demo only). */
export async function signInAdmin(/** @type {string} */ url) {
	const res = await formPost(url, '/login', { login: 'admin', password: 'demo-admin-okienko' });
	return cookieFrom(res, 'okienko_session');
}

/** A paired device of `kind` at location 1. */
export async function pairDevice(
	/** @type {string} */ url,
	/** @type {string} */ adminCookie,
	/** @type {'kiosk' | 'board'} */ kind
) {
	const created = await formPost(
		url,
		'/admin/devices?/create',
		{ kind, name: `bench ${kind}`, location: '1', printer: '' },
		adminCookie
	);
	const code = /[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}/.exec(await created.text())?.[0];
	if (!code) throw new Error(`bench: no pairing code (status ${created.status})`);
	return cookieFrom(await formPost(url, '/pair', { code }), 'okienko_device');
}

/** One credential of each kind the load needs. */
export async function benchCredentials(/** @type {string} */ url) {
	const admin = await signInAdmin(url);
	return {
		admin,
		kiosk: await pairDevice(url, admin, 'kiosk'),
		board: await pairDevice(url, admin, 'board')
	};
}
