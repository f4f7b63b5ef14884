/** Small typed helpers over the HTTP API, for tests. */
import type { ApiResult } from '../../src/lib/shared/dto';

export interface Answer<T> {
	status: number;
	body: ApiResult<T>;
}

export async function post<T>(base: string, path: string, body: unknown = {}): Promise<Answer<T>> {
	const res = await fetch(base + path, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	return { status: res.status, body: (await res.json()) as ApiResult<T> };
}

export async function get<T>(base: string, path: string): Promise<Answer<T>> {
	const res = await fetch(base + path);
	return { status: res.status, body: (await res.json()) as ApiResult<T> };
}

/** The data of a successful answer; fails the test with the error otherwise. */
export function data<T>(answer: Answer<T>): T {
	if ('error' in answer.body) {
		throw new Error(`expected success, got ${answer.status} ${JSON.stringify(answer.body.error)}`);
	}
	return answer.body.data;
}
