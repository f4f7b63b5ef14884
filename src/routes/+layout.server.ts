import { LANG_COOKIE, langFrom } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

/** The visitor's language (cookie, else Polish), and who is signed in, for every page. */
export const load: LayoutServerLoad = ({ cookies, locals }) => {
	const staff = locals.principal.staff;
	return {
		lang: langFrom(cookies.get(LANG_COOKIE)),
		me: staff ? { name: locals.principal.label, role: staff.role } : null
	};
};
