/**
 * The directory page's forms (/directory): reading a post with one of the directory's schemas,
 * running the step, and answering as a form action does: on success the form's name, on a
 * refusal a 4xx with each field's problem and the values as typed, nothing changed.
 */
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { FieldProblem } from '$lib/shared/form-errors';
import { AccessDenied } from '../auth/access-denied';
import { parseForm } from '../forms/fields';
import { formDataOf } from '../forms/form-input';
import { formValues } from '../office/schemas';
import { DomainError } from '../queue';
import type { StaffDirectory } from '../desk/directory';

function problemOf(err: unknown): { field: string; problem: FieldProblem; status: number } {
	if (err instanceof AccessDenied) {
		return { field: 'form', problem: { key: 'error.forbidden' }, status: 403 };
	}
	if (!(err instanceof DomainError)) throw err;
	switch (err.code) {
		case 'not_found':
			return { field: 'form', problem: { key: 'directory.err.not_found' }, status: 404 };
		case 'invalid_input':
			return {
				field: String(err.params.field ?? 'form'),
				problem: { key: 'directory.err.range' },
				status: 400
			};
		default:
			throw err;
	}
}

/** `form` names the form on the page; `id` the person it was for (their row's form). */
export async function runDirectoryAction<S extends z.ZodType>(
	event: RequestEvent,
	form: string,
	schema: S,
	step: (directory: StaffDirectory, value: z.output<S>) => void
) {
	const data = await formDataOf(event.request);
	if (!(data instanceof FormData)) {
		const key = data === 413 ? 'error.too_large' : 'error.bad_request';
		return fail(data, { form, id: null, values: {}, errors: { form: { key } } });
	}
	const values = formValues(data);
	const id = Number(values.staffId) || null;
	const parsed = await parseForm(schema, data);
	if (!parsed.ok) {
		const errors = Object.fromEntries(
			Object.entries(parsed.errors).filter((e): e is [string, FieldProblem] => !!e[1])
		);
		return fail(400, { form, id, values, errors });
	}
	try {
		step(event.locals.app.directory, parsed.value);
		return { form, id: id ?? 0, saved: true as const, changed: true };
	} catch (err) {
		const { field, problem, status } = problemOf(err);
		return fail(status, { form, id, values, errors: { [field]: problem } });
	}
}
