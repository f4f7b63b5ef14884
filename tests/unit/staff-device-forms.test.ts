/**
 * The administrators' staff and device forms (src/lib/server/forms/schemas.ts): the record they
 * give the accounts service, each field's problem, and the office's rules (a free login,
 * departments, a real substitute, never without an active administrator). The staff rules get a
 * stand-in for the staff repository: they only ask it who has a login, who exists and how many
 * active administrators there are.
 */
import { describe, expect, it } from 'vitest';
import type { StaffMember, StaffRepository } from '../../src/lib/server/auth/staff';
import {
	deviceChoice,
	deviceForm,
	newStaffForm,
	parseForm,
	staffForm,
	typedStaff,
	typedText
} from '../../src/lib/server/forms/schemas';
import { errorsOf, post, valueOf, without } from '../support/form-post';

function member(id: number, login: string, over: Partial<StaffMember> = {}): StaffMember {
	return {
		id,
		login,
		firstName: 'Jan',
		lastName: 'Nowak',
		position: '',
		role: 'clerk',
		departmentIds: [1],
		substituteId: null,
		active: true,
		createdAt: 0,
		passwordChangedAt: 0,
		...over
	};
}

/** A stand-in for the staff repository: only what the staff rules ask of it. */
function staffOf(members: StaffMember[]): StaffRepository {
	const stand = {
		byId: (id: number) => members.find((m) => m.id === id) ?? null,
		credentialsOf: (login: string) => {
			const found = members.find((m) => m.login === login);
			return found ? { member: found, hash: 'x' } : null;
		},
		activeAdminCount: () => members.filter((m) => m.role === 'admin' && m.active).length
	};
	return stand as unknown as StaffRepository;
}

describe('the staff form', () => {
	const staff = staffOf([member(1, 'admin', { role: 'admin' }), member(2, 'jan')]);
	const ctx = { staff, departments: [1, 2] };
	const jan = {
		login: 'jan',
		firstName: 'Jan',
		lastName: 'Nowak',
		position: 'Podinspektor',
		role: 'clerk',
		departments: ['2', '99', 'x'],
		substitute: '1',
		active: 'on'
	};

	it('gives the record to save: known departments only, the substitute, active as ticked', async () => {
		expect(await valueOf(staffForm({ ...ctx, id: 2 }), jan)).toEqual({
			login: 'jan',
			firstName: 'Jan',
			lastName: 'Nowak',
			position: 'Podinspektor',
			role: 'clerk',
			departmentIds: [2],
			substituteId: 1,
			active: true
		});
		const unticked = without(jan, 'active');
		expect(
			await valueOf(staffForm({ ...ctx, id: 2 }), { ...unticked, substitute: '' })
		).toMatchObject({ active: false, substituteId: null });
	});

	it('adds a member, active, with a first password', async () => {
		const fields = without(jan, 'active');
		const value = await valueOf(newStaffForm(ctx), {
			...fields,
			login: 'anna',
			password: 'pierwsze-hasło'
		});
		expect(value).toMatchObject({ password: 'pierwsze-hasło' });
		expect(value.fields).toMatchObject({ login: 'anna', active: true, departmentIds: [2] });
	});

	it('keeps the office’s rules: a free login, departments, a real substitute', async () => {
		const refused = await errorsOf(newStaffForm(ctx), {
			...jan,
			firstName: ' ',
			departments: ['99'],
			substitute: '42',
			password: ''
		});
		expect(refused).toEqual({
			login: { key: 'staff.login_taken' },
			firstName: { key: 'field.required' },
			departments: { key: 'staff.departments_required' },
			substitute: { key: 'staff.not_found' },
			password: { key: 'field.password_too_short', params: { min: 12 } }
		});
		expect(await errorsOf(staffForm({ ...ctx, id: 2 }), { ...jan, substitute: '2' })).toEqual({
			substitute: { key: 'staff.substitute_self' }
		});
		// An administrator needs no department.
		expect(
			await valueOf(staffForm({ ...ctx, id: 2 }), { ...jan, role: 'admin', departments: [] })
		).toMatchObject({ role: 'admin', departmentIds: [] });
	});

	it('refuses a role it does not know, and still checks the rest as a clerk’s', async () => {
		expect(
			await errorsOf(staffForm({ ...ctx, id: 2 }), { ...jan, role: 'root', departments: [] })
		).toEqual({
			role: { key: 'field.required' },
			departments: { key: 'staff.departments_required' }
		});
	});

	it('never demotes nor deactivates the last active administrator', async () => {
		const admin = { ...jan, login: 'admin', role: 'admin', substitute: '' };
		expect(await errorsOf(staffForm({ ...ctx, id: 1 }), { ...admin, role: 'manager' })).toEqual({
			role: { key: 'staff.last_admin' }
		});
		const inactive = without(admin, 'active');
		expect(await errorsOf(staffForm({ ...ctx, id: 1 }), inactive)).toEqual({
			role: { key: 'staff.last_admin' }
		});
		const two = staffOf([
			member(1, 'admin', { role: 'admin' }),
			member(3, 'ola', { role: 'admin' })
		]);
		expect(
			(await parseForm(staffForm({ staff: two, departments: [1], id: 1 }), post(inactive))).ok
		).toBe(true);
	});

	it('shows what was typed after a refusal, never the password', () => {
		const form = post({ ...jan, login: ' jan ', password: 'tajne-hasło-123' });
		expect(typedStaff(form, 2)).toEqual({
			login: 'jan',
			firstName: 'Jan',
			lastName: 'Nowak',
			position: 'Podinspektor',
			role: 'clerk',
			substitute: '1',
			departments: ['2', '99', 'x'],
			active: true
		});
		const unticked = without(jan, 'active');
		expect(typedStaff(post(unticked), 2).active).toBe(false);
		expect(typedStaff(post(unticked), null).active).toBe(true);
	});
});

