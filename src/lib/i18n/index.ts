/**
 * The i18n layer. Polish is the source language; English must define every key Polish has (the
 * type checker enforces it). Messages use {name} placeholders; a message that depends on a count
 * gives Polish plural forms (one / few / many), chosen by Intl.PluralRules.
 */
import type { Lang } from '$lib/shared/dto';
import { en } from './en';
import { pl, type MessageKey, type Message } from './pl';

export type { MessageKey, Message };
export const LANGS: readonly Lang[] = ['pl', 'en'];
export const DEFAULT_LANG: Lang = 'pl';
export const LANG_COOKIE = 'lang';
/** How long the visitor's choice of language is remembered. */
export const LANG_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
/** A link's query parameter carrying the language to another device (the ticket's QR code). */
export const LANG_PARAM = 'lang';

const catalogs: Record<Lang, Record<MessageKey, Message>> = { pl, en };
const pluralRules: Record<Lang, Intl.PluralRules> = {
	pl: new Intl.PluralRules('pl'),
	en: new Intl.PluralRules('en')
};

export type Params = Record<string, string | number>;

export function isLang(value: unknown): value is Lang {
	return value === 'pl' || value === 'en';
}

/** The language of a request: the visitor's explicit choice, else Polish. */
export function langFrom(cookieValue: string | undefined | null): Lang {
	return isLang(cookieValue) ? cookieValue : DEFAULT_LANG;
}

/** Whether a text is one of the catalog's keys (a schema's message, say, before it is shown). */
export function isMessageKey(value: string): value is MessageKey {
	return Object.hasOwn(pl, value);
}

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
	const message = catalogs[lang][key];
	let text: string;
	if (typeof message === 'string') {
		text = message;
	} else {
		const count = Number(params.count ?? 0);
		const form = pluralRules[lang].select(count) as keyof typeof message;
		text = message[form] ?? message.other;
	}
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** A translator bound to one language, for a page or a request. */
export function translator(lang: Lang): (key: MessageKey, params?: Params) => string {
	return (key, params) => translate(lang, key, params);
}
