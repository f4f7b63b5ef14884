/** Reading form posts: trimmed text with limits, checkboxes, lists of ids; never throws. */
import { fail } from '@sveltejs/kit';
import type { FieldErrors, FormFailure } from '$lib/shared/form-errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './passwords';

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

/** Form posts are small; a bigger body is refused before it is read (413 by the caller). */
export const MAX_FORM_BYTES = 16 * 1024;

export async function readForm(request: Request): Promise<FormData | null> {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_FORM_BYTES) return null;
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

/** A refused form: its status and what the page shows (typed, so pages read every field). */
export function refuse(status: number, failure: FormFailure) {
	return fail(status, failure);
}

/** The body could not be read as a form (too big, not a form). */
export const unreadable = () => refuse(400, { errors: {}, problem: { key: 'error.bad_request' } });
