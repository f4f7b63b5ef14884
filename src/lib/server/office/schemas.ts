/**
 * The administration forms' input, checked before anything is written (admin.ts). Forms
 * arrive as strings (HTML forms work without JavaScript), so every field is parsed from text here.
 * A refusal names the field and an i18n key (parts/admin-office.ts), never an English sentence:
 * the page says it in the reader's language.
 */
import { z } from 'zod';
import { HEX_COLOUR } from '$lib/shared/contrast';
import {
	DEPARTMENT_KINDS,
	LOCATION_MODES,
	PAUSE_REASON_MAX,
	WINDOW_STATUSES
} from '$lib/shared/vocabulary';
import { parseClock, PREFIX_PATTERN } from '../queue';
import { fieldErrorsOf } from '$lib/shared/form-errors';

export type AdminFieldErrors = Record<
	string,
	{ key: string; params?: Record<string, string | number> }
>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: AdminFieldErrors };

/** Form fields as sent: one string each, or several for a repeated name (checkbox lists). */
export type FormValues = Record<string, string | string[]>;

export function formValues(form: FormData): FormValues {
	const out: FormValues = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).map((v) => (typeof v === 'string' ? v : ''));
		out[key] = all.length === 1 ? all[0]! : all;
	}
	return out;
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const E = (key: string) => ({ error: `admin.err.${key}` });

const text = (max: number, key = 'required') =>
	z
		.string(E(key))
		.trim()
		.min(1, E(key))
		.max(max, E(`too_long_${max}`));
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, E(`too_long_${max}`))
		.optional()
		.transform((v) => v ?? '');
const checkbox = z
	.string()
	.optional()
	.transform((v) => v !== undefined && v !== '' && v !== 'off' && v !== '0');
const integer = (min: number, max: number, key: string) =>
	z
		.string(E(key))
		.trim()
		.regex(/^\d{1,6}$/, E(key))
		.transform(Number)
		.pipe(z.number().int().min(min, E(key)).max(max, E(key)));
const idOf = (key: string) =>
	z
		.string(E(key))
		.regex(/^[1-9]\d{0,12}$/, E(key))
		.transform(Number);

/** An https address (the online alternative of a matter, the e-services portal), or nothing. */
const httpsUrl = z
	.string()
	.trim()
	.max(500, E('too_long_500'))
	.optional()
	.transform((v) => v ?? '')
	.refine((v) => v === '' || isHttpsUrl(v), E('https_url'));

export function isHttpsUrl(value: string): boolean {
	try {
		const u = new URL(value);
		return u.protocol === 'https:' && u.hostname.length > 0 && !u.username && !u.password;
	} catch {
		return false;
	}
}

const prefix = z
	.string(E('prefix'))
	.trim()
	.transform((v) => v.toUpperCase())
	.refine((v) => PREFIX_PATTERN.test(v), E('prefix'));
const optionalPrefix = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? v.toUpperCase() : null))
	.refine((v) => v === null || PREFIX_PATTERN.test(v), E('prefix'));

/** "7:30" is accepted as "07:30"; "24:00" only as a closing time. */
const clock = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? v.replace(/^(\d):/, '0$1:') : ''));

const dayFields = Object.fromEntries(
	WEEKDAYS.flatMap((d) => [
		[`day${d}_opens`, clock],
		[`day${d}_closes`, clock]
	])
) as Record<`day${(typeof WEEKDAYS)[number]}_${'opens' | 'closes'}`, typeof clock>;

function minutesOf(hhmm: string): number | null {
	try {
		return parseClock(hhmm);
	} catch {
		return null;
	}
}

