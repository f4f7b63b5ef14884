import type { App } from '../app';
import { issueTicketRequest } from '$lib/shared/schemas';
import type { Lang } from '$lib/shared/dto';
import { answer } from './json';

/**
 * POST /api/tickets: the kiosk takes a ticket. 201 with the ticket, where to go, the wait and how
 * printing went; refusals as docs/api.md lists them. The SvelteKit route and the fast path
 * (issue-fast-path.ts) both answer through this, so they validate and answer alike.
 */
export function answerIssue(
	app: App,
	body: () => Promise<unknown>,
	ctx: { lang: Lang; origin: string }
) {
	return answer(
		ctx.lang,
		async () => app.desk.issueTicket(issueTicketRequest.parse(await body()), ctx),
		201
	);
}
