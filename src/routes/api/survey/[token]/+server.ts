import { respond } from '$lib/server/http/json';
import { DomainError } from '$lib/server/queue';
import type { RequestHandler } from './$types';

/** An open survey invitation: the office and the departments of the visit, to prefill. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		const invitation = /^[a-z2-7]{26}$/.test(params.token)
			? locals.app.surveys.invitation(params.token)
			: null;
		if (!invitation) throw new DomainError('not_found', { what: 'survey' });
		return invitation;
	});