export const locationInput = z
	.object({
		name: text(200),
		address: optionalText(200),
		...dayFields,
		cutoffMinutes: integer(0, 240, 'cutoff'),
		restoreGraceMinutes: integer(0, 600, 'restore_grace'),
		hoursEnforced: checkbox,
		mode: z.enum(LOCATION_MODES, E('mode')),
		contactPhone: optionalText(40).refine((v) => /^[0-9 +()-]*$/.test(v), E('phone')),
		contactEmail: optionalText(200).refine(
			(v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
			E('email')
		),
		eServicesUrl: httpsUrl
	})
	.superRefine((v, ctx) => {
		for (const d of WEEKDAYS) {
			const opens = v[`day${d}_opens`];
			const closes = v[`day${d}_closes`];
			if (!opens && !closes) continue; // a closed day
			const o = opens ? minutesOf(opens) : null;
			const c = closes ? minutesOf(closes) : null;
			if (!opens || !closes) {
				const missing = opens ? 'closes' : 'opens';
				ctx.addIssue({
					code: 'custom',
					path: [`day${d}_${missing}`],
					message: 'admin.err.hours_both'
				});
			} else if (o === null || o === 24 * 60) {
				ctx.addIssue({ code: 'custom', path: [`day${d}_opens`], message: 'admin.err.time' });
			} else if (c === null) {
				ctx.addIssue({ code: 'custom', path: [`day${d}_closes`], message: 'admin.err.time' });
			} else if (o >= c) {
				ctx.addIssue({
					code: 'custom',
					path: [`day${d}_closes`],
					message: 'admin.err.hours_order'
				});
			}
		}
	})
	.transform((v) => ({
		name: v.name,
		address: v.address,
		week: Object.fromEntries(
			WEEKDAYS.filter((d) => v[`day${d}_opens`]).map((d) => [
				String(d),
				{ opens: v[`day${d}_opens`], closes: v[`day${d}_closes`] }
			])
		) as Record<string, { opens: string; closes: string }>,
		cutoffMinutes: v.cutoffMinutes,
		restoreGraceMinutes: v.restoreGraceMinutes,
		hoursEnforced: v.hoursEnforced,
		mode: v.mode,
		contactPhone: v.contactPhone,
		contactEmail: v.contactEmail,
		eServicesUrl: v.eServicesUrl
	}));
export type LocationInput = z.infer<typeof locationInput>;

/** The board's two settings (migration 016): minutes here, seconds in the table. */
export const boardInput = z.object({
	callHighlightMinutes: integer(1, 60, 'call_highlight'),
	showsPaused: checkbox
});
export type BoardInput = z.infer<typeof boardInput>;

export const floorInput = z.object({
	floor: integer(0, 9, 'floor'),
	colourPl: text(40),
	colourEn: text(40),
	hex: z
		.string(E('hex'))
		.trim()
		.regex(HEX_COLOUR, E('hex'))
		.transform((v) => v.toLowerCase())
});
export type FloorInput = z.infer<typeof floorInput>;

export const departmentInput = z.object({
	namePl: text(200),
	nameEn: text(200),
	kind: z.enum(DEPARTMENT_KINDS, E('kind')),
	notePl: optionalText(500),
	noteEn: optionalText(500),
	prefix,
	sort: integer(0, 9999, 'sort')
});
export type DepartmentInput = z.infer<typeof departmentInput>;

export const serviceInput = z.object({
	namePl: text(300),
	nameEn: text(300),
	departmentId: idOf('department'),
	prefix: optionalPrefix,
	priorityAllowed: checkbox,
	idRequired: checkbox,
	onlineUrl: httpsUrl.transform((v) => v || null),
	waitTargetMinutes: integer(1, 240, 'wait_minutes'),
	waitTargetShare: integer(1, 100, 'wait_share'),
	active: checkbox,
	availableWhenLimited: checkbox,
	sort: integer(0, 9999, 'sort')
});
export type ServiceInput = z.infer<typeof serviceInput>;

export const windowInput = z
	.object({
		label: z
			.string(E('label'))
			.trim()
			.regex(/^[\p{L}\p{N}][\p{L}\p{N} .-]{0,9}$/u, E('label')),
		room: z
			.string(E('room'))
			.trim()
			.regex(/^\d{3}$/, E('room')),
		status: z.enum(WINDOW_STATUSES, E('status')),
		pauseReason: optionalText(PAUSE_REASON_MAX),
		serviceIds: z
			.union([z.string(), z.array(z.string())])
			.optional()
			.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
			.pipe(z.array(idOf('services')))
			.transform((ids) => [...new Set(ids)].sort((a, b) => a - b))
	})
	.superRefine((v, ctx) => {
		if (v.status === 'paused' && !v.pauseReason) {
			ctx.addIssue({ code: 'custom', path: ['pauseReason'], message: 'admin.err.pause_reason' });
		}
	});
export type WindowInput = z.infer<typeof windowInput>;

/**
 * A location's own day: closed (a day given back) or open with its hours (an extra working day).
 * The day must be a real calendar day; an open day's hours are as a weekday's.
 */
export const calendarDayInput = z
	.object({
		day: z.iso.date(E('day')),
		open: z.enum(['open', 'closed'], E('day_kind')).transform((v) => v === 'open'),
		opens: clock,
		closes: clock,
		note: optionalText(200)
	})
	.superRefine((v, ctx) => {
		if (!v.open) return;
		const o = v.opens ? minutesOf(v.opens) : null;
		const c = v.closes ? minutesOf(v.closes) : null;
		if (o === null || o === 24 * 60) {
			ctx.addIssue({ code: 'custom', path: ['opens'], message: 'admin.err.time' });
		} else if (c === null) {
			ctx.addIssue({ code: 'custom', path: ['closes'], message: 'admin.err.time' });
		} else if (o >= c) {
			ctx.addIssue({ code: 'custom', path: ['closes'], message: 'admin.err.hours_order' });
		}
	});
export type CalendarDayInput = z.infer<typeof calendarDayInput>;

/** Validate form values with one of the schemas above: the value, or errors by field. */
export function parseForm<S extends z.ZodType>(schema: S, values: FormValues): Parsed<z.output<S>> {
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, value: result.data };
	return { ok: false, errors: fieldErrorsOf(result.error, 'admin.err.invalid') };
}
