import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import type { Server as HttpServer } from 'node:http';
import { langFrom, LANG_COOKIE, translate } from '$lib/i18n';
import { getApp } from '$lib/server/app';
import { setDeviceCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { checkRequest } from '$lib/server/auth/guard';
import { createIssueFastPath } from '$lib/server/http/issue-fast-path';
import {
	apiRefusal,
	isAnonymous,
	originRefusal,
	requestContext
} from '$lib/server/http/request-context';
import { attachRealtime } from '$lib/server/realtime/attach';
import { PrinterConfigError } from '$printer/config';

/**
 * Start-up: open the database (migrate, seed the demo office if new) and leave the production
 * server (server.js) a way to put socket.io on its HTTP server with this same application.
 */
export const init: ServerInit = () => {
	let app: ReturnType<typeof getApp>;
	try {
		app = getApp();
	} catch (err) {
		// A wrong printer setting stops the server with the reason, not a stack trace.
		if (err instanceof PrinterConfigError) {
			console.error(`[okienko] configuration error: ${err.message}`);
			process.exit(1);
		}
		throw err;
	}
	(globalThis as Record<symbol, unknown>)[Symbol.for('okienko.attachRealtime')] = (
		server: HttpServer
	) => attachRealtime(server, app);
	// The kiosk's POST /api/tickets without SvelteKit's request machinery (server.js tries it
	// first); it answers exactly as the route below would (http/issue-fast-path.ts).
	(globalThis as Record<symbol, unknown>)[Symbol.for('okienko.issueFastPath')] =
		createIssueFastPath(app);
};

/** Screens that run on paired devices: an unknown browser is sent to pair, not to sign in. */
const DEVICE_PAGES = /^\/(kiosk|display|survey\/window)(\/|$)/;

/** The guard point for every HTTP request (auth/guard.ts decides). */
export const handle: Handle = async ({ event, resolve }) => {
	const ctx = requestContext(getApp(), (name) => event.cookies.get(name));
	const { lang, principal, sessionToken, deviceToken, extendedUntil } = ctx;
	event.locals.lang = lang;
	event.locals.principal = principal;
	if (extendedUntil && sessionToken) {
		setSessionCookie(event.cookies, event.url, sessionToken, extendedUntil);
	}

	const path = event.url.pathname;
	const method = event.request.method;
	const headers = event.request.headers;
	const foreign = originRefusal(
		lang,
		{
			method,
			path,
			origin: headers.get('origin'),
			referer: headers.get('referer'),
			contentType: headers.get('content-type')
		},
		event.url.origin
	);
	if (foreign) {
		if (path.startsWith('/api/')) return json(foreign.body, { status: foreign.status });
		return new Response(foreign.body.error.message, {
			status: foreign.status,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	if (path.startsWith('/api/')) {
		const refusal = apiRefusal(ctx, method, path);
		if (refusal) return json(refusal.body, { status: refusal.status });
	} else if (checkRequest(principal, method, path) === 'deny') {
		const anonymous = isAnonymous(principal);
		// A person opening a staff page is asked to sign in (a device screen: to pair) first.
		if (anonymous && (method === 'GET' || method === 'HEAD') && !path.endsWith('/__data.json')) {
			const next = encodeURIComponent(path + event.url.search);
			const to = `${DEVICE_PAGES.test(path) ? '/pair' : '/login'}?next=${next}`;
			return new Response(null, { status: 303, headers: { location: to } });
		}
		const key = anonymous ? 'error.unauthenticated' : 'error.forbidden';
		return new Response(translate(lang, key), {
			status: anonymous ? 401 : 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	// A paired device keeps its credential alive: browsers drop cookies after 400 days.
	if (principal.device && deviceToken && method === 'GET' && !path.startsWith('/_app/')) {
		setDeviceCookie(event.cookies, event.url, deviceToken);
	}
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%okienko.lang%', lang)
	});
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status >= 500) console.error('[okienko] error on', event.url.pathname, error);
	const lang = langFrom(event.cookies.get(LANG_COOKIE));
	return {
		message:
			status === 404
				? translate(lang, 'error.not_found', { what: event.url.pathname })
				: translate(lang, 'error.internal')
	};
};
