import { json } from '@sveltejs/kit';
import { requestOrigin } from '$lib/server/http/origin';
import { answerIssue } from '$lib/server/http/issue-ticket';
import { readJson } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/**
 * The kiosk takes a ticket (http/issue-ticket.ts). server.js usually answers this request on its
 * fast path (http/issue-fast-path.ts) before SvelteKit sees it; requests that path leaves alone
 * (another content type, no length, a query string, a staff session) come here.
 */
export const POST: RequestHandler = async ({ request, locals, url }) => {
	const { status, body } = await answerIssue(
		locals.app,
		locals.principal,
		() => readJson(request),
		{
			lang: locals.lang,
			origin: requestOrigin(request, url)
		}
	);
	return json(body, { status });
};
