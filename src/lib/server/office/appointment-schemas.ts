/**
 * The appointment settings' forms at /admin/appointments (issue 14): a stretch of a matter's
 * schedule, a stretch of the interpreter's week, the location's booking policy. As the other
 * office forms (schemas.ts), every field arrives as text and each refusal is an i18n key.
 */
import { z } from 'zod';
import { parseClock } from '../queue';
import type { Weekday } from '../queue';

const E = (key: string) => ({ error: `admin.err.${key}` });

const integer = (min: number, max: number, key: string) =>
	z
		.string(E(key))
		.trim()
		.regex(/^\d{1,6}$/, E(key))
		.transform(Number)
		.pipe(z.number().int().min(min, E(key)).max(max, E(key)));

const weekday = z
	.string(E('weekday'))
	.regex(/^[1-7]$/, E('weekday'))
	.transform((v) => Number(v) as Weekday);

/** HH:MM (a single-digit hour is accepted, as people type "8:00"). */
const time = z
	.string(E('time'))
	.trim()
	.transform((v) => v.replace(/^(\d):/, '0$1:'))
	.refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), E('time'));

/**
 * Minutes of an HH:MM, or null: the object's refinement runs even when a field was refused, so
 * it must not trust the fields' own checks.
 */
function minutesOf(hhmm: string): number | null {
	try {
		return parseClock(hhmm);
	} catch {
		return null;
	}
}

/** A stretch of a day: it must end after it starts. */
const stretch = {
	weekday,
	from: time,
	to: time
};

export const scheduleStretchInput = z
	.object({
		serviceId: z
			.string(E('service'))
			.regex(/^[1-9]\d{0,12}$/, E('service'))
			.transform(Number),
		...stretch,
		slotMinutes: integer(5, 240, 'slot_minutes'),
		capacity: integer(1, 50, 'capacity')
	})
	.superRefine((v, ctx) => {
		const from = minutesOf(v.from);
		const to = minutesOf(v.to);
		if (from === null || to === null) return;
		const length = to - from;
		if (length <= 0) {
			ctx.addIssue({ code: 'custom', path: ['to'], message: 'admin.err.stretch_order' });
		} else if (v.slotMinutes > length) {
			ctx.addIssue({ code: 'custom', path: ['slotMinutes'], message: 'admin.err.slot_fits' });
		}
	});

export const interpreterStretchInput = z
	.object({ ...stretch, capacity: integer(1, 10, 'interpreters') })
	.superRefine((v, ctx) => {
		const from = minutesOf(v.from);
		const to = minutesOf(v.to);
		if (from !== null && to !== null && to <= from) {
			ctx.addIssue({ code: 'custom', path: ['to'], message: 'admin.err.stretch_order' });
		}
	});

export const bookingPolicyInput = z.object({
	aheadDays: integer(1, 365, 'ahead_days'),
	interpreterNoticeDays: integer(1, 30, 'notice_days'),
	checkInEarlyMinutes: integer(0, 120, 'check_in_minutes'),
	checkInGraceMinutes: integer(0, 120, 'check_in_minutes')
});
