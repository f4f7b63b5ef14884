/**
 * The accounts' form schemas (src/lib/server/forms/schemas.ts) for signing in, pairing, the first
 * administrator and passwords, as a route uses them: a form post parsed into the value the
 * accounts service takes, or into one problem per field as an i18n key (fieldErrorsOf, which the
 * office forms share). The staff and device forms: staff-device-forms.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	pairingForm,
	passwordChangeForm,
	passwordResetForm,
	setupForm,
	signInForm
} from '../../src/lib/server/forms/schemas';
import { fieldErrorsOf } from '../../src/lib/shared/form-errors';
import { errorsOf, valueOf, without } from '../support/form-post';

describe('fieldErrorsOf', () => {
	const schema = z
		.object({
			a: z
				.string()
				.refine((v) => v !== '', { error: 'field.required' })
				.refine((v) => v.length < 3, { error: 'field.too_long', params: { max: 2, no: {} } }),
			b: z.number()
		})
		.superRefine((_, ctx) => ctx.addIssue({ code: 'custom', path: [], message: 'form.errors' }));

	it('keeps the first problem of each field, with its placeholders, and zod’s own as fallback', () => {
		const r = schema.safeParse({ a: 'abcd', b: 'x' });
		expect(r.success).toBe(false);
		expect(fieldErrorsOf(r.error!)).toEqual({
			a: { key: 'field.too_long', params: { max: 2 } },
			b: { key: 'field.invalid' }
		});
		expect(fieldErrorsOf(r.error!, 'admin.err.invalid').b).toEqual({ key: 'admin.err.invalid' });
	});

	it('names a problem of the whole form `form`', () => {
		const r = schema.safeParse({ a: '', b: 1 });
		expect(fieldErrorsOf(r.error!)).toEqual({
			a: { key: 'field.required' },
			form: { key: 'form.errors' }
		});
	});
});

describe('signing in, pairing, the first administrator', () => {
	it('signs in with a trimmed login and the password as typed', async () => {
		expect(await valueOf(signInForm, { login: ' ewa ', password: ' hasło ' })).toEqual({
			login: 'ewa',
			password: ' hasło '
		});
		expect(await errorsOf(signInForm, { login: '', password: '' })).toEqual({
			login: { key: 'field.required' },
			password: { key: 'field.required' }
		});
		expect(await errorsOf(signInForm, { password: 'x' })).toEqual({
			login: { key: 'field.required' }
		});
		expect((await errorsOf(signInForm, { login: 'x'.repeat(101), password: 'x' })).login).toEqual({
			key: 'field.too_long',
			params: { max: 100 }
		});
	});

	it('counts characters as people do: 20 letters with diacritics or emoji fit in 20', async () => {
		expect(await valueOf(pairingForm, { code: 'ą'.repeat(20) })).toEqual({ code: 'ą'.repeat(20) });
		expect(await valueOf(pairingForm, { code: '🙂'.repeat(20) })).toBeTruthy();
		expect(await errorsOf(pairingForm, { code: '🙂'.repeat(21) })).toEqual({
			code: { key: 'field.too_long', params: { max: 20 } }
		});
		expect(await errorsOf(pairingForm, { code: '   ' })).toEqual({
			code: { key: 'field.required' }
		});
	});

	const admin = {
		code: 'abcde-23456',
		firstName: 'Ewa',
		lastName: 'Łukasik',
		position: '',
		login: 'ewa.łukasik',
		password: 'długie-hasło-2026',
		repeat: 'długie-hasło-2026'
	};

	it('creates the first administrator from the code and the badge', async () => {
		expect(await valueOf(setupForm, admin)).toEqual({
			code: 'abcde-23456',
			password: 'długie-hasło-2026',
			fields: {
				firstName: 'Ewa',
				lastName: 'Łukasik',
				position: '',
				login: 'ewa.łukasik',
				departmentIds: []
			}
		});
	});

	it('marks every problem of the setup form at once', async () => {
		const noRepeat = without(admin, 'repeat');
		expect(
			await errorsOf(setupForm, {
				...noRepeat,
				firstName: '',
				login: 'e w',
				password: 'krótkie'
			})
		).toEqual({
			firstName: { key: 'field.required' },
			login: { key: 'staff.login_format' },
			password: { key: 'field.password_too_short', params: { min: 12 } },
			repeat: { key: 'account.password.mismatch' }
		});
		expect((await errorsOf(setupForm, { ...admin, login: 'ab' })).login?.key).toBe(
			'staff.login_format'
		);
		expect((await errorsOf(setupForm, { ...admin, login: 'a'.repeat(41) })).login).toEqual({
			key: 'field.too_long',
			params: { max: 40 }
		});
		const long = 'x'.repeat(201);
		expect(
			(await errorsOf(setupForm, { ...admin, password: long, repeat: long })).password
		).toEqual({ key: 'field.password_too_long', params: { max: 200 } });
	});
});

describe('passwords', () => {
	const form = passwordChangeForm(async (current) => current === 'stare-hasło-123');

	it('changes a password with the current one, the new one typed twice', async () => {
		const fields = { current: 'stare-hasło-123', password: 'nowe-hasło-1234', repeat: '' };
		expect(await valueOf(form, { ...fields, repeat: 'nowe-hasło-1234' })).toMatchObject({
			password: 'nowe-hasło-1234'
		});
		expect(await errorsOf(form, fields)).toEqual({
			repeat: { key: 'account.password.mismatch' }
		});
	});

	it('refuses a wrong or missing current password along with the other problems', async () => {
		expect(
			await errorsOf(form, { current: 'zgaduję', password: 'krótkie', repeat: 'krótkie' })
		).toEqual({
			current: { key: 'account.password.wrong_current' },
			password: { key: 'field.password_too_short', params: { min: 12 } }
		});
		expect((await errorsOf(form, { password: 'x', repeat: 'x' })).current?.key).toBe(
			'account.password.wrong_current'
		);
	});

	it('resets a member’s password by the same rule', async () => {
		expect(await valueOf(passwordResetForm, { password: ' dwanaście! ' })).toEqual({
			password: ' dwanaście! '
		});
		expect(await errorsOf(passwordResetForm, {})).toEqual({
			password: { key: 'field.password_too_short', params: { min: 12 } }
		});
	});
});
