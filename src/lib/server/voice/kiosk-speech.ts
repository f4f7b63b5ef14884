/**
 * What the kiosk says aloud at each step (issue 16, audio at the kiosk), composed on the server
 * from the i18n catalog and the office's own set-up: the step's heading, then its choices'
 * labels, one sentence each. Pure (no I/O): the route gives it the menu and the ticket.
 *
 * Numbers are words before the synthesiser sees them (shared/speech: letters by name, cardinals
 * without a ticket's leading zeros), so "A012" is "a dwanaście", never "a zero dwanaście".
 */
import type { MessageKey, Params } from '$lib/i18n';
import type { KioskSpeech, SpokenButton } from '$lib/shared/kiosk-voice';
import type { KioskMenuDto, Lang, Localized, PublicTicketDto } from '$lib/shared/dto';
import { PRIORITY_GROUPS } from '$lib/shared/vocabulary';
import { ENGLISH } from '$lib/shared/speech/english';
import { spellCode, type SpeechLanguage } from '$lib/shared/speech/phrase';
import { POLISH } from '$lib/shared/speech/polish';
import { UKRAINIAN } from '$lib/shared/speech/ukrainian';

/** The kiosk's languages and the words of each (the espeak-ng voice is the table's). */
export const KIOSK_SPEECH: Record<Lang, SpeechLanguage> = {
	pl: POLISH,
	en: ENGLISH,
	uk: UKRAINIAN
};

/** About a minute and a half of speech: a long menu is cut at a sentence, never mid-word. */
export const MAX_KIOSK_SPEECH_CHARS = 1200;

export interface KioskSpeechContext {
	lang: Lang;
	t: (key: MessageKey, params?: Params) => string;
	menu: KioskMenuDto;
	/** For `issued`: the ticket of that code, if it is this location's. */
	ticket?: PublicTicketDto | null;
}

// Every button the kiosk may ask for is a catalog text (a type error otherwise).
const BUTTON_KEYS: Record<SpokenButton, MessageKey> = {
	'kiosk.checkin.open': 'kiosk.checkin.open',
	'kiosk.checkin.walk_in': 'kiosk.checkin.walk_in',
	'kiosk.checkin.submit': 'kiosk.checkin.submit',
	'kiosk.checkin.clear': 'kiosk.checkin.clear',
	'kiosk.checkin.delete': 'kiosk.checkin.delete',
	'kiosk.ticket.normal': 'kiosk.ticket.normal',
	'kiosk.ticket.done': 'kiosk.ticket.done',
	'kiosk.countdown.again': 'kiosk.countdown.again',
	'kiosk.help.button': 'kiosk.help.button',
	'kiosk.help.close': 'kiosk.help.close',
	'kiosk.unavailable.back': 'kiosk.unavailable.back',
	'common.back': 'common.back',
	'common.start_over': 'common.start_over',
	'priority.pregnant': 'priority.pregnant',
	'priority.small_children': 'priority.small_children',
	'priority.elderly': 'priority.elderly',
	'priority.limited_mobility': 'priority.limited_mobility'
};

/** Sentences, each capitalised and ended with a full stop (a pause in every voice), empty ones dropped. */
export function sentences(parts: string[]): string {
	return parts
		.map((p) => p.trim().replace(/[\s.:;,]+$/u, ''))
		.filter(Boolean)
		.map((p) => `${p.charAt(0).toLocaleUpperCase()}${p.slice(1)}.`)
		.join(' ');
}

/** Cut at the last full sentence within the limit. */
function bounded(text: string): string {
	if (text.length <= MAX_KIOSK_SPEECH_CHARS) return text;
	const cut = text.slice(0, MAX_KIOSK_SPEECH_CHARS);
	const end = cut.lastIndexOf('. ');
	return end > 0 ? cut.slice(0, end + 1) : cut.slice(0, cut.lastIndexOf(' '));
}

