import { locationParam } from '$lib/server/http/params';
import { getApp } from '$lib/server/app';
import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/** The staff view: windows, current tickets and the waiting queue (staff only). */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => getApp().views.staffSnapshot(locationParam(params.id)));
