import { json } from '@sveltejs/kit';
import type { ApiErrorDto, Lang } from '$lib/shared/dto';
import { readBody } from './body';
import { RequestError, toApiError } from './errors';

/** A JSON body for our API is a few hundred bytes; 16 KiB is far above any honest request. */
export const MAX_JSON_BODY = 16 * 1024;

/**
 * Read and parse a JSON body, refusing oversized (with or without Content-Length), non-JSON and
 * malformed bodies with a 4xx (body.ts).
 */
export async function readJson(request: Request, limit = MAX_JSON_BODY): Promise<unknown> {
	return parseJsonText(new TextDecoder().decode(await readBody(request, limit)), limit);
}

/** A body's text (decoded as UTF-8) as JSON; an empty body is `{}`. */
export function parseJsonText(text: string, limit = MAX_JSON_BODY): unknown {
	if (Buffer.byteLength(text) > limit) throw new RequestError(413, 'too_large');
	if (text.trim() === '') return {};
	try {
		return JSON.parse(text);
	} catch {
		throw new RequestError(400, 'bad_json');
	}
}

/** What an API route answers: { data } with `status`, or { error } with its 4xx. */
export async function answer<T>(
	lang: Lang,
	work: () => T | Promise<T>,
	status = 200
): Promise<{ status: number; body: { data: T } | { error: ApiErrorDto } }> {
	try {
		return { status, body: { data: await work() } };
	} catch (err) {
		const { status: code, error } = toApiError(err, lang);
		return { status: code, body: { error } };
	}
}

/** Run a route's work and answer { data } (with `status`), or { error } with its 4xx. */
export async function respond<T>(
	lang: Lang,
	work: () => T | Promise<T>,
	status = 200
): Promise<Response> {
	const { status: code, body } = await answer(lang, work, status);
	return json(body, { status: code });
}
