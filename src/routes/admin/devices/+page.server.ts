import { FormInput, readForm, refuse } from '$lib/server/forms/form-input';
import type { DeviceKind } from '$lib/server/auth/guard';
import type { App } from '$lib/server/app';
import { KIOSK_ID, KIOSK_ID_MAX } from '$lib/shared/vocabulary';
import type { Actions, PageServerLoad } from './$types';

/** Kiosks and boards (admins): create with a one-time pairing code, re-pair, revoke. */
export const load: PageServerLoad = ({ locals }) => {
	const app = locals.app;
	return {
		devices: app.accounts.devices.all(),
		locations: app.views.locations().map((l) => ({ id: l.id, name: l.name }))
	};
};

export const actions: Actions = {
	create: async ({ request, locals, getClientAddress }) => {
		const app = locals.app;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const input = new FormInput(form);
		const kindText = input.text('kind', { required: true });
		const kind: DeviceKind | null = kindText === 'kiosk' || kindText === 'board' ? kindText : null;
		if (!kind) input.fail('kind', { key: 'field.required' });
		const name = input.text('name', { required: true, max: 80 });
		const locationId = input.id('location');
		if (locationId === null || !app.views.location(locationId)) {
			input.fail('location', { key: 'field.required' });
		}
		const printerKey = input.text('printer', { max: KIOSK_ID_MAX });
		if (printerKey && !KIOSK_ID.test(printerKey)) {
			input.fail('printer', { key: 'devices.printer_format' });
		}
		const values = {
			kind: kindText,
			name,
			location: String(locationId ?? ''),
			printer: printerKey
		};
		if (!input.ok || !kind || locationId === null) {
			return refuse(400, { errors: input.errors, problem: { key: 'form.errors' }, values });
		}
		const fields = {
			kind,
			name,
			locationId,
			printerKey: kind === 'kiosk' && printerKey ? printerKey : null
		};
		const { code } = app.accounts.createDevice(locals.principal, fields, getClientAddress());
		return { code: { name, code } };
	},
	code: async ({ request, locals, getClientAddress }) => {
		const app = locals.app;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const device = deviceOf(app, form);
		if (!device) return refuse(404, { errors: {}, problem: { key: 'devices.not_found' } });
		const code = app.accounts.newPairingCode(locals.principal, device.id, getClientAddress());
		return { code: { name: device.name, code } };
	},
	revoke: async ({ request, locals, getClientAddress }) => {
		const app = locals.app;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const device = deviceOf(app, form);
		if (!device) return refuse(404, { errors: {}, problem: { key: 'devices.not_found' } });
		app.accounts.revokeDevice(locals.principal, device.id, getClientAddress());
		return { ok: { key: 'devices.revoked' as const, params: { name: device.name } } };
	}
};

/** The device a form names, if any. */
function deviceOf(app: App, form: FormData) {
	const id = new FormInput(form).id('device');
	return id ? app.accounts.devices.byId(id) : null;
}
