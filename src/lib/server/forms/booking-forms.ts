/**
 * Staff booking's forms (/bookings, issue 14): booking for a client, moving a booking, finding one
 * by its code. Fields arrive as text; each refusal is an i18n key, shown in the clerk's language.
 * A refusal of the booking rules (a full slot, no interpreter free) becomes the form's message.
 */
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { fieldErrorsOf } from '$lib/shared/form-errors';
import { PHONE } from '$lib/shared/booking';
import { DomainError } from '../queue';
import { formValues, type FormValues } from '../office/schemas';
import { formDataOf } from './form-input';

const E = (key: string) => ({ error: `bookings.err.${key}` });

const checkbox = z
	.string()
	.optional()
	.transform((v) => v !== undefined && v !== '' && v !== 'off' && v !== '0');

const when = {
	day: z.iso.date(E('day')),
	start: z.string(E('slot')).regex(/^([01]\d|2[0-3]):[0-5]\d$/, E('slot'))
};

export const staffBookingInput = z.object({
	serviceId: z
		.string(E('service'))
		.regex(/^[1-9]\d{0,12}$/, E('service'))
		.transform(Number),
	...when,
	email: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || null)
		.pipe(z.email(E('email')).max(254, E('email')).nullable()),
	phone: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || null)
		.pipe(z.string().regex(PHONE, E('phone')).nullable()),
	lang: z.enum(['pl', 'en'], E('lang')).default('pl'),
	interpreter: checkbox,
	accessible: checkbox
});

export const moveInput = z.object(when);

/** A booking's code as the client reads it out: 6 digits, spaces allowed. */
export function codeParam(raw: string | null): string | null {
	const code = raw?.replace(/\s/g, '') ?? '';
	return /^\d{6}$/.test(code) ? code : null;
}

/** The answer of a refused staff form, in the shape the admin forms' view reads. */
export function refused(
	status: number,
	form: string,
	values: FormValues,
	errors: Record<string, { key: string; params?: Record<string, string | number> }>
) {
	return fail(status, { form, id: null, values, errors });
}

/** Read a staff form and parse it; the values, or the refusal to answer with. */
export async function readStaffForm<S extends z.ZodType>(
	request: Request,
	form: string,
	schema: S
): Promise<
	| { ok: true; value: z.output<S>; values: FormValues }
	| { ok: false; failure: ReturnType<typeof refused> }
> {
	const data = await formDataOf(request);
	if (!(data instanceof FormData)) {
		const key = data === 413 ? 'error.too_large' : 'error.bad_request';
		return { ok: false, failure: refused(data, form, {}, { form: { key } }) };
	}
	const values = formValues(data);
	const parsed = schema.safeParse(values);
	if (!parsed.success) {
		return { ok: false, failure: refused(400, form, values, fieldErrorsOf(parsed.error)) };
	}
	return { ok: true, value: parsed.data, values };
}

/** A refusal of the booking rules as the form's message; anything else is thrown on. */
export function ruleRefusal(err: unknown, form: string, values: FormValues) {
	if (!(err instanceof DomainError)) throw err;
	const reason = err.params.reason;
	if (err.code === 'booking_refused' && typeof reason === 'string') {
		return refused(409, form, values, { form: { key: `error.booking_refused.${reason}` } });
	}
	if (err.code === 'not_found')
		return refused(404, form, values, { form: { key: 'bookings.not_found' } });
	if (err.code === 'invalid_state') {
		return refused(409, form, values, { form: { key: 'bookings.not_booked' } });
	}
	throw err;
}
