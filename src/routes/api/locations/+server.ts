import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/** Every location of the office, with hours, mode and floor colours. */
export const GET: RequestHandler = ({ locals }) =>
	respond(locals.lang, () => locals.app.views.locations());
