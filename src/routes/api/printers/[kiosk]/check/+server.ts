import { readJson, respond } from '$lib/server/http/json';
import { kioskId } from '$lib/shared/schemas';
import type { RequestHandler } from './$types';

/**
 * Ask a kiosk's printer for its condition now (real-time status on the network). Answers the
 * printer's PrinterStatusDto; a change also reaches the location's consoles (printer:status).
 * It takes no parameters in its body; a body is still read, as on every JSON route, so an
 * oversized one is refused with 413 and a malformed one with 400.
 */
export const POST: RequestHandler = ({ params, locals, request }) =>
	respond(locals.lang, async () => {
		await readJson(request);
		return locals.app.printing.check(kioskId.parse(params.kiosk));
	});
