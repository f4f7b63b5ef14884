/**
 * The staff directory's forms (issue 15): a person's presence, a planned absence, and the
 * extension and room an administrator keeps with the account. Like the other forms (fields.ts):
 * every field's problem at once, as i18n keys.
 */
import { z } from 'zod';
import { SET_PRESENCES } from '$lib/shared/directory';
import { id, oneOf, problem, refuseField, text, trimmed } from './fields';

/** A real calendar day, YYYY-MM-DD (what a date input sends). */
function isDay(v: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	const d = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const day = trimmed.refine(isDay, problem('directory.err.day'));
/** An optional day: '' is none. */
const optionalDay = trimmed
	.refine((v) => v === '' || isDay(v), problem('directory.err.day'))
	.transform((v) => (v === '' ? null : v));

/** Whose presence, the status, and for an absence its last day (optional: until further notice). */
export const presenceForm = z.object({
	staffId: id.refine((v) => v !== null, problem('field.required')).transform((v) => v as number),
	presence: oneOf(SET_PRESENCES),
	until: optionalDay
});
export type PresenceForm = z.output<typeof presenceForm>;

/** A planned absence, first and last day inclusive. */
export const absenceForm = z
	.object({
		staffId: id.refine((v) => v !== null, problem('field.required')).transform((v) => v as number),
		from: day,
		to: day
	})
	.superRefine((v, ctx) => {
		if (isDay(v.from) && isDay(v.to) && v.to < v.from)
			refuseField(ctx, 'to', 'directory.err.order');
	});
export type AbsenceForm = z.output<typeof absenceForm>;

export const absenceCancelForm = z.object({
	absenceId: id.refine((v) => v !== null, problem('field.required')).transform((v) => v as number)
});

/** What the admin's staff form adds (/admin/staff/[id]): the phone extension and the room. */
export const contactForm = z.object({
	extension: text({ max: 20 }).refine(
		(v) => v === '' || /^[0-9 +()-]+$/.test(v),
		problem('directory.err.extension')
	),
	room: text({ max: 40 })
});
