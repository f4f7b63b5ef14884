import { locationParam } from '$lib/server/http/params';
import { getApp } from '$lib/server/app';
import { respond } from '$lib/server/http/json';
import { requireLocation } from '$lib/server/auth/scope';
import type { RequestHandler } from './$types';

/** What the waiting-room board shows; a paired board or kiosk reads only its own location. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		const locationId = locationParam(params.id);
		requireLocation(locals.principal, locationId);
		return getApp().views.boardSnapshot(locationId);
	});
