/**
 * What a refused form sends back to its page: per field, a message key and its parameters, so
 * the page shows the message in the language the person chose (and can switch it after).
 */
import type { MessageKey, Params } from '$lib/i18n';

export interface FieldProblem {
	key: MessageKey;
	params?: Params;
}

export type FieldErrors = Partial<Record<string, FieldProblem>>;

export interface FormFailure {
	errors: FieldErrors;
	/** A problem with the form as a whole (wrong password, throttled, …). */
	problem?: FieldProblem;
	/** What was typed, to show again (never passwords). */
	values?: Record<string, string | string[] | boolean>;
}
