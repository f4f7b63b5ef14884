import { requestOrigin } from '$lib/server/http/origin';
import { RequestError } from '$lib/server/http/errors';
import { readJson, respond } from '$lib/server/http/json';
import { idParam, reprintRequest } from '$lib/shared/schemas';
import { requireWindow } from '$lib/server/auth/scope';
import type { RequestHandler } from './$types';

/**
 * A clerk reprints a ticket on the printer of the kiosk that issued it:
 * POST /api/windows/{id}/reprint with { ticketId }. Answers ReprintResultDto (200 even when the
 * printer fails: `print` says how it went); refusals are 4xx and print nothing.
 */
export const POST: RequestHandler = ({ params, request, locals, url }) =>
	respond(locals.lang, async () => {
		const windowId = idParam.parse(params.id);
		const body = await readJson(request);
		if (typeof body !== 'object' || body === null || Array.isArray(body)) {
			throw new RequestError(400, 'bad_request');
		}
		const req = reprintRequest.parse({ ...body, windowId });
		requireWindow(locals.app, locals.principal, windowId);
		locals.app.holds.require(windowId, locals.principal);
		return locals.app.printing.reprint(req, {
			lang: locals.lang,
			origin: requestOrigin(request, url)
		});
	});
