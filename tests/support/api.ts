/** Small typed helpers over the HTTP API, for tests. */
import type { ApiResult } from '../../src/lib/shared/dto';
import { defaultCookie } from './credentials';

/** The server's default identity (its admin session) unless a cookie ('' = none) is given. */
function headers(base: string, cookie: string | undefined, extra: Record<string, string> = {}) {
	const c = cookie ?? defaultCookie(base);
	return c ? { ...extra, cookie: c } : extra;
}

export interface Answer<T> {
	status: number;
	body: ApiResult<T>;
}

export async function post<T>(
	base: string,
	path: string,
	body: unknown = {},
	cookie?: string
): Promise<Answer<T>> {
	const res = await fetch(base + path, {
		method: 'POST',
		// A browser names its page's origin on every POST; the server refuses any other (or none).
		headers: headers(base, cookie, {
			'content-type': 'application/json',
			origin: new URL(base).origin
		}),
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	return { status: res.status, body: (await res.json()) as ApiResult<T> };
}

export async function get<T>(base: string, path: string, cookie?: string): Promise<Answer<T>> {
	const res = await fetch(base + path, { headers: headers(base, cookie) });
	return { status: res.status, body: (await res.json()) as ApiResult<T> };
}

/** The data of a successful answer; fails the test with the error otherwise. */
export function data<T>(answer: Answer<T>): T {
	if ('error' in answer.body) {
		throw new Error(`expected success, got ${answer.status} ${JSON.stringify(answer.body.error)}`);
	}
	return answer.body.data;
}
