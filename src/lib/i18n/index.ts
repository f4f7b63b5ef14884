/**
 * The i18n layer. Polish is the source language; English must define every key Polish has, and
 * Ukrainian every key of the public screens (./public PublicKey): the type checker enforces both.
 * Messages use {name} placeholders; a message that depends on a count gives the plural forms
 * one / few / many / other, chosen per language by Intl.PluralRules (./lang).
 *
 * This module holds every catalog: the server, the printer and staff screens import it. Browser
 * code of the public screens imports ./lang and gets its texts from the root layout instead.
 */
import type { Lang } from '$lib/shared/dto';
import { en } from './en';
import { pl, type MessageKey, type Message } from './pl';
import { uk } from './uk';
import { format, type Params } from './lang';
import { isPublicKey } from './public';

export type { MessageKey, Message, Params };
export {
	LANGS,
	STAFF_LANGS,
	DEFAULT_LANG,
	LANG_COOKIE,
	LANG_COOKIE_MAX_AGE,
	LANG_PARAM,
	isLang,
	langFrom,
	staffLang,
	localized
} from './lang';

/** A language's texts, whole or in part (a public screen's). */
export type Catalog = Partial<Record<MessageKey, Message>>;

/**
 * Every text in every language. Ukrainian has the public screens' texts; the rest (a staff
 * screen's, an API refusal only staff can meet) falls back to Polish, the office's language.
 */
export const catalogs: Record<Lang, Record<MessageKey, Message>> = {
	pl,
	en,
	uk: { ...pl, ...uk }
};

/** Whether a text is one of the catalog's keys (a schema's message, say, before it is shown). */
export function isMessageKey(value: string): value is MessageKey {
	return Object.hasOwn(pl, value);
}

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
	return format(lang, catalogs[lang][key], params);
}

/** A translator bound to one language, for a page or a request. */
export function translator(lang: Lang): (key: MessageKey, params?: Params) => string {
	return (key, params) => translate(lang, key, params);
}

const publicCatalogs = new Map<Lang, Catalog>();

/** The texts of the public screens in one language (see ./public). */
export function publicCatalog(lang: Lang): Catalog {
	let catalog = publicCatalogs.get(lang);
	if (!catalog) {
		const entries = Object.entries(catalogs[lang]).filter(([key]) => isPublicKey(key));
		catalog = Object.fromEntries(entries) as Catalog;
		publicCatalogs.set(lang, catalog);
	}
	return catalog;
}
