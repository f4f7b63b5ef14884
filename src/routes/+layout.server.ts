import { LANG_COOKIE, langFrom } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

/** The visitor's language (cookie, else Polish), for every page. */
export const load: LayoutServerLoad = ({ cookies }) => ({
	lang: langFrom(cookies.get(LANG_COOKIE))
});
