/**
 * The pieces the accounts' form schemas (schemas.ts) are made of: how one field of a form post is
 * read, the checks a field can carry, and parsing a post with a schema into values or field errors.
 *
 * Every check is a refinement, never a type: zod goes on to the next checks, and to the form's own
 * rules (superRefine), even when one fails, so a refused form marks all its problems at once
 * instead of one per submit. A refinement's message is an i18n key (parts/accounts.ts).
 */
import { z } from 'zod';
import type { MessageKey, Params } from '$lib/i18n';
import { fieldErrorsOf, type FieldErrors } from '$lib/shared/form-errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '$lib/shared/password-rules';

/** A refinement's refusal: the message key, and what its placeholders show. */
export const problem = (key: MessageKey, params?: Params) => ({ error: key, params });

/** A refusal found by a form's own rules, on one of its fields. */
export function refuseField(ctx: z.RefinementCtx, field: string, key: MessageKey): void {
	ctx.addIssue({ code: 'custom', path: [field], message: key });
}

/** Length as a person counts it (and the limits mean it): code points, not UTF-16 units. */
const chars = (text: string) => [...text].length;

// ── Reading one field: parseForm hands each the list of values sent under its name ──────────

const listOf = (values: unknown): unknown[] =>
	Array.isArray(values) ? values : values === undefined ? [] : [values];
const stringOf = (values: unknown): string | null => {
	const first = listOf(values)[0];
	return typeof first === 'string' ? first : null;
};
const idOf = (value: unknown): number | null =>
	typeof value === 'string' && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null;

/** Text with the spaces around it trimmed; '' when not sent (or sent as a file). */
export const trimmed = z.unknown().transform((v) => stringOf(v)?.trim() ?? '');
/** A password as typed: its spaces count. */
export const secret = z.unknown().transform((v) => stringOf(v) ?? '');
/** Text exactly as sent (a password's repeat, the current password); null when not sent. */
export const sent = z.unknown().transform(stringOf);
/** A positive whole number (a row's id); null when empty or not one. */
export const id = z.unknown().transform((v) => idOf(stringOf(v)));
/** The ids of a repeated field (checkboxes); values that are not ids are dropped. */
export const ids = z.unknown().transform((v) =>
	listOf(v)
		.map(idOf)
		.filter((n): n is number => n !== null)
);
/** A checkbox: ticked when sent, whatever its value. */
export const checkbox = z.unknown().transform((v) => listOf(v).length > 0);

// ── Checks ─────────────────────────────────────────────────────────────────────────────────

/** Trimmed text of at most `max` characters; `required` refuses ''. */
export function text({ max, required = false }: { max: number; required?: boolean }) {
	return trimmed
		.refine((v) => !required || v !== '', problem('field.required'))
		.refine((v) => chars(v) <= max, problem('field.too_long', { max }));
}

/**
 * One of `options` (a select's values). Anything else is refused as unanswered, since the page
 * offers nothing else; it then reaches the form's own rules as sent, so they must not trust it.
 */
export function oneOf<T extends string>(options: readonly T[]) {
	const known = (v: string): v is T => (options as readonly string[]).includes(v);
	return trimmed.refine(known, problem('field.required')).transform((v) => v as T);
}

/** The id of a row that `exists` (a select's choice); refused as unanswered otherwise. */
export function chosen(exists: (id: number) => boolean) {
	return id
		.refine((v) => v !== null && exists(v), problem('field.required'))
		.transform((v) => v as number);
}

/** A new password, by the one password rule (shared/password-rules.ts). */
export const newPassword = secret
	.refine(
		(v) => chars(v) >= PASSWORD_MIN_LENGTH,
		problem('field.password_too_short', { min: PASSWORD_MIN_LENGTH })
	)
	.refine(
		(v) => chars(v) <= PASSWORD_MAX_LENGTH,
		problem('field.password_too_long', { max: PASSWORD_MAX_LENGTH })
	);

/** A form's rule for `repeat`: the new password again, exactly. */
export function repeatsPassword(
	v: { password: string; repeat: string | null },
	ctx: z.RefinementCtx
): void {
	if (v.repeat !== v.password) refuseField(ctx, 'repeat', 'account.password.mismatch');
}

// ── Parsing a post ─────────────────────────────────────────────────────────────────────────

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * A form post checked by a schema (a z.object of the readers above, maybe refined and
 * transformed): its value, or its errors by field. Every field the schema names is handed in, as
 * the list of values sent ([] for none): zod refuses an object with a key missing, where a form
 * field the browser did not send (an unticked checkbox) must read as empty.
 */
export async function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData
): Promise<Parsed<z.output<S>>> {
	const values = Object.fromEntries(fieldNames(schema).map((name) => [name, form.getAll(name)]));
	const result = await schema.safeParseAsync(values);
	if (result.success) return { ok: true, value: result.data };
	return { ok: false, errors: fieldErrorsOf(result.error) };
}

function fieldNames(schema: z.core.$ZodType): string[] {
	if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
	if (schema instanceof z.ZodPipe) return fieldNames(schema.in);
	return [];
}

/** Text fields as typed (trimmed), to fill a refused form in again: never a password. */
export function typedText(form: FormData, names: readonly string[]): Record<string, string> {
	return Object.fromEntries(names.map((name) => [name, trimmed.parse(form.getAll(name))]));
}
