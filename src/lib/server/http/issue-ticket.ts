import type { App } from '../app';
import type { Principal } from '../auth/guard';
import { requireLocation } from '../auth/scope';
import { issueTicketRequest } from '$lib/shared/schemas';
import type { Lang } from '$lib/shared/dto';
import { answer } from './json';

/**
 * POST /api/tickets: the kiosk takes a ticket. 201 with the ticket, where to go, the wait and how
 * printing went; refusals as docs/api.md lists them. A paired kiosk issues only for its own
 * location, on its own printer. The SvelteKit route and the fast path (issue-fast-path.ts) both
 * answer through this, so they validate and answer alike.
 */
export function answerIssue(
	app: App,
	principal: Principal,
	body: () => Promise<unknown>,
	ctx: { lang: Lang; origin: string }
) {
	return answer(
		ctx.lang,
		async () => {
			const req = issueTicketRequest.parse(await body());
			requireLocation(principal, req.locationId);
			if (principal.device) req.kiosk = principal.device.printerKey ?? undefined;
			return app.desk.issueTicket(req, ctx);
		},
		201
	);
}
