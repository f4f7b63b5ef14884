import { requireWindow } from '$lib/server/auth/scope';
import { respond } from '$lib/server/http/json';
import { DomainError } from '$lib/server/queue';
import { idParam } from '$lib/shared/schemas';
import type { RequestHandler } from './$types';

/** A window and its current ticket, to staff who may operate it (as its actions are). */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		const app = locals.app;
		const id = idParam.parse(params.id);
		requireWindow(app, locals.principal, id);
		const window = app.views.windowById(id);
		if (!window) throw new DomainError('not_found', { what: 'window' });
		return window;
	});
