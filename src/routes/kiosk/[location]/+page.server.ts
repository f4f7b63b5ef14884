import { error } from '@sveltejs/kit';
import { langFrom, LANG_COOKIE, translate } from '$lib/i18n';
import { notFound } from '$lib/pages/not-found';
import { getApp } from '$lib/server/app';
import { KIOSK_ID } from '$lib/shared/schemas';
import { DEFAULT_KIOSK } from '$printer/config';
import type { PageServerLoad } from './$types';

/**
 * The kiosk's menu; re-run (invalidate) when the queue changes, so counts and refusals stay live.
 * `?kiosk=ID` names the kiosk (and so its printer) until kiosks are paired devices.
 */
export const load: PageServerLoad = ({ params, cookies, depends, url }) => {
	depends('okienko:kiosk-menu');
	const kiosk = url.searchParams.get('kiosk') ?? DEFAULT_KIOSK;
	if (!KIOSK_ID.test(kiosk)) {
		error(400, {
			message: translate(langFrom(cookies.get(LANG_COOKIE)), 'error.bad_request'),
			code: 'bad_request'
		});
	}
	const { views } = getApp();
	const location = views.locationBySlug(params.location);
	if (!location) notFound(cookies, 'location');
	return { menu: views.kioskMenu(location.id), board: views.boardSnapshot(location.id), kiosk };
};
