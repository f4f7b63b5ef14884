import { RequestError } from '$lib/server/http/errors';
import { readJson, respond } from '$lib/server/http/json';
import { idParam, windowActionRequest } from '$lib/shared/schemas';
import { WINDOW_ACTIONS } from '$lib/shared/vocabulary';
import { requireWindow } from '$lib/server/auth/scope';
import type { RequestHandler } from './$types';

/** URL segments are kebab-case (no-show); action names are snake_case (no_show). */
function actionOf(segment: string): string {
	const action = segment.replace(/-/g, '_');
	if (!(WINDOW_ACTIONS as readonly string[]).includes(action)) {
		throw new RequestError(404, 'unknown_action', { action: segment.slice(0, 40) });
	}
	return action;
}

/** A clerk's action at a window: POST /api/windows/{id}/{action} with the action's fields. */
export const POST: RequestHandler = ({ params, request, locals }) =>
	respond(locals.lang, async () => {
		const action = actionOf(params.action);
		const windowId = idParam.parse(params.id);
		const body = await readJson(request);
		if (typeof body !== 'object' || body === null || Array.isArray(body)) {
			throw new RequestError(400, 'bad_request');
		}
		const req = windowActionRequest.parse({ ...body, windowId, action });
		const app = locals.app;
		requireWindow(app, locals.principal, windowId);
		return app.desk.act(req, locals.principal);
	});
