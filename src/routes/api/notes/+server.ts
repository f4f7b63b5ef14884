import { RequestError } from '$lib/server/http/errors';
import { readJson, respond } from '$lib/server/http/json';
import { noteRequest } from '$lib/server/desk/question-log';
import type { RequestHandler } from './$types';

/**
 * A clerk's note for the log of questions and problems (issue 15, SR-26): POST /api/notes with
 * { windowId, kind: "question" | "problem", serviceId | null, text }. Answers { id } (201); a note
 * with a PESEL number, a phone number or an e-mail address is refused (400, reason pesel, phone
 * or email) and nothing is kept.
 */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(
		locals.lang,
		async () => {
			const body = await readJson(request);
			if (typeof body !== 'object' || body === null || Array.isArray(body)) {
				throw new RequestError(400, 'bad_request');
			}
			return { id: locals.app.questions.record(locals.principal, noteRequest.parse(body)) };
		},
		201
	);