describe('the device forms', () => {
	const form = deviceForm((id) => id === 1);
	const kiosk = { kind: 'kiosk', name: ' Kiosk przy wejściu ', location: '1', printer: 'parter' };

	it('creates a kiosk with its printer, a board without one', async () => {
		expect(await valueOf(form, kiosk)).toEqual({
			kind: 'kiosk',
			name: 'Kiosk przy wejściu',
			locationId: 1,
			printerKey: 'parter'
		});
		expect(await valueOf(form, { ...kiosk, kind: 'board' })).toMatchObject({ printerKey: null });
		expect(await valueOf(form, { ...kiosk, printer: '' })).toMatchObject({ printerKey: null });
	});

	it('refuses an unknown kind or location, a long name, a printer key that is not one', async () => {
		expect(
			await errorsOf(form, { kind: 'toaster', name: '', location: '2', printer: 'drukarka 1' })
		).toEqual({
			kind: { key: 'field.required' },
			name: { key: 'field.required' },
			location: { key: 'field.required' },
			printer: { key: 'devices.printer_format' }
		});
		expect(
			await errorsOf(form, { ...kiosk, name: 'n'.repeat(81), printer: 'p'.repeat(41) })
		).toEqual({
			name: { key: 'field.too_long', params: { max: 80 } },
			printer: { key: 'field.too_long', params: { max: 40 } }
		});
		expect((await errorsOf(form, { ...kiosk, location: 'abc' })).location?.key).toBe(
			'field.required'
		);
		expect(typedText(post(kiosk), ['name', 'location'])).toEqual({
			name: 'Kiosk przy wejściu',
			location: '1'
		});
	});

	it('finds the device a button names, or refuses it as not found', async () => {
		const choice = deviceChoice((id) => (id === 7 ? { id, name: 'Hol' } : null));
		expect(await valueOf(choice, { device: '7' })).toEqual({ device: { id: 7, name: 'Hol' } });
		for (const device of ['8', '0', '-7', '7.0', 'x', '1234567890']) {
			expect(await errorsOf(choice, { device }), device).toEqual({
				device: { key: 'devices.not_found' }
			});
		}
		expect(await errorsOf(choice, {})).toEqual({ device: { key: 'devices.not_found' } });
	});
});
