/**
 * The page's language as reactive state, shared through Svelte context. The root layout creates
 * it from the `lang` cookie; a component reads `getI18n().t(key)` and re-renders when the visitor
 * switches language, without a reload.
 *
 * It holds only the texts the page was given (a public screen: its own, in one language; a staff
 * screen: all of them), never imports a catalog, and fetches another language's public texts
 * when the visitor may switch to it.
 */
import { createContext } from 'svelte';
import type { Lang, Localized } from '$lib/shared/dto';
import type { Catalog, MessageKey } from './index';
import { format, localized, LANG_COOKIE, LANG_COOKIE_MAX_AGE, type Params } from './lang';

export type Catalogs = Partial<Record<Lang, Catalog>>;

/** Where a public screen gets a language's texts it was not sent with (the API's GET /api/i18n). */
export type CatalogLoader = (lang: Lang) => Promise<Catalog>;

export class I18n {
	lang = $state<Lang>('pl');
	#catalogs = $state.raw<Catalogs>({});
	#loads: Partial<Record<Lang, Promise<void>>> = {};
	#wanted: Lang;
	readonly #load: CatalogLoader | undefined;

	constructor(lang: Lang, catalogs: Catalogs, load?: CatalogLoader) {
		this.lang = lang;
		this.#wanted = lang;
		this.#catalogs = catalogs;
		this.#load = load;
	}

	/** The message in the current language (its key, should a public screen lack it). */
	t = (key: MessageKey, params?: Params): string => {
		const message = this.#catalogs[this.lang]?.[key];
		return message === undefined ? key : format(this.lang, message, params);
	};

	/** A name the server sends per language (Polish where it has no Ukrainian). */
	pick = (text: Localized): string => localized(text, this.lang);

	/** More texts: the whole catalog when a staff screen opens after a public one. */
	add(catalogs: Catalogs): void {
		const merged: Catalogs = { ...this.#catalogs };
		for (const [lang, catalog] of Object.entries(catalogs) as [Lang, Catalog][]) {
			merged[lang] = { ...merged[lang], ...catalog };
		}
		this.#catalogs = merged;
	}

	/** Fetch a language's texts ahead of a switch, so the switch is instant. */
	preload(lang: Lang): Promise<void> {
		if (this.#catalogs[lang] || !this.#load) return Promise.resolve();
		let loading = this.#loads[lang];
		if (!loading) {
			loading = this.#load(lang).then(
				(catalog) => this.add({ [lang]: catalog }),
				(error: unknown) => {
					delete this.#loads[lang];
					throw error;
				}
			);
			this.#loads[lang] = loading;
		}
		return loading;
	}

	/**
	 * Switch language and remember the choice for a year: at once when its texts are here, else
	 * once they have come (a later choice wins over an earlier one still loading).
	 */
	async setLang(lang: Lang): Promise<void> {
		this.#wanted = lang;
		if (!this.#catalogs[lang]) {
			try {
				await this.preload(lang);
			} catch {
				// No answer: the page stays in the language it has; the next touch tries again.
				return;
			}
			if (this.#wanted !== lang) return;
		}
		this.lang = lang;
		if (typeof document !== 'undefined') {
			document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=${LANG_COOKIE_MAX_AGE}; SameSite=Lax`;
		}
	}
}

const [get, set] = createContext<I18n>();

/** Call once, in the root layout. */
export function setI18n(lang: Lang, catalogs: Catalogs, load?: CatalogLoader): I18n {
	return set(new I18n(lang, catalogs, load));
}

export function getI18n(): I18n {
	return get();
}
