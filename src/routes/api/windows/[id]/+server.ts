import { getApp } from '$lib/server/app';
import { respond } from '$lib/server/http/json';
import { DomainError } from '$lib/server/queue';
import { idParam } from '$lib/shared/schemas';
import type { RequestHandler } from './$types';

/** A window and its current ticket. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		const window = getApp().views.windowById(idParam.parse(params.id));
		if (!window) throw new DomainError('not_found', { what: 'window' });
		return window;
	});
