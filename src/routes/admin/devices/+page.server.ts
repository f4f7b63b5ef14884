import { readForm, refuse } from '$lib/server/forms/form-input';
import {
	deviceChoice,
	deviceForm,
	kioskAudioForm,
	parseForm,
	typedText
} from '$lib/server/forms/schemas';
import type { App } from '$lib/server/app';
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
		const parsed = await parseForm(
			deviceForm((id) => app.views.location(id) !== null),
			form
		);
		if (!parsed.ok) {
			return refuse(400, {
				errors: parsed.errors,
				problem: { key: 'form.errors' },
				values: typedText(form, ['kind', 'name', 'location', 'printer'])
			});
		}
		const { code } = app.accounts.createDevice(locals.principal, parsed.value, getClientAddress());
		return { code: { name: parsed.value.name, code } };
	},
	code: async ({ request, locals, getClientAddress }) => {
		const app = locals.app;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const device = await deviceOf(app, form);
		if (!device) return refuse(404, { errors: {}, problem: { key: 'devices.not_found' } });
		const code = app.accounts.newPairingCode(locals.principal, device.id, getClientAddress());
		return { code: { name: device.name, code } };
	},
	// Audio at the kiosk (issue 16): whether this kiosk offers "Czytaj na głos", and how it starts.
	audio: async ({ request, locals, getClientAddress }) => {
		const app = locals.app;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const parsed = await parseForm(
			kioskAudioForm((id) => {
				const d = app.accounts.devices.byId(id);
				return d?.kind === 'kiosk' ? d : null;
			}),
			form
		);
		if (!parsed.ok) {
			const key = parsed.errors.device ? 'devices.not_found' : 'devices.audio.error';
			return refuse(parsed.errors.device ? 404 : 400, { errors: {}, problem: { key } });
		}
		const { device, audio } = parsed.value;
		app.accounts.setKioskAudio(locals.principal, device.id, audio, getClientAddress());
		return { ok: { key: 'devices.audio.saved' as const, params: { name: device.name } } };
	},
	revoke: async ({ request, locals, getClientAddress }) => {
		const app = locals.app;
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const device = await deviceOf(app, form);
		if (!device) return refuse(404, { errors: {}, problem: { key: 'devices.not_found' } });
		app.accounts.revokeDevice(locals.principal, device.id, getClientAddress());
		return { ok: { key: 'devices.revoked' as const, params: { name: device.name } } };
	}
};

/** The device a row's button names, if there is one. */
async function deviceOf(app: App, form: FormData) {
	const parsed = await parseForm(
		deviceChoice((id) => app.accounts.devices.byId(id)),
		form
	);
	return parsed.ok ? parsed.value.device : null;
}
