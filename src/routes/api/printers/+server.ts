import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/** Every kiosk printer with its last known condition (staff). */
export const GET: RequestHandler = ({ locals }) =>
	respond(locals.lang, () => locals.app.printing.statuses());
