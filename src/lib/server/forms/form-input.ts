/**
 * Reading form posts: the body within its size limit, as form fields (schemas.ts then checks
 * them), and the refusal a form action answers with; never throws.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { readBody } from '../http/body';
import { RequestError } from '../http/errors';
import type { FormFailure } from '$lib/shared/form-errors';

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
