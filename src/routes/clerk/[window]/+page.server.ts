import { forbidden, notFound } from '$lib/pages/not-found';
import { mayOperateWindow } from '$lib/server/auth/guard';
import { windowDepartmentIds } from '$lib/server/auth/scope';
import { idParam } from '$lib/shared/schemas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies, locals }) => {
	const app = locals.app;
	const { views } = app;
	const id = idParam.safeParse(params.window);
	const window = id.success ? views.windowById(id.data) : null;
	if (!window) notFound(cookies, 'window');
	if (!mayOperateWindow(locals.principal, windowDepartmentIds(app, window.id))) forbidden(cookies);
	const location = views.locations().find((l) => l.id === window.locationId);
	return {
		windowId: window.id,
		/**
		 * The signed-in clerk's id: the console acts only while the window is theirs. Not `me`:
		 * that is the layout's (name and role) for the staff bar, and a page's data overrides it.
		 */
		staffId: locals.principal.staff?.id ?? null,
		timeZone: location?.timeZone ?? 'Europe/Warsaw',
		staff: views.consoleSnapshot(window.id)!,
		/** The staff directory for the console's panel, from which a clerk summons (issue 15). */
		directory: app.directory.entries(locals.principal, locals.lang),
		/** The clerk's overdue inquiries when the console opens (the morning's look, SR-11). */
		overdueInquiries: app.inquiries
			.list(locals.principal, 'overdue')
			.map((i) => ({ id: i.id, dueDay: i.dueDay }))
	};
};
