import { RequestError } from '$lib/server/http/errors';
import { readJson, respond } from '$lib/server/http/json';
import { holdWindowRequest, idParam } from '$lib/shared/schemas';
import { requireWindow } from '$lib/server/auth/scope';
import type { RequestHandler } from './$types';

/**
 * A clerk holds a window: POST /api/windows/{id}/hold with `{ "takeOver": true }` once they have
 * confirmed taking it from another clerk. Answers WindowHoldDto; 409 window_held when another
 * clerk holds it and `takeOver` is not set.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	respond(locals.lang, async () => {
		const windowId = idParam.parse(params.id);
		const body = await readJson(request);
		if (typeof body !== 'object' || body === null || Array.isArray(body)) {
			throw new RequestError(400, 'bad_request');
		}
		const req = holdWindowRequest.parse({ ...body, windowId });
		requireWindow(locals.app, locals.principal, windowId);
		return locals.app.desk.hold(req, locals.principal);
	});
