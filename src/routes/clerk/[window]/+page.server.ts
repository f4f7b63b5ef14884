import { notFound } from '$lib/pages/not-found';
import { getApp } from '$lib/server/app';
import { idParam } from '$lib/shared/schemas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies }) => {
	const { views } = getApp();
	const id = idParam.safeParse(params.window);
	const window = id.success ? views.windowById(id.data) : null;
	if (!window) notFound(cookies, 'window');
	const location = views.locations().find((l) => l.id === window.locationId);
	return {
		windowId: window.id,
		timeZone: location?.timeZone ?? 'Europe/Warsaw',
		staff: views.consoleSnapshot(window.id)!
	};
};
