import { notFound } from '$lib/pages/not-found';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The kiosk's menu; re-run (invalidate) when the queue changes, so counts and refusals stay live. */
export const load: PageServerLoad = ({ params, cookies, depends }) => {
	depends('okienko:kiosk-menu');
	const { views } = getApp();
	const location = views.locationBySlug(params.location);
	if (!location) notFound(cookies, 'location');
	return { menu: views.kioskMenu(location.id), board: views.boardSnapshot(location.id) };
};
