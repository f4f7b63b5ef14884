/**
 * The accounts' forms as zod schemas, like the office forms (office/schemas.ts): signing
 * in, the first administrator, pairing a device, changing one's password, and the administrators'
 * staff and device forms. A route reads the post (readForm), parses it with one of these
 * (parseForm) and calls the accounts service with the value; a refusal names each field's
 * problem as an i18n key. Rules that need the office's data (a login taken, the last
 * administrator) take it as an argument, so each form's rules stay in its schema.
 */
import { z } from 'zod';
import {
	DEVICE_NAME_MAX,
	KIOSK_ID,
	KIOSK_ID_MAX,
	LOGIN_MAX,
	PAIRING_CODE_MAX,
	PERSON_NAME_MAX,
	POSITION_MAX,
	SIGN_IN_LOGIN_MAX
} from '$lib/shared/vocabulary';
import { KIOSK_AUDIO_MODES } from '$lib/shared/kiosk-voice';
import type { DeviceKind, StaffRole } from '../auth/guard';
import type { StaffFields, StaffRepository } from '../auth/staff';
import {
	checkbox,
	chosen,
	id,
	ids,
	newPassword,
	oneOf,
	problem,
	refuseField,
	repeatsPassword,
	secret,
	sent,
	text,
	typedText
} from './fields';

export { parseForm, typedText } from './fields';

/** A staff login: letters of any script, digits, ".", "-" and "_". */
export const LOGIN_PATTERN = new RegExp(`^[\\p{L}\\p{N}._-]{3,${LOGIN_MAX}}$`, 'u');

const login = text({ max: LOGIN_MAX, required: true }).refine(
	(v) => v === '' || LOGIN_PATTERN.test(v),
	problem('staff.login_format')
);
const personName = text({ max: PERSON_NAME_MAX, required: true });
const position = text({ max: POSITION_MAX });
/** A pairing or setup code as typed; the accounts service reads it (case and spaces aside). */
const code = text({ max: PAIRING_CODE_MAX, required: true });

// ── Signing in, the first administrator, pairing, one's own password ─────────────────────────

/** /login. An empty password is refused here; a wrong one by the accounts service. */
export const signInForm = z.object({
	login: text({ max: SIGN_IN_LOGIN_MAX, required: true }),
	password: secret.refine((v) => v !== '', problem('field.required'))
});

/** /pair: the one-time code an administrator made for this device. */
export const pairingForm = z.object({ code });

/** /setup: the code from the server's log, and the first administrator's badge and password. */
export const setupForm = z
	.object({
		code,
		firstName: personName,
		lastName: personName,
		position,
		login,
		password: newPassword,
		repeat: sent
	})
	.superRefine(repeatsPassword)
	.transform((v) => ({
		code: v.code,
		password: v.password,
		fields: {
			firstName: v.firstName,
			lastName: v.lastName,
			position: v.position,
			login: v.login,
			departmentIds: [] as number[]
		}
	}));

/** /account ?/password: the current password (`isCurrent` asks the service), a new one twice. */
export function passwordChangeForm(isCurrent: (password: string) => Promise<boolean>) {
	return z
		.object({
			current: sent.refine(
				async (v) => v !== null && (await isCurrent(v)),
				problem('account.password.wrong_current')
			),
			password: newPassword,
			repeat: sent
		})
		.superRefine(repeatsPassword);
}

/** /admin/staff/[id] ?/password: an administrator gives a member a new password. */
export const passwordResetForm = z.object({ password: newPassword });

// ── Staff (administrators) ───────────────────────────────────────────────────────────────────

const STAFF_ROLES: readonly StaffRole[] = ['clerk', 'manager', 'admin'];

/** What the staff form's rules need of the office. */
export interface StaffFormContext {
	staff: StaffRepository;
	/** The member being edited; null when adding one. */
	id: number | null;
	/** The departments there are (of every location). */
	departments: readonly number[];
}

const staffFields = {
	login,
	firstName: personName,
	lastName: personName,
	position,
	role: oneOf(STAFF_ROLES),
	departments: ids,
	substitute: id,
	active: checkbox
};
type StaffInput = z.output<z.ZodObject<typeof staffFields>>;

