import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { isLang, publicCatalog } from '$lib/i18n';
import { RequestError } from '$lib/server/http/errors';
import { answer } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/**
 * The public screens' texts in one language, for a visitor who switches to it (the page came
 * with its own language only). A request naming this build's version may be kept for good: the
 * texts change only with a new build.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const { status, body } = await answer(locals.lang, () => {
		if (!isLang(params.lang)) throw new RequestError(400, 'bad_request');
		return publicCatalog(params.lang);
	});
	const keep = status === 200 && url.searchParams.get('v') === version;
	return json(body, {
		status,
		headers: { 'cache-control': keep ? 'public, max-age=31536000, immutable' : 'no-cache' }
	});
};
