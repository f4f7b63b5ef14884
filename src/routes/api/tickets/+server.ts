import { requestOrigin } from '$lib/server/http/origin';
import { getApp } from '$lib/server/app';
import { readJson, respond } from '$lib/server/http/json';
import { issueTicketRequest } from '$lib/shared/schemas';
import { requireLocation } from '$lib/server/auth/scope';
import type { RequestHandler } from './$types';

/**
 * The kiosk takes a ticket. 201 with the ticket, where to go, the wait and how printing went.
 * A paired kiosk issues only for its own location, on its own printer.
 */
export const POST: RequestHandler = async ({ request, locals, url }) =>
	respond(
		locals.lang,
		async () => {
			const body = issueTicketRequest.parse(await readJson(request));
			requireLocation(locals.principal, body.locationId);
			const device = locals.principal.device;
			if (device) body.kiosk = device.printerKey ?? undefined;
			return getApp().desk.issueTicket(body, {
				lang: locals.lang,
				origin: requestOrigin(request, url)
			});
		},
		201
	);
