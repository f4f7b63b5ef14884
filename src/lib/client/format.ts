/** Small formatting helpers shared by the screens. Pure functions; formatters are kept for reuse. */
import type { MessageKey, Params } from '$lib/i18n';
import type { Lang } from '$lib/shared/dto';
import { LOCALES } from '$lib/i18n/lang';

export { textOn } from '$lib/shared/contrast';

type T = (key: MessageKey, params?: Params) => string;

/** "parter" / "2. piętro" (ground floor / floor 2). */
export function floorName(t: T, floor: number): string {
	return floor === 0 ? t('floor.ground') : t('floor.number', { floor });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language, zone and form, made once. Why: making one costs far more than
 * using it, and a board's clock formats twice a second, every second of the day.
 */
function formatter(
	lang: Lang,
	timeZone: string,
	form: 'time' | 'seconds' | 'date'
): Intl.DateTimeFormat {
	const key = `${lang}|${timeZone}|${form}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(
			LOCALES[lang],
			form === 'date'
				? { weekday: 'long', day: 'numeric', month: 'long', timeZone }
				: {
						hour: '2-digit',
						minute: '2-digit',
						second: form === 'seconds' ? '2-digit' : undefined,
						hourCycle: 'h23',
						timeZone
					}
		);
		formatters.set(key, f);
	}
	return f;
}

/** "14:05" in the office's time zone (the same text on the server and in the browser). */
export function clockTime(at: number, lang: Lang, timeZone: string, seconds = false): string {
	return formatter(lang, timeZone, seconds ? 'seconds' : 'time').format(new Date(at));
}

/** "poniedziałek, 30 marca" / "Monday, 30 March", in the office's time zone. */
export function longDate(at: number, lang: Lang, timeZone: string): string {
	return formatter(lang, timeZone, 'date').format(at);
}

/** A calendar day (YYYY-MM-DD) written out: "czwartek, 24 grudnia 2026". */
export function calendarDate(day: string, lang: Lang): string {
	return new Intl.DateTimeFormat(LOCALES[lang], {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${day}T12:00:00Z`));
}

/** Whole minutes from `from` to `now`, never negative. */
export function minutesSince(from: number, now: number): number {
	return Math.max(0, Math.floor((now - from) / 60_000));
}

/** "Nikt nie czeka" / "Czekają 3 osoby". */
export function waitingText(t: T, count: number): string {
	return count === 0 ? t('kiosk.waiting_none') : t('kiosk.waiting', { count });
}

/** The words for an IssueRefusal code from the kiosk menu. */
export function refusalText(t: T, refusal: string | null): string {
	switch (refusal) {
		case 'closed_mode':
		case 'limited_mode':
		case 'closed_day':
		case 'before_opening':
		case 'after_cutoff':
		case 'no_window':
			return t(`kiosk.refusal.${refusal}`);
		default:
			return t('kiosk.refusal.other');
	}
}
