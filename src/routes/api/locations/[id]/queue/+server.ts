import { locationParam } from '$lib/server/http/params';
import { scopeStaffView } from '$lib/server/auth/scope';
import { respond } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

/**
 * The staff view: windows, current tickets and the waiting queue, narrowed to what the caller
 * may act on (auth/scope.ts: their departments' windows and tickets; an admin sees all).
 */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		const app = locals.app;
		const view = app.views.staffSnapshot(locationParam(params.id, locals));
		return scopeStaffView(app, locals.principal, view);
	});
