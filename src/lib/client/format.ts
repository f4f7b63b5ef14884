/** Small formatting helpers shared by the screens. Pure functions, no state. */
import type { MessageKey, Params } from '$lib/i18n';
import type { Lang } from '$lib/shared/dto';

type T = (key: MessageKey, params?: Params) => string;

/** "parter" / "2. piętro" (ground floor / floor 2). */
export function floorName(t: T, floor: number): string {
	return floor === 0 ? t('floor.ground') : t('floor.number', { floor });
}

/** "14:05" in the office's time zone (the same text on the server and in the browser). */
export function clockTime(at: number, lang: Lang, timeZone: string, seconds = false): string {
	return new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		second: seconds ? '2-digit' : undefined,
		hourCycle: 'h23',
		timeZone
	}).format(new Date(at));
}

/** Whole minutes from `from` to `now`, never negative. */
export function minutesSince(from: number, now: number): number {
	return Math.max(0, Math.floor((now - from) / 60_000));
}

function luminance(hex: string): number {
	const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) return 0;
	const n = parseInt(m[1]!, 16);
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return (
		0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
	);
}

/** Black or white, whichever reads better on the given background colour. */
export function textOn(hex: string): '#000000' | '#ffffff' {
	const l = luminance(hex);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
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
			return t(`kiosk.refusal.${refusal}`);
		default:
			return t('kiosk.refusal.other');
	}
}
