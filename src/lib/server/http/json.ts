import { json } from '@sveltejs/kit';
import type { Lang } from '$lib/shared/dto';
import { RequestError, toApiError } from './errors';

/** A JSON body for our API is a few hundred bytes; 16 KiB is far above any honest request. */
export const MAX_JSON_BODY = 16 * 1024;

/** Read and parse a JSON body, refusing oversized, non-JSON and malformed bodies with a 4xx. */
export async function readJson(request: Request, limit = MAX_JSON_BODY): Promise<unknown> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) throw new RequestError(413, 'too_large');
	const text = await request.text();
	if (Buffer.byteLength(text) > limit) throw new RequestError(413, 'too_large');
	if (text.trim() === '') return {};
	try {
		return JSON.parse(text);
	} catch {
		throw new RequestError(400, 'bad_json');
	}
}

/** Run a route's work and answer { data } (with `status`), or { error } with its 4xx. */
export async function respond<T>(
	lang: Lang,
	work: () => T | Promise<T>,
	status = 200
): Promise<Response> {
	try {
		return json({ data: await work() }, { status });
	} catch (err) {
		const { status: code, error } = toApiError(err, lang);
		return json({ error }, { status: code });
	}
}
