import { readJson, respond } from '$lib/server/http/json';
import { paperSurveyRequest } from '$lib/shared/survey';
import type { RequestHandler } from './$types';

/** A paper form handed in at the Kancelaria, typed in by staff. */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(
		locals.lang,
		async () => {
			locals.app.surveys.recordPaper(paperSurveyRequest.parse(await readJson(request)));
			return { recorded: true };
		},
		201
	);
