/**
 * Texts of the wait estimate (a range, or unknown and why) and of a matter no window serves now,
 * with the other ways to settle it: kiosk, paper ticket and phone say the same words.
 * Polish first; English must have the same keys (the i18n unit test checks).
 */
import type { Message } from '../pl';

export const estimatePl = {
	'wait.range': 'Szacowany czas oczekiwania: {from}–{to} min',
	'wait.up_to': 'Szacowany czas oczekiwania: do {to} min',
	'wait.unknown.no_history':
		'Szacowany czas oczekiwania: nieznany – za mało ostatnich wizyt, by go ocenić',
	'wait.unknown.windows_paused':
		'Szacowany czas oczekiwania: nieznany – stanowiska mają teraz przerwę',
	// Short forms for the matter's tile on the kiosk.
	'wait.short.range': 'ok. {from}–{to} min',
	'wait.short.up_to': 'do {to} min',
	'wait.short.unknown': 'czas oczekiwania nieznany',
	'kiosk.refusal.no_window': 'Teraz żadne stanowisko tego nie przyjmuje',
	'kiosk.unavailable.title': 'Tej sprawy nie załatwisz teraz na miejscu',
	'kiosk.unavailable.reason':
		'Żadne stanowisko nie przyjmuje teraz tej sprawy, dlatego nie wydajemy na nią biletu.',
	'kiosk.unavailable.ways': 'Jak inaczej załatwić sprawę',
	'kiosk.unavailable.hours': 'Przyjdź w innych godzinach pracy urzędu:',
	'kiosk.unavailable.online': 'Przez internet: {url}',
	'kiosk.unavailable.back': 'Wybierz inną sprawę',
	'hours.day': '{day}: {opens}–{closes}',
	'error.no_window':
		'Żadne stanowisko nie przyjmuje teraz tej sprawy, więc bilet nie został wydany. Zadzwoń do urzędu, załatw sprawę przez internet albo przyjdź w innych godzinach.'
} satisfies Record<string, Message>;

export const estimateEn: Record<keyof typeof estimatePl, Message> = {
	'wait.range': 'Estimated wait: {from}–{to} min',
	'wait.up_to': 'Estimated wait: up to {to} min',
	'wait.unknown.no_history': 'Estimated wait: unknown – too few recent visits to go by',
	'wait.unknown.windows_paused': 'Estimated wait: unknown – the windows are on a break now',
	'wait.short.range': 'about {from}–{to} min',
	'wait.short.up_to': 'up to {to} min',
	'wait.short.unknown': 'wait unknown',
	'kiosk.refusal.no_window': 'No window is handling this now',
	'kiosk.unavailable.title': 'This matter cannot be handled in person now',
	'kiosk.unavailable.reason':
		'No window is handling this matter now, so no ticket is issued for it.',
	'kiosk.unavailable.ways': 'Other ways to settle it',
	'kiosk.unavailable.hours': 'Come back during the office hours:',
	'kiosk.unavailable.online': 'Online: {url}',
	'kiosk.unavailable.back': 'Choose another matter',
	'hours.day': '{day}: {opens}–{closes}',
	'error.no_window':
		'No window is handling this matter now, so no ticket was issued. Call the office, settle it online or come back at another time.'
};