/** A count of people in words, in the feminine where the language needs it ("dwie osoby"). */
export function peopleInWords(n: number, lang: Lang): string {
	const words = KIOSK_SPEECH[lang].cardinal(n);
	const last = words.length - 1;
	const feminine: Partial<Record<Lang, Record<string, string>>> = {
		pl: { dwa: 'dwie', ...(n === 1 ? { jeden: 'jedna' } : {}) },
		uk: { один: 'одна', два: 'дві' }
	};
	const form = feminine[lang]?.[words[last] ?? ''];
	if (form) words[last] = form;
	return words.join(' ');
}

/** The issued ticket: its number, the nearest room that serves it, how many wait before it. */
export function issuedSentence(ticket: PublicTicketDto, ctx: KioskSpeechContext): string {
	const words = KIOSK_SPEECH[ctx.lang];
	const parts = [
		ctx.t('kiosk.voice.ticket', { number: spellCode(ticket.number, words, false).join(' ') })
	];
	const place = ticket.places[0] ?? ticket.window;
	if (place)
		parts.push(ctx.t('kiosk.voice.room', { room: spellCode(place.room, words, true).join(' ') }));
	parts.push(
		ticket.ahead === 0
			? ctx.t('kiosk.ticket.ahead_none')
			: ctx.t('kiosk.voice.ahead', {
					count: ticket.ahead,
					people: peopleInWords(Math.min(ticket.ahead, 9999), ctx.lang)
				})
	);
	return sentences(parts);
}

/** The sentence for what the kiosk asked, or null when it names nothing this location has. */
export function kioskSentence(s: KioskSpeech, ctx: KioskSpeechContext): string | null {
	const { t, menu } = ctx;
	const name = (n: Localized) => n[ctx.lang] ?? n.pl;
	const services = menu.departments.flatMap((d) => d.services);
	const department = (id: number) => menu.departments.find((d) => d.id === id) ?? null;
	const service = (id: number) => services.find((x) => x.id === id) ?? null;
	switch (s.kind) {
		case 'departments': {
			const featured = services.filter((x) => x.featured).map((x) => name(x.name));
			return bounded(
				sentences([
					t('kiosk.step.department'),
					t('kiosk.checkin.open'),
					featured.length ? `${t('kiosk.step.featured')}: ${featured.join(', ')}` : '',
					// As the kiosk lists them: a department holding only featured matters is on top already.
					...menu.departments
						.filter((d) => d.services.some((x) => !x.featured))
						.map((d) => name(d.name))
				])
			);
		}
		case 'service': {
			const d = department(s.department);
			if (!d) return null;
			return bounded(
				sentences([name(d.name), t('kiosk.step.service'), ...d.services.map((x) => name(x.name))])
			);
		}
		case 'ticket_kind': {
			const x = service(s.service);
			if (!x) return null;
			const groups = x.priorityAllowed
				? [t('kiosk.priority.explain'), ...PRIORITY_GROUPS.map((g) => t(`priority.${g}`))]
				: [];
			return sentences([
				name(x.name),
				t('kiosk.step.ticket_kind'),
				t('kiosk.ticket.normal'),
				...groups
			]);
		}
		case 'unavailable': {
			const x = service(s.service);
			if (!x) return null;
			return sentences([name(x.name), t('kiosk.unavailable.title'), t('kiosk.unavailable.reason')]);
		}
		case 'check_in':
			return sentences([t('kiosk.checkin.title'), t('kiosk.checkin.lead')]);
		case 'help':
			return sentences([t('kiosk.help.title'), t('kiosk.voice.help')]);
		case 'closed':
			return sentences([t('kiosk.refusal.closed_day')]);
		case 'issued':
			return ctx.ticket ? issuedSentence(ctx.ticket, ctx) : null;
		case 'department_name': {
			const d = department(s.department);
			return d ? sentences([name(d.name)]) : null;
		}
		case 'service_name': {
			const x = service(s.service);
			return x ? sentences([name(x.name)]) : null;
		}
		case 'button':
			return sentences([t(BUTTON_KEYS[s.key])]);
		case 'digit':
			return sentences([KIOSK_SPEECH[ctx.lang].cardinal(s.digit).join(' ')]);
	}
}
