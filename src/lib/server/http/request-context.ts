/**
 * Who is asking and in which language, and how the API refuses a request the guard does not
 * allow: the one place both hooks.server.ts (every request through SvelteKit) and the kiosk's
 * issuing fast path (http/issue-fast-path.ts) take these from, so they cannot drift apart.
 */
import { LANG_COOKIE, langFrom, translate } from '$lib/i18n';
import type { ApiErrorDto, Lang } from '$lib/shared/dto';
import type { App } from '../app';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../auth/cookies';
import { checkOrigin, checkRequest, type Principal, type RequestOrigin } from '../auth/guard';

export interface RequestContext {
	lang: Lang;
	principal: Principal;
	sessionToken?: string;
	deviceToken?: string;
	/** The staff session slid: the caller re-sends the session cookie with this expiry. */
	extendedUntil?: number;
}

/** `cookie(name)` reads one cookie of the request. */
export function requestContext(
	app: Pick<App, 'accounts'>,
	cookie: (name: string) => string | undefined
): RequestContext {
	const sessionToken = cookie(SESSION_COOKIE);
	const deviceToken = cookie(DEVICE_COOKIE);
	const { principal, extendedUntil } = app.accounts.principalFor(sessionToken, deviceToken);
	return {
		lang: langFrom(cookie(LANG_COOKIE)),
		principal,
		sessionToken,
		deviceToken,
		extendedUntil
	};
}

/** A caller the guard knows nothing about: no session, no paired device. */
export function isAnonymous(principal: Principal): boolean {
	return !principal.staff && !principal.device;
}

/**
 * The guard's verdict on an API request: null if allowed, else what to answer: 404 for a route
 * no rule covers, 401 for an unknown caller, 403 for a known one without the right role.
 */
export function apiRefusal(
	ctx: RequestContext,
	method: string,
	path: string
): { status: number; body: { error: ApiErrorDto } } | null {
	const verdict = checkRequest(ctx.principal, method, path);
	if (verdict === 'allow') return null;
	const [status, code, key] =
		verdict === 'unknown'
			? ([404, 'not_found', 'error.not_found'] as const)
			: isAnonymous(ctx.principal)
				? ([401, 'unauthenticated', 'error.unauthenticated'] as const)
				: ([403, 'forbidden', 'error.forbidden'] as const);
	return { status, body: { error: { code, message: translate(ctx.lang, key, { what: path }) } } };
}

/** What the origin check reads of a request; `header(name)` reads one of its headers. */
export function requestOriginOf(
	method: string,
	path: string,
	header: (name: string) => string | null
): RequestOrigin {
	return {
		method,
		path,
		origin: header('origin'),
		referer: header('referer'),
		contentType: header('content-type')
	};
}

/**
 * The guard's verdict on where a request came from (auth/guard.ts checkOrigin): null if it may
 * go on, else what to answer: 403 for another site's request, 415 for an API request that does
 * not declare JSON. Runs before the route, so a refused request changes nothing.
 */
export function originRefusal(
	lang: Lang,
	req: RequestOrigin,
	ownOrigin: string
): { status: number; body: { error: ApiErrorDto } } | null {
	const verdict = checkOrigin(req, ownOrigin);
	if (verdict === 'ok') return null;
	const status = verdict === 'cross_origin' ? 403 : 415;
	return {
		status,
		body: { error: { code: verdict, message: translate(lang, `error.${verdict}`) } }
	};
}
