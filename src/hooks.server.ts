import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { langFrom, LANG_COOKIE, staffLang, translate } from '$lib/i18n';
import { isPublicRoute } from '$lib/i18n/public';
import { getApp } from '$lib/server/app';
import { DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { checkRequest, METRICS_PATH, monitorAccess } from '$lib/server/auth/guard';
import { firstFont } from '$lib/server/http/first-fonts';
import { createIssueFastPath } from '$lib/server/http/issue-fast-path';
import {
	apiRefusal,
	isAnonymous,
	originRefusal,
	requestContext,
	requestOriginOf
} from '$lib/server/http/request-context';
import { log, logRequest, redactPath } from '$lib/server/log';
import { attachRealtime } from '$lib/server/realtime/attach';
import { runtime } from '$lib/server/runtime';
import { PrinterConfigError } from '$printer/config';

/**
 * Start-up: open the database (migrate, seed the demo office if new) and leave the production
 * server (server.js) what it needs in the runtime registry: socket.io on its HTTP server with
 * this same application, and the kiosk's issuing fast path.
 */
export const init: ServerInit = () => {
	let app: ReturnType<typeof getApp>;
	try {
		app = getApp();
	} catch (err) {
		// A wrong printer setting stops the server with the reason, not a stack trace.
		if (err instanceof PrinterConfigError) {
			log.fatal(`configuration error: ${err.message}`);
			process.exit(1);
		}
		throw err;
	}
	const shared = runtime();
	shared.attachRealtime = (server) => attachRealtime(server, app);
	// server.js (plain JavaScript) writes its lines through the same logger.
	shared.log = log;
	// The kiosk's POST /api/tickets without SvelteKit's request machinery (server.js tries it
	// first); it answers exactly as the route would (http/issue-fast-path.ts).
	shared.issueFastPath = createIssueFastPath(app);
};

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

/** One line per request (log.ts): route, status and time, never the path's codes. */
const logEach: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const method = event.request.method;
	try {
		const response = await resolve(event);
		logRequest(method, event.route.id, event.url.pathname, response.status, elapsed(started));
		return response;
	} catch (err) {
		logRequest(method, event.route.id, event.url.pathname, 500, elapsed(started));
		throw err;
	}
};

const elapsed = (since: number) => performance.now() - since;

/** Who is asking and in which language, and the app: every later handle and route reads locals. */
const identify: Handle = ({ event, resolve }) => {
	const app = getApp();
	const ctx = requestContext(app, (name) => event.cookies.get(name));
	event.locals.app = app;
	event.locals.lang = ctx.lang;
	event.locals.principal = ctx.principal;
	if (event.url.pathname === METRICS_PATH) {
		const { headers } = event.request;
		const access = {
			authorization: headers.get('authorization'),
			address: event.getClientAddress(),
			forwarded: headers.has('x-forwarded-for') || headers.has('forwarded')
		};
		if (monitorAccess(access, app.config.metricsToken ?? '')) {
			event.locals.principal = { ...ctx.principal, roles: [...ctx.principal.roles, 'monitor'] };
		}
	}
	if (ctx.extendedUntil && ctx.sessionToken) {
		setSessionCookie(event.cookies, event.url, ctx.sessionToken, ctx.extendedUntil);
	}
	return resolve(event);
};

/** A state-changing request from another site is refused before anything runs (auth/guard.ts). */
const refuseForeign: Handle = ({ event, resolve }) => {
	const { headers, method } = event.request;
	const path = event.url.pathname;
	const from = requestOriginOf(method, path, (name) => headers.get(name));
	const foreign = originRefusal(event.locals.lang, from, event.url.origin);
	if (!foreign) return resolve(event);
	if (path.startsWith('/api/')) return json(foreign.body, { status: foreign.status });
	return new Response(foreign.body.error.message, { status: foreign.status, headers: TEXT });
};

/** Screens that run on paired devices: an unknown browser is sent to pair, not to sign in. */
const DEVICE_PAGES = /^\/(kiosk|display|survey\/window)(\/|$)/;

/** The guard point for every HTTP request (auth/guard.ts decides who may use which route). */
const guard: Handle = ({ event, resolve }) => {
	const { lang, principal } = event.locals;
	const path = event.url.pathname;
	const method = event.request.method;
	if (path.startsWith('/api/')) {
		const refusal = apiRefusal({ lang, principal }, method, path);
		return refusal ? json(refusal.body, { status: refusal.status }) : resolve(event);
	}
	if (checkRequest(principal, method, path) !== 'deny') return resolve(event);
	const anonymous = isAnonymous(principal);
	// A scraper is told, not sent to sign in; it needs the token (or to ask from this machine).
	if (path === METRICS_PATH) {
		const headers = { ...TEXT, 'www-authenticate': 'Bearer realm="okienko-metrics"' };
		return new Response(translate(lang, 'error.unauthenticated'), { status: 401, headers });
	}
	// A person opening a staff page is asked to sign in (a device screen: to pair) first; a
	// board's or kiosk's sound (/voice/…, /kiosk-voice/…) is no page to be sent from.
	const page =
		!path.endsWith('/__data.json') &&
		!path.startsWith('/voice/') &&
		!path.startsWith('/kiosk-voice/');
	if (anonymous && (method === 'GET' || method === 'HEAD') && page) {
		const next = encodeURIComponent(path + event.url.search);
		const to = `${DEVICE_PAGES.test(path) ? '/pair' : '/login'}?next=${next}`;
		return new Response(null, { status: 303, headers: { location: to } });
	}
	const key = anonymous ? 'error.unauthenticated' : 'error.forbidden';
	return new Response(translate(lang, key), { status: anonymous ? 401 : 403, headers: TEXT });
};

/** A paired device keeps its credential alive: browsers drop cookies after 400 days. */
const renewDevice: Handle = ({ event, resolve }) => {
	const token = event.cookies.get(DEVICE_COOKIE);
	const path = event.url.pathname;
	if (event.locals.principal.device && token && event.request.method === 'GET') {
		if (!path.startsWith('/_app/')) setDeviceCookie(event.cookies, event.url, token);
	}
	return resolve(event);
};

/** Pages are served in the visitor's language (app.html's lang attribute); staff's in pl/en. */
const render: Handle = ({ event, resolve }) => {
	const { lang } = event.locals;
	const visitorScreen = isPublicRoute(event.route.id);
	const shown = visitorScreen ? lang : staffLang(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%okienko.lang%', shown),
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && firstFont(path, shown, visitorScreen))
	});
};

export const handle = sequence(logEach, identify, refuseForeign, guard, renewDevice, render);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status >= 500) {
		const where = event.route.id
			? { route: event.route.id }
			: { path: redactPath(event.url.pathname) };
		log.error({ err: error, ...where }, 'error on request');
	}
	const lang = langFrom(event.cookies.get(LANG_COOKIE));
	return {
		message:
			status === 404
				? translate(lang, 'error.not_found', { what: event.url.pathname })
				: translate(lang, 'error.internal')
	};
};
