import { forbidden, notFound } from '$lib/pages/not-found';
import { mayUseLocation } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies, locals }) => {
	const { views } = locals.app;
	const location = views.locationBySlug(params.location);
	if (!location) notFound(cookies, 'location');
	if (!mayUseLocation(locals.principal, location.id)) forbidden(cookies);
	return {
		timeZone: location.timeZone,
		board: views.boardSnapshot(location.id),
		voice: locals.app.voice.boardVoice(location.id)
	};
};
