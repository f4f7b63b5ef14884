/**
 * What a refused form sends back to its page: per field, a message key and its parameters, so
 * the page shows the message in the language the person chose (and can switch it after).
 */
import type { z } from 'zod';
import { isMessageKey, type MessageKey, type Params } from '$lib/i18n';

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

/**
 * A schema's refusal as field errors: the first problem of each field (a page shows one per
 * field), named by the field's form name, or `form` for a problem of the whole form. Schemas give
 * message keys as their messages, and a refinement's `params` fill the message's placeholders;
 * any other message (zod's own English) becomes `fallback`.
 */
export function fieldErrorsOf(
	error: z.ZodError,
	fallback: MessageKey = 'field.invalid'
): Record<string, FieldProblem> {
	const errors: Record<string, FieldProblem> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (errors[field]) continue;
		const key = isMessageKey(issue.message) ? issue.message : fallback;
		const params = issue.code === 'custom' ? paramsOf(issue.params) : undefined;
		errors[field] = params ? { key, params } : { key };
	}
	return errors;
}

/** A refinement's params, if they are placeholder values (text or numbers). */
function paramsOf(raw: Record<string, unknown> | undefined): Params | undefined {
	if (!raw) return undefined;
	const entries = Object.entries(raw).filter(
		(e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'
	);
	return entries.length ? Object.fromEntries(entries) : undefined;
}
