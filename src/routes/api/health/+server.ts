import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** For monitoring: the server answers and the database is readable. */
export const GET: RequestHandler = ({ locals }) => {
	const ok = locals.app.db.prepare('SELECT 1').pluck().get() === 1;
	return json({ data: { ok } }, { status: ok ? 200 : 503 });
};
