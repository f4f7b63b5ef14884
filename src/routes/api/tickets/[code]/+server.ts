import { respond } from '$lib/server/http/json';
import { DomainError } from '$lib/server/queue';
import type { RequestHandler } from './$types';

/** A ticket as its holder sees it (the live ticket page uses the same view). */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(locals.lang, () => {
		const code = /^[a-z2-7]{26}$/.test(params.code) ? params.code : '';
		const ticket = code ? locals.app.views.publicTicket(code) : null;
		if (!ticket) throw new DomainError('not_found', { what: 'ticket' });
		return ticket;
	});
