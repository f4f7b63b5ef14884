import { LANG_COOKIE, langFrom, publicCatalog, staffLang } from '$lib/i18n';
import { isPublicRoute } from '$lib/i18n/public';
import type { LayoutServerLoad } from './$types';

/**
 * The visitor's language (cookie, else Polish), who is signed in, and, on a public screen, its
 * texts in that language, for every page. Staff screens load the whole catalog (+layout.ts).
 * The route is read untracked: moving between pages must not send the texts again.
 */
export const load: LayoutServerLoad = ({ cookies, locals, route, untrack }) => {
	const staff = locals.principal.staff;
	const chosen = langFrom(cookies.get(LANG_COOKIE));
	const visitor = untrack(() => isPublicRoute(route.id));
	// Staff screens are Polish or English: a visitor's Ukrainian opens them in Polish.
	const lang = visitor ? chosen : staffLang(chosen);
	return {
		lang,
		me: staff ? { name: locals.principal.label, role: staff.role } : null,
		messages: visitor ? publicCatalog(lang) : null
	};
};
