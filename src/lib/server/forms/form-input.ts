/** Reading form posts: trimmed text with limits, checkboxes, lists of ids; never throws. */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { readBody } from '../http/body';
import { RequestError } from '../http/errors';
import type { FieldErrors, FormFailure } from '$lib/shared/form-errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../auth/passwords';

export class FormInput {
	readonly errors: FieldErrors = {};

	constructor(private readonly form: FormData) {}

	/** Trimmed text; '' when missing. Records 'required' and 'too_long' problems. */
	text(name: string, { required = false, max = 200 } = {}): string {
		const raw = this.form.get(name);
		const value = typeof raw === 'string' ? raw.trim() : '';
		if (required && value === '') this.errors[name] = { key: 'field.required' };
		else if ([...value].length > max)
			this.errors[name] = { key: 'field.too_long', params: { max } };
		return value;
	}

	/** A password, untrimmed, checked against the length rule. */
	password(name: string): string {
		const raw = this.form.get(name);
		const value = typeof raw === 'string' ? raw : '';
		const problem = passwordProblem(value);
		if (problem === 'too_short') {
			this.errors[name] = { key: 'field.password_too_short', params: { min: PASSWORD_MIN_LENGTH } };
		} else if (problem === 'too_long') {
			this.errors[name] = { key: 'field.password_too_long', params: { max: PASSWORD_MAX_LENGTH } };
		}
		return value;
	}

	checked(name: string): boolean {
		return this.form.get(name) !== null;
	}

	/** Positive integer ids from repeated fields (checkboxes), invalid ones dropped. */
	ids(name: string): number[] {
		return this.form
			.getAll(name)
			.map((v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : 0))
			.filter((n) => n > 0);
	}

	/** A positive integer id, or null when empty or not a number. */
	id(name: string): number | null {
		const v = this.form.get(name);
		return typeof v === 'string' && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null;
	}

	fail(name: string, key: FieldErrors[string] & object): void {
		this.errors[name] ??= key;
	}

	get ok(): boolean {
		return Object.keys(this.errors).length === 0;
	}
}

/** Form posts are small; a bigger body is refused (413), whether or not it says its size first. */
export const MAX_FORM_BYTES = 16 * 1024;

/** A form post's fields, or why it cannot be read: 413 over `limit`, 400 not a form (never throws). */
export async function formDataOf(
	request: Request,
	limit = MAX_FORM_BYTES
): Promise<FormData | 400 | 413> {
	let body: Uint8Array<ArrayBuffer>;
	try {
		body = await readBody(request, limit);
	} catch (err) {
		return err instanceof RequestError && err.status === 413 ? 413 : 400;
	}
	try {
		// The bytes read, parsed as the request itself would be (urlencoded or multipart).
		const type = request.headers.get('content-type') ?? '';
		return await new Response(body, { headers: { 'content-type': type } }).formData();
	} catch {
		return 400;
	}
}

/** A form post's fields, or the refusal to answer with (413 too large, 400 not a form). */
export async function readForm(request: Request): Promise<FormData | ActionFailure<FormFailure>> {
	const form = await formDataOf(request);
	if (form === 413) return refuse(413, { errors: {}, problem: { key: 'error.too_large' } });
	return form === 400 ? refuse(400, { errors: {}, problem: { key: 'error.bad_request' } }) : form;
}

/** A refused form: its status and what the page shows (typed, so pages read every field). */
export function refuse(status: number, failure: FormFailure) {
	return fail(status, failure);
}
