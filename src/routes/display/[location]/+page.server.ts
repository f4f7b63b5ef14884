import { notFound } from '$lib/pages/not-found';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies }) => {
	const { views } = getApp();
	const location = views.locationBySlug(params.location);
	if (!location) notFound(cookies, 'location');
	return { timeZone: location.timeZone, board: views.boardSnapshot(location.id) };
};
