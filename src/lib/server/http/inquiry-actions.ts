/**
 * The inquiry register's pages (/inquiries): reading a post with one of the register's form
 * schemas, running the step, and answering as a form action does: on success the saved form's
 * name, on a refusal a 4xx with each field's problem and the values as typed, nothing changed.
 */
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { FieldProblem } from '$lib/shared/form-errors';
import { AccessDenied } from '../auth/access-denied';
import { parseForm } from '../forms/fields';
import { formDataOf } from '../forms/form-input';
import { formValues, type FormValues } from '../office/schemas';
import { DomainError } from '../queue';
import type { InquiryRegister, InquiryView } from '../desk/inquiries';

export interface InquiryFailure {
	form: string;
	id: number | null;
	values: FormValues;
	errors: Record<string, FieldProblem>;
}

/** A refusal of the register, in the words of the form that asked. */
function problemOf(err: unknown): { field: string; problem: FieldProblem; status: number } {
	if (err instanceof AccessDenied) {
		return { field: 'form', problem: { key: 'error.forbidden' }, status: 403 };
	}
	if (!(err instanceof DomainError)) throw err;
	switch (err.code) {
		case 'not_found':
			return { field: 'form', problem: { key: 'inquiry.err.not_found' }, status: 404 };
		case 'invalid_state':
			return { field: 'form', problem: { key: 'inquiry.err.state' }, status: 409 };
		case 'invalid_input':
			return {
				field: String(err.params.field ?? 'form'),
				problem: { key: 'inquiry.err.informed_on' },
				status: 400
			};
		case 'office_closed':
			return { field: 'form', problem: { key: 'inquiry.err.no_working_day' }, status: 409 };
		default:
			throw err;
	}
}

export async function runInquiryAction<S extends z.ZodType>(
	event: RequestEvent,
	form: string,
	schema: S,
	step: (register: InquiryRegister, value: z.output<S>) => InquiryView
) {
	const data = await formDataOf(event.request);
	if (!(data instanceof FormData)) {
		const key = data === 413 ? 'error.too_large' : 'error.bad_request';
		return fail(data, { form, id: null, values: {}, errors: { form: { key } } });
	}
	const values = formValues(data);
	const parsed = await parseForm(schema, data);
	if (!parsed.ok) {
		const errors = Object.fromEntries(
			Object.entries(parsed.errors).filter((e): e is [string, FieldProblem] => !!e[1])
		);
		return fail(400, { form, id: null, values, errors } satisfies InquiryFailure);
	}
	try {
		const saved = step(event.locals.app.inquiries, parsed.value);
		return { form, id: saved.id, saved: true as const, changed: true };
	} catch (err) {
		const { field, problem, status } = problemOf(err);
		return fail(status, { form, id: null, values, errors: { [field]: problem } });
	}
}
