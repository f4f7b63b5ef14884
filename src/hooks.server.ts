import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import type { Server as HttpServer } from 'node:http';
import { langFrom, LANG_COOKIE, translate } from '$lib/i18n';
import { getApp } from '$lib/server/app';
import { checkRequest } from '$lib/server/auth/guard';
import { createIssueFastPath } from '$lib/server/http/issue-fast-path';
import { apiRefusal, requestContext } from '$lib/server/http/request-context';
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

/** The guard point for every HTTP request (auth/guard.ts decides). */
export const handle: Handle = async ({ event, resolve }) => {
	const ctx = requestContext((name) => event.cookies.get(name));
	const { lang, principal } = ctx;
	event.locals.lang = lang;
	event.locals.principal = principal;

	const path = event.url.pathname;
	if (path.startsWith('/api/')) {
		const refusal = apiRefusal(ctx, event.request.method, path);
		if (refusal) return json(refusal.body, { status: refusal.status });
	} else if (checkRequest(principal, event.request.method, path) === 'deny') {
		return new Response(translate(lang, 'error.forbidden'), { status: 403 });
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
