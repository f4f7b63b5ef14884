/** The staff form (admin → staff): what may be typed, and the rules a staff record must keep. */
import type { FormFailure } from '$lib/shared/form-errors';
import type { StaffRole } from '../auth/guard';
import type { FormInput } from './form-input';
import type { StaffFields, StaffRepository } from '../auth/staff';

export const LOGIN_PATTERN = /^[\p{L}\p{N}._-]{3,40}$/u;
const ROLES: StaffRole[] = ['clerk', 'manager', 'admin'];

/** Reads the fields and checks them; `id` is the member being edited (null when adding). */
export function readStaffFields(
	input: FormInput,
	staff: StaffRepository,
	id: number | null,
	knownDepartments: number[]
): StaffFields {
	const login = input.text('login', { required: true, max: 40 });
	if (login && !LOGIN_PATTERN.test(login)) input.fail('login', { key: 'staff.login_format' });
	const other = login ? staff.credentialsOf(login) : null;
	if (other && other.member.id !== id) input.fail('login', { key: 'staff.login_taken' });
	const firstName = input.text('firstName', { required: true, max: 80 });
	const lastName = input.text('lastName', { required: true, max: 80 });
	const position = input.text('position', { max: 120 });
	const roleText = input.text('role', { required: true });
	const role = (ROLES as string[]).includes(roleText) ? (roleText as StaffRole) : 'clerk';
	if (roleText && role !== roleText) input.fail('role', { key: 'field.required' });
	const departmentIds = input.ids('departments').filter((d) => knownDepartments.includes(d));
	if (role !== 'admin' && departmentIds.length === 0) {
		input.fail('departments', { key: 'staff.departments_required' });
	}
	const substituteId = input.id('substitute');
	if (substituteId !== null && substituteId === id) {
		input.fail('substitute', { key: 'staff.substitute_self' });
	} else if (substituteId !== null && !staff.byId(substituteId)) {
		input.fail('substitute', { key: 'staff.not_found' });
	}
	const active = id === null ? true : input.checked('active');
	// The office must never lock itself out: keep at least one active administrator.
	const before = id === null ? null : staff.byId(id);
	if (before?.role === 'admin' && before.active && (role !== 'admin' || !active)) {
		if (staff.activeAdminCount() <= 1) input.fail('role', { key: 'staff.last_admin' });
	}
	return { login, firstName, lastName, position, role, departmentIds, substituteId, active };
}

/** The typed values to show again after a refusal (never the password). */
export function staffValues(f: StaffFields): FormFailure['values'] {
	return {
		login: f.login,
		firstName: f.firstName,
		lastName: f.lastName,
		position: f.position,
		role: f.role,
		departments: f.departmentIds.map(String),
		substitute: f.substituteId === null ? '' : String(f.substituteId),
		active: f.active
	};
}
