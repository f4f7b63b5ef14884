/**
 * The cookie each test server's requests carry by default (see RunningServer.adminCookie):
 * api.ts and sockets.ts look it up by the server's URL. A test that checks authorization passes
 * its own cookie explicitly instead.
 */
const byServer = new Map<string, string>();

export function useCookie(url: string, cookie: string): void {
	byServer.set(new URL(url).origin, cookie);
}

export function defaultCookie(url: string): string {
	return byServer.get(new URL(url).origin) ?? '';
}

/** fetch with the server's default cookie unless the request names its own. */
export function authFetch(input: string, init: RequestInit = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	if (!headers.has('cookie')) {
		const cookie = defaultCookie(input);
		if (cookie) headers.set('cookie', cookie);
	}
	// A browser names its page's origin on every state-changing request; the server refuses any
	// other, and none (auth/guard.ts checkOrigin). A test of that sends its own.
	const method = (init.method ?? 'GET').toUpperCase();
	if (!['GET', 'HEAD'].includes(method) && !headers.has('origin')) {
		headers.set('origin', new URL(input).origin);
	}
	return fetch(input, { ...init, headers });
}
