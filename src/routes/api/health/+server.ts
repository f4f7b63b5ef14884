import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * For monitoring: each check's status and reason (observe/health.ts); 503 when one fails, so an
 * alert can fire on the status code alone.
 */
export const GET: RequestHandler = ({ locals }) => {
	const report = locals.app.watch.health();
	return json(
		{ data: report },
		{ status: report.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
