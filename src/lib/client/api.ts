/**
 * The browser's calls to the office's JSON API. The server answers every call with
 * { data } | { error } (its message already in the person's language); what only the browser
 * sees, no answer or one that is not the API's (a proxy's error page), becomes an error with a
 * message from the i18n layer, so a page has one shape to handle.
 */
import type { MessageKey, Params } from '$lib/i18n';
import type { ApiResult } from '$lib/shared/dto';

export type Translate = (key: MessageKey, params?: Params) => string;

/** The code of the error made here when the server's answer never came or was not the API's. */
export const UNREACHABLE = 'unreachable';

async function post<T>(
	url: string,
	body: unknown,
	t: Translate,
	failure: MessageKey = 'api.unreachable'
): Promise<ApiResult<T>> {
	try {
		const response = await fetch(url, {
			method: 'POST',
			// The API takes only JSON changes (what another site's page cannot send unasked); the
			// browser adds the Origin header the server checks.
			headers: { accept: 'application/json', 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		const answer: unknown = await response.json();
		if (isApiResult<T>(answer)) return answer;
	} catch {
		// No connection, or an answer that is not JSON: said below, in the person's language.
	}
	return { error: { code: UNREACHABLE, message: t(failure) } };
}

function isApiResult<T>(answer: unknown): answer is ApiResult<T> {
	return typeof answer === 'object' && answer !== null && ('data' in answer || 'error' in answer);
}

export const api = { post };
