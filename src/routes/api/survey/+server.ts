import { RequestError } from '$lib/server/http/errors';
import { readJson, respond } from '$lib/server/http/json';
import { RateLimiter } from '$lib/server/http/rate-limit';
import { surveyResponseRequest } from '$lib/shared/survey';
import type { RequestHandler } from './$types';

/** A survey tablet answers about once a visit; 30 answers per 10 minutes per address is plenty. */
const limiter = new RateLimiter(30, 10 * 60_000);

/** A visitor's answers (window tablet or phone), with their visit's one-time token. */
export const POST: RequestHandler = ({ request, locals, getClientAddress }) =>
	respond(
		locals.lang,
		async () => {
			if (!limiter.take(getClientAddress())) throw new RequestError(429, 'too_many_requests');
			locals.app.surveys.respond(surveyResponseRequest.parse(await readJson(request)));
			return { recorded: true };
		},
		201
	);
