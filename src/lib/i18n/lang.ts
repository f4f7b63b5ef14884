/**
 * The languages and how a message becomes text, without any catalog: what the browser needs to
 * render a page whose messages came with it (see context.svelte.ts). Importing a catalog here
 * would put every screen's texts, in both languages, into every page's JavaScript.
 */
import type { Lang } from '$lib/shared/dto';

export type PluralMessage = { one: string; few: string; many: string; other: string };
export type Message = string | PluralMessage;
export type Params = Record<string, string | number>;

export const LANGS: readonly Lang[] = ['pl', 'en'];
export const DEFAULT_LANG: Lang = 'pl';
export const LANG_COOKIE = 'lang';
/** How long the visitor's choice of language is remembered. */
export const LANG_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
/** A link's query parameter carrying the language to another device (the ticket's QR code). */
export const LANG_PARAM = 'lang';

const pluralRules: Record<Lang, Intl.PluralRules> = {
	pl: new Intl.PluralRules('pl'),
	en: new Intl.PluralRules('en')
};

export function isLang(value: unknown): value is Lang {
	return value === 'pl' || value === 'en';
}

/** The language of a request: the visitor's explicit choice, else Polish. */
export function langFrom(cookieValue: string | undefined | null): Lang {
	return isLang(cookieValue) ? cookieValue : DEFAULT_LANG;
}

/** A message as text: its plural form for `params.count`, its {placeholders} filled. */
export function format(lang: Lang, message: Message, params: Params = {}): string {
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