/** /admin/staff/[id] ?/save: a member's badge, role, departments, substitute and whether active. */
export function staffForm(ctx: StaffFormContext) {
	return z
		.object(staffFields)
		.superRefine((v, issues) => staffRules(v, ctx, issues))
		.transform((v) => staffFieldsOf(v, ctx));
}

/** /admin/staff ?/create: a new member, with a first password. */
export function newStaffForm(ctx: Omit<StaffFormContext, 'id'>) {
	const context = { ...ctx, id: null };
	return z
		.object({ ...staffFields, password: newPassword })
		.superRefine((v, issues) => staffRules(v, context, issues))
		.transform((v) => ({ fields: staffFieldsOf(v, context), password: v.password }));
}

/** The record the form describes; its rules read it too, even with a field refused. */
function staffFieldsOf(v: StaffInput, ctx: StaffFormContext): StaffFields {
	return {
		login: v.login,
		firstName: v.firstName,
		lastName: v.lastName,
		position: v.position,
		// A role refused above arrives as sent: the rules treat it as a clerk's.
		role: STAFF_ROLES.includes(v.role) ? v.role : 'clerk',
		departmentIds: v.departments.filter((d) => ctx.departments.includes(d)),
		substituteId: v.substitute,
		// A new member starts active; the form shows the checkbox only when editing.
		active: ctx.id === null || v.active
	};
}

/** The rules a staff record must keep, beyond its fields' own. */
function staffRules(v: StaffInput, ctx: StaffFormContext, issues: z.RefinementCtx): void {
	const { staff, id } = ctx;
	const f = staffFieldsOf(v, ctx);
	const owner = f.login ? staff.credentialsOf(f.login) : null;
	if (owner && owner.member.id !== id) refuseField(issues, 'login', 'staff.login_taken');
	if (f.role !== 'admin' && f.departmentIds.length === 0) {
		refuseField(issues, 'departments', 'staff.departments_required');
	}
	if (f.substituteId !== null && f.substituteId === id) {
		refuseField(issues, 'substitute', 'staff.substitute_self');
	} else if (f.substituteId !== null && !staff.byId(f.substituteId)) {
		refuseField(issues, 'substitute', 'staff.not_found');
	}
	// The office must never lock itself out: keep at least one active administrator.
	const before = id === null ? null : staff.byId(id);
	if (before?.role === 'admin' && before.active && (f.role !== 'admin' || !f.active)) {
		if (staff.activeAdminCount() <= 1) refuseField(issues, 'role', 'staff.last_admin');
	}
}

/** What a refused staff form shows again (never the password). */
export function typedStaff(form: FormData, id: number | null) {
	return {
		...typedText(form, ['login', 'firstName', 'lastName', 'position', 'role', 'substitute']),
		departments: form.getAll('departments').filter((d) => typeof d === 'string'),
		active: id === null || form.has('active')
	};
}

// ── Devices (administrators) ─────────────────────────────────────────────────────────────────

const DEVICE_KINDS: readonly DeviceKind[] = ['kiosk', 'board'];

/** /admin/devices ?/create: a kiosk or board at a location (`isLocation`), named; a kiosk's printer. */
export function deviceForm(isLocation: (id: number) => boolean) {
	return z
		.object({
			kind: oneOf(DEVICE_KINDS),
			name: text({ max: DEVICE_NAME_MAX, required: true }),
			location: chosen(isLocation),
			printer: text({ max: KIOSK_ID_MAX }).refine(
				(v) => v === '' || KIOSK_ID.test(v),
				problem('devices.printer_format')
			)
		})
		.transform((v) => ({
			kind: v.kind,
			name: v.name,
			locationId: v.location,
			// Only a kiosk prints; empty means the default printer.
			printerKey: v.kind === 'kiosk' && v.printer ? v.printer : null
		}));
}

/** /admin/devices ?/audio: a kiosk (`findKiosk` gives only kiosks) and its read-aloud setting. */
export function kioskAudioForm<D>(findKiosk: (id: number) => D | null) {
	return deviceChoice(findKiosk).extend({ audio: oneOf(KIOSK_AUDIO_MODES) });
}

/** /admin/devices ?/code and ?/revoke: the device a row's button names, as `find` gives it. */
export function deviceChoice<D>(find: (id: number) => D | null) {
	return z.object({
		device: id
			.transform((v) => (v === null ? null : find(v)))
			.refine((d) => d !== null, problem('devices.not_found'))
			.transform((d) => d as D)
	});
}
