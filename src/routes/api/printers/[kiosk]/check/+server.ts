import { getApp } from '$lib/server/app';
import { respond } from '$lib/server/http/json';
import { kioskId } from '$lib/shared/schemas';
import type { RequestHandler } from './$types';

/**
 * Ask a kiosk's printer for its condition now (real-time status on the network). Answers the
 * printer's PrinterStatusDto; a change also reaches the location's consoles (printer:status).
 */
export const POST: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => getApp().printing.check(kioskId.parse(params.kiosk)));
