import { requestOrigin } from '$lib/server/http/origin';
import { getApp } from '$lib/server/app';
import { readJson, respond } from '$lib/server/http/json';
import { issueTicketRequest } from '$lib/shared/schemas';
import type { RequestHandler } from './$types';

/** The kiosk takes a ticket. 201 with the ticket, where to go, the wait and how printing went. */
export const POST: RequestHandler = async ({ request, locals, url }) =>
	respond(
		locals.lang,
		async () => {
			const body = issueTicketRequest.parse(await readJson(request));
			return getApp().desk.issueTicket(body, {
				lang: locals.lang,
				origin: requestOrigin(request, url)
			});
		},
		201
	);
