/**
 * A staff page's form action over one service step (the inquiry register, the directory): the
 * post read with the form's schema, the step run, and the answer a form action gives: on success
 * the form's name and the row it saved, on a refusal a 4xx with each field's problem and the
 * values as typed, nothing changed. Each page names the words its refusals are told in.
 */
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import type { FieldProblem } from '$lib/shared/form-errors';
import { AccessDenied } from '../auth/access-denied';
import { formValues, type FormValues } from '../office/schemas';
import { DomainError, type DomainErrorCode } from '../queue';
import { parseForm } from './fields';
import { formDataOf } from './form-input';

/** The message of each refusal a step may give; a code not named here is our bug (500). */
export type RefusalWords = Partial<Record<DomainErrorCode, MessageKey>>;

const STATUS: Partial<Record<DomainErrorCode, number>> = {
	not_found: 404,
	invalid_input: 400
};

function problemOf(err: unknown, words: RefusalWords) {
	if (err instanceof AccessDenied) {
		return { field: 'form', problem: { key: 'error.forbidden' } as FieldProblem, status: 403 };
	}
	const key = err instanceof DomainError ? words[err.code] : undefined;
	if (!(err instanceof DomainError) || !key) throw err;
	// A refused field is named by the step (`field`), so the page marks that field.
	const field = err.code === 'invalid_input' ? String(err.params.field ?? 'form') : 'form';
	return { field, problem: { key } as FieldProblem, status: STATUS[err.code] ?? 409 };
}

/**
 * `step` answers the id of the row it saved (or null: the form's own `idOf`, e.g. the person a
 * directory row is for).
 */
export async function runFormStep<S extends z.ZodType>(
	event: RequestEvent,
	form: string,
	schema: S,
	words: RefusalWords,
	step: (value: z.output<S>) => number | null,
	idOf: (values: FormValues) => number | null = () => null
) {
	const data = await formDataOf(event.request);
	if (!(data instanceof FormData)) {
		const key = data === 413 ? 'error.too_large' : 'error.bad_request';
		return fail(data, { form, id: null, values: {}, errors: { form: { key } } });
	}
	const values = formValues(data);
	const id = idOf(values);
	const parsed = await parseForm(schema, data);
	if (!parsed.ok) {
		const errors = Object.fromEntries(
			Object.entries(parsed.errors).filter((e): e is [string, FieldProblem] => !!e[1])
		);
		return fail(400, { form, id, values, errors });
	}
	try {
		const saved = step(parsed.value);
		return { form, id: saved ?? id ?? 0, saved: true as const, changed: true };
	} catch (err) {
		const { field, problem, status } = problemOf(err, words);
		return fail(status, { form, id, values, errors: { [field]: problem } });
	}
}
