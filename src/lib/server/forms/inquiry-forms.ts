/**
 * The inquiry register's forms (Annex 2): taking a question down, forwarding it, confirming the
 * call-back. Like the other forms (fields.ts): every field's problem at once, as i18n keys.
 */
import { z } from 'zod';
import { PHONE } from '$lib/shared/booking';
import { PERSON_NAME_MAX } from '$lib/shared/vocabulary';
import { id, oneOf, problem, refuseField, text, trimmed } from './fields';

/** The longest question the form takes (a paper form's box, generously). */
export const QUESTION_MAX = 2000;

/** Annex 2 fields 1–3, the channel, and the matter or department it concerns. */
export const inquiryIntake = z.object({
	channel: oneOf(['in_person', 'phone'] as const),
	question: text({ max: QUESTION_MAX, required: true }),
	phone: text({ max: 20, required: true }).refine(
		(v) => v === '' || PHONE.test(v),
		problem('inquiry.field.phone')
	),
	clientName: text({ max: PERSON_NAME_MAX }),
	salutation: trimmed.refine(
		(v) => v === '' || v === 'Pani' || v === 'Pan',
		problem('field.required')
	),
	serviceId: id,
	departmentId: id
});
export type InquiryIntake = z.output<typeof inquiryIntake>;

/** Field 5: to a clerk, or to a department as a whole; one of them. */
export const inquiryForward = z.object({ staffId: id, departmentId: id }).superRefine((v, ctx) => {
	if ((v.staffId === null) === (v.departmentId === null)) {
		refuseField(ctx, 'staffId', 'inquiry.field.forward_to');
	}
});
export type InquiryForward = z.output<typeof inquiryForward>;

/** Field 7: the day the client was called back or informed (the form's date, not a time). */
export const inquiryAnswer = z.object({
	informedOn: trimmed.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), problem('field.required'))
});
