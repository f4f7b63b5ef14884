import { forbidden, notFound } from '$lib/pages/not-found';
import { mayUseLocation } from '$lib/server/auth/guard';
import { idParam } from '$lib/shared/schemas';
import type { PageServerLoad } from './$types';

/** The survey tablet at a window (channel 1): it waits for the end of each visit there. */
export const load: PageServerLoad = ({ params, cookies, locals }) => {
	const { views } = locals.app;
	const id = idParam.safeParse(params.window);
	const window = id.success ? views.windowById(id.data) : null;
	if (!window) notFound(cookies, 'window');
	if (!mayUseLocation(locals.principal, window.locationId)) forbidden(cookies);
	return {
		windowId: window.id,
		label: window.label,
		office: views.location(window.locationId)!.name
	};
};
