import { getApp } from '$lib/server/app';
import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/** Every location of the office, with hours, mode and floor colours. */
export const GET: RequestHandler = ({ locals }) =>
	respond(locals.lang, () => getApp().views.locations());
