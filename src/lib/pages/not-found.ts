/** A translated 404 for a page whose location, window or ticket does not exist. */
import { error, type Cookies } from '@sveltejs/kit';
import { LANG_COOKIE, langFrom, translate } from '$lib/i18n';

export function notFound(cookies: Cookies, what: 'location' | 'window' | 'ticket'): never {
	const lang = langFrom(cookies.get(LANG_COOKIE));
	error(404, {
		message: translate(lang, 'error.not_found', { what: translate(lang, `error.what.${what}`) }),
		code: 'not_found'
	});
}

/** A translated 403: the page exists, but not for this account or device. */
export function forbidden(cookies: Cookies): never {
	error(403, {
		message: translate(langFrom(cookies.get(LANG_COOKIE)), 'error.forbidden'),
		code: 'forbidden'
	});
}
