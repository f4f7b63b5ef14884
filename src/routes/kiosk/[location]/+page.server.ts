import { error } from '@sveltejs/kit';
import { langFrom, LANG_COOKIE, translate } from '$lib/i18n';
import { forbidden, notFound } from '$lib/pages/not-found';
import { mayUseLocation } from '$lib/server/auth/guard';
import { isKioskAudioMode, type KioskAudioMode } from '$lib/shared/kiosk-voice';
import { reachTop } from '$lib/shared/reach';
import { KIOSK_ID } from '$lib/shared/vocabulary';
import { DEFAULT_KIOSK } from '$printer/config';
import type { PageServerLoad } from './$types';

/**
 * The kiosk's menu; re-run (invalidate) when the queue changes, so counts and refusals stay live.
 * A paired kiosk's printer is the one the administrator gave it; staff trying the kiosk page
 * may name one with `?kiosk=ID`.
 */
export const load: PageServerLoad = ({ params, cookies, depends, url, locals }) => {
	depends('okienko:kiosk-menu');
	const device = locals.principal.device;
	const kiosk = device
		? (device.printerKey ?? DEFAULT_KIOSK)
		: (url.searchParams.get('kiosk') ?? DEFAULT_KIOSK);
	// Low-reach mode's line for this kiosk's stand (shared/reach.ts): `?reach=0.55` or `?reach=900px`.
	const reach = reachTop(url.searchParams.get('reach'));
	if (!KIOSK_ID.test(kiosk) || reach === null) {
		error(400, {
			message: translate(langFrom(cookies.get(LANG_COOKIE)), 'error.bad_request'),
			code: 'bad_request'
		});
	}
	const { views } = locals.app;
	const location = views.locationBySlug(params.location);
	if (!location) notFound(cookies, 'location');
	if (!mayUseLocation(locals.principal, location.id)) forbidden(cookies);
	// Audio at the kiosk (issue 16): the administrator's choice for a paired kiosk; staff trying
	// the page may ask for it with `?audio=offered` or `?audio=on`.
	const asked = url.searchParams.get('audio');
	const mode: KioskAudioMode = device
		? (locals.app.accounts.devices.byId(device.id)?.audio ?? 'off')
		: isKioskAudioMode(asked)
			? asked
			: 'off';
	return {
		menu: views.kioskMenu(location.id),
		audio: { mode, available: mode !== 'off' && locals.app.kioskVoice.available },
		board: views.boardSnapshot(location.id),
		kiosk,
		reach
	};
};
