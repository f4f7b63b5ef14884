/**
 * Who is asking and in which language, and how the API refuses a request the guard does not
 * allow: the one place both hooks.server.ts (every request through SvelteKit) and the kiosk's
 * issuing fast path (http/issue-fast-path.ts) take these from, so they cannot drift apart.
 * Switching accounts on changes `resolvePrincipal` (auth/guard.ts) to read the session or device
 * cookie through `cookie`; both callers then follow.
 */
import { LANG_COOKIE, langFrom, translate } from '$lib/i18n';
import type { ApiErrorDto, Lang } from '$lib/shared/dto';
import { checkRequest, resolvePrincipal, type Principal } from '../auth/guard';

export interface RequestContext {
	lang: Lang;
	principal: Principal;
}

/** `cookie(name)` reads one cookie of the request. */
export function requestContext(cookie: (name: string) => string | undefined): RequestContext {
	return { lang: langFrom(cookie(LANG_COOKIE)), principal: resolvePrincipal() };
}

/** The guard's verdict on an API request: null if allowed, else the 403 or 404 to answer. */
export function apiRefusal(
	ctx: RequestContext,
	method: string,
	path: string
): { status: number; body: { error: ApiErrorDto } } | null {
	const verdict = checkRequest(ctx.principal, method, path);
	if (verdict === 'allow') return null;
	return verdict === 'deny'
		? {
				status: 403,
				body: { error: { code: 'forbidden', message: translate(ctx.lang, 'error.forbidden') } }
			}
		: {
				status: 404,
				body: {
					error: {
						code: 'not_found',
						message: translate(ctx.lang, 'error.not_found', { what: path })
					}
				}
			};
}
