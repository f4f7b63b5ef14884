import { locationParam } from '$lib/server/http/params';
import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/** What the waiting-room board shows; a paired board or kiosk reads only its own location. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		return locals.app.views.boardSnapshot(locationParam(params.id, locals));
	});
