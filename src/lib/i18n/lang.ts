/**
 * The languages and how a message becomes text, without any catalog: what the browser needs to
 * render a page whose messages came with it (see context.svelte.ts). Importing a catalog here
 * would put every screen's texts, in both languages, into every page's JavaScript.
 */
import type { Lang, Localized } from '$lib/shared/dto';

export type PluralMessage = { one: string; few: string; many: string; other: string };
export type Message = string | PluralMessage;
export type Params = Record<string, string | number>;

/** Every language, in the order the switch shows them: a visitor's screens have all of them. */
export const LANGS: readonly Lang[] = ['pl', 'en', 'uk'];
/** Staff and admin screens: Polish and English (issue 16); Ukrainian is for visitors. */
export type StaffLang = 'pl' | 'en';
export const STAFF_LANGS: readonly StaffLang[] = ['pl', 'en'];
export const DEFAULT_LANG: Lang = 'pl';
export const LANG_COOKIE = 'lang';
/** How long the visitor's choice of language is remembered. */
export const LANG_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
/** A link's query parameter carrying the language to another device (the ticket's QR code). */
export const LANG_PARAM = 'lang';

const pluralRules: Record<Lang, Intl.PluralRules> = {
	pl: new Intl.PluralRules('pl'),
	en: new Intl.PluralRules('en'),
	// Ukrainian: one (1, 21, 31…), few (2–4, 22–24…), many (5–20, 25–30…, 11–14), other (fractions).
	uk: new Intl.PluralRules('uk')
};

export function isLang(value: unknown): value is Lang {
	return value === 'pl' || value === 'en' || value === 'uk';
}

/** The language a staff screen is shown in: a visitor's Ukrainian becomes Polish there. */
export function staffLang(lang: Lang): StaffLang {
	return lang === 'en' ? 'en' : 'pl';
}

/**
 * A name the office keeps per language, in `lang`: without a Ukrainian name, the Polish one (what
 * the paper ticket, the board and the clerk say, and closer to Ukrainian than English is).
 */
export function localized(text: Localized, lang: Lang): string {
	return text[lang] ?? text.pl;
}

/** The locale dates and numbers are written in, per language. */
export const LOCALES: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB', uk: 'uk-UA' };

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
