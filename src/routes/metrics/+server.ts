import type { RequestHandler } from './$types';

/** Prometheus's scrape (observe/metrics.ts); the guard lets only a monitor in (auth/guard.ts). */
export const GET: RequestHandler = async ({ locals }) => {
	const { text, contentType } = await locals.app.watch.metrics.scrape();
	return new Response(text, {
		headers: { 'content-type': contentType, 'cache-control': 'no-store' }
	});
};
