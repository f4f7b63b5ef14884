import { locationParam } from '$lib/server/http/params';
import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/**
 * The kiosk's menu: departments, matters, whether each takes tickets now, where to go. A paired
 * device reads its own location's only, as it does the board.
 */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => locals.app.views.kioskMenu(locationParam(params.id, locals)));
