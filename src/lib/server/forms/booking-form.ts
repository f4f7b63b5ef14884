/**
 * The booking page's form (/rezerwacja, action `book`): the same request and the same rate limits
 * as POST /api/bookings, its refusals as messages the page shows in the visitor's language, with
 * what was typed kept.
 */
import { ZodError } from 'zod';
import { isMessageKey, type MessageKey } from '$lib/i18n';
import { bookingRequest } from '$lib/shared/booking';
import type { Lang } from '$lib/shared/dto';
import type { FieldErrors, FormFailure } from '$lib/shared/form-errors';
import type { App } from '../app';
import type { Booking } from '../db/repositories/bookings';
import { bookFor, takeBookingAttempt } from '../http/booking-limits';
import { RequestError } from '../http/errors';
import { DomainError } from '../queue';

/** The form's fields whose problems are shown beside them; any other is the form's as a whole. */
const FIELD_ERRORS: Record<string, MessageKey> = {
	start: 'booking.err.slot',
	email: 'booking.err.email',
	phone: 'booking.err.phone'
};

export type BookingFormResult =
	{ ok: true; booking: Booking } | { ok: false; status: number; failure: FormFailure };

export function bookFromForm(
	app: App,
	form: FormData,
	who: { address: string; lang: Lang; staffId: number | null }
): BookingFormResult {
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v.trim() : '';
	};
	const values = {
		slot: text('slot'),
		email: text('email'),
		phone: text('phone'),
		accessible: form.get('accessible') === 'on'
	};
	const refused = (status: number, failure: Omit<FormFailure, 'values'>): BookingFormResult => ({
		ok: false,
		status,
		failure: { ...failure, values }
	});
	try {
		takeBookingAttempt(who.address);
		const input = bookingRequest.parse({
			locationId: Number(text('location')),
			serviceId: Number(text('matter')),
			day: text('day'),
			start: values.slot,
			lang: who.lang,
			email: values.email || null,
			phone: values.phone || null,
			interpreter: text('interpreter') === '1',
			accessible: values.accessible
		});
		return {
			ok: true,
			booking: bookFor(who.address, app.bookings, { ...input, bookedBy: who.staffId })
		};
	} catch (err) {
		if (err instanceof ZodError) {
			const errors: FieldErrors = {};
			for (const issue of err.issues) {
				const key = FIELD_ERRORS[String(issue.path[0])];
				if (!key) return refused(400, { errors: {}, problem: { key: 'booking.err.form' } });
				errors[String(issue.path[0]) === 'start' ? 'slot' : String(issue.path[0])] = { key };
			}
			return refused(400, { errors });
		}
		if (err instanceof RequestError && err.status === 429) {
			return refused(429, { errors: {}, problem: { key: 'error.too_many_requests' } });
		}
		if (err instanceof DomainError && err.code === 'booking_refused') {
			const precise = `error.booking_refused.${err.params.reason}`;
			const key = isMessageKey(precise) ? precise : 'error.booking_refused';
			return refused(409, { errors: {}, problem: { key } });
		}
		if (err instanceof DomainError && err.code === 'not_found') {
			return refused(404, { errors: {}, problem: { key: 'booking.err.form' } });
		}
		throw err;
	}
}
