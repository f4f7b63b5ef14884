import { ZodError } from 'zod';
import { DomainError, type DomainErrorCode } from '../queue';
import { AccessDenied } from '../auth/access-denied';
import { isMessageKey, translate } from '$lib/i18n';
import type { ApiErrorDto, Lang } from '$lib/shared/dto';
import { issueText } from '$lib/shared/validation';
import { log } from '../log';

/** A request the edge refuses before any rule runs (bad JSON, too large, unknown action). */
export class RequestError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 429,
		readonly code:
			| 'bad_request'
			| 'bad_json'
			| 'too_large'
			| 'unknown_action'
			| 'forbidden'
			| 'unauthenticated'
			| 'too_many_requests',
		readonly params: Record<string, string | number> = {}
	) {
		super(code);
	}
}

const STATUS: Record<DomainErrorCode, number> = {
	not_found: 404,
	invalid_input: 400,
	invalid_state: 409,
	stale: 409,
	window_paused: 409,
	window_closed: 409,
	window_busy: 409,
	window_held: 409,
	no_current_ticket: 409,
	nothing_waiting: 409,
	priority_not_allowed: 400,
	office_closed: 409,
	service_unavailable: 409,
	not_served_here: 409,
	undo_expired: 409,
	not_today: 409,
	no_window: 409,
	booking_refused: 409,
	check_in_refused: 409,
	summons_closed: 409
};

/**
 * Every refusal becomes a 4xx with a stable code and a message in the caller's language.
 * Anything else is our bug: logged in full, answered 500 without internals.
 */
export function toApiError(err: unknown, lang: Lang): { status: number; error: ApiErrorDto } {
	if (err instanceof ZodError) {
		return {
			status: 400,
			error: {
				code: 'bad_request',
				message: translate(lang, 'error.bad_request'),
				// zod's own messages are English: each issue is said again in the caller's language
				// (shared/validation.ts), its path and code kept for programs.
				issues: err.issues.map((i) => ({
					path: i.path.join('.') || '(body)',
					code: i.code,
					message: issueText(i, (key, params) => translate(lang, key, params))
				}))
			}
		};
	}
	if (err instanceof DomainError && err.code === 'check_in_refused')
		return checkInRefusal(err, lang);
	if (err instanceof DomainError) {
		const params = { ...err.params };
		const what = `error.what.${params.what}`;
		if (err.code === 'not_found' && isMessageKey(what)) params.what = translate(lang, what);
		// A field's name in words, not the program's ("koniec okresu", not "to").
		const field = `error.field.${params.field}`;
		if (err.code === 'invalid_input' && isMessageKey(field)) params.field = translate(lang, field);
		// A refusal with a reason (booking_refused: slot_full, …) says that reason when the
		// catalog has words for it, and names it for programs.
		const reason = typeof params.reason === 'string' ? params.reason : null;
		const precise = `error.${err.code}.${reason}`;
		const key = reason !== null && isMessageKey(precise) ? precise : (`error.${err.code}` as const);
		return {
			status: STATUS[err.code],
			error: {
				code: err.code,
				message: translate(lang, key, params),
				...(reason !== null && { reason })
			}
		};
	}
	if (err instanceof AccessDenied) {
		return {
			status: 403,
			error: { code: 'forbidden', message: translate(lang, 'error.forbidden') }
		};
	}
	if (err instanceof RequestError) {
		return {
			status: err.status,
			error: { code: err.code, message: translate(lang, `error.${err.code}`, err.params) }
		};
	}
	log.error({ err }, 'unexpected error');
	return { status: 500, error: { code: 'internal', message: translate(lang, 'error.internal') } };
}

/**
 * A refused check-in (issue 14) says why in the visitor's words, one message per reason, and
 * carries its params for the kiosk: when to come back, or the matter of the walk-in ticket it
 * offers instead. An unknown code is a 404; the others are the booking's state or its time.
 */
function checkInRefusal(err: DomainError, lang: Lang): { status: number; error: ApiErrorDto } {
	const key = `error.check_in_refused.${err.params.reason}`;
	return {
		status: err.params.reason === 'unknown' ? 404 : 409,
		error: {
			code: err.code,
			message: translate(lang, isMessageKey(key) ? key : 'error.check_in_refused', err.params),
			params: err.params
		}
	};
}
