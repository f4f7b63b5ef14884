import { locationParam } from '$lib/server/http/params';
import { getApp } from '$lib/server/app';
import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/** What the waiting-room board shows. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => getApp().views.boardSnapshot(locationParam(params.id)));
