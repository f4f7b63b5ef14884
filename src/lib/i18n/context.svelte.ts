/**
 * The page's language as reactive state, shared through Svelte context. The root layout creates
 * it from the `lang` cookie; a component reads `getI18n().t(key)` and re-renders when the visitor
 * switches language, without a reload.
 */
import { createContext } from 'svelte';
import type { Lang, Localized } from '$lib/shared/dto';
import { LANG_COOKIE, LANG_COOKIE_MAX_AGE, translate, type MessageKey, type Params } from './index';

export class I18n {
	lang = $state<Lang>('pl');

	constructor(lang: Lang) {
		this.lang = lang;
	}

	/** The message in the current language. */
	t = (key: MessageKey, params?: Params): string => translate(this.lang, key, params);

	/** A name the server sends in both languages. */
	pick = (text: Localized): string => text[this.lang];

	/** Switch language now and remember the choice for a year. */
	setLang(lang: Lang): void {
		this.lang = lang;
		if (typeof document !== 'undefined') {
			document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=${LANG_COOKIE_MAX_AGE}; SameSite=Lax`;
		}
	}
}

const [get, set] = createContext<I18n>();

/** Call once, in the root layout. */
export function setI18n(lang: Lang): I18n {
	return set(new I18n(lang));
}

export function getI18n(): I18n {
	return get();
}
