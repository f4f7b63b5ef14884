/** The booking pages' small pieces of logic: pure functions, no state (tests/unit/booking-client.test.ts). */
import type { Lang } from '$lib/shared/dto';
import { LOCALES } from '$lib/i18n/lang';

/** "123 456": a 6-digit code in two groups, as people read and type it. */
export function groupedCode(code: string): string {
	return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** A day on a button: "pon., 7 gru" / "Mon 7 Dec" (the day is a calendar date, no zone). */
export function shortDay(day: string, lang: Lang): string {
	return new Intl.DateTimeFormat(LOCALES[lang], {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	}).format(new Date(`${day}T12:00:00Z`));
}

/** What the booking page's address holds: the choices made so far. */
export interface BookingChoice {
	location: string | null;
	matter: number | null;
	interpreter: boolean;
	day?: string | null;
}

/**
 * The address of the booking page with these choices, and the step to go on with as its
 * fragment: the browser (and SvelteKit) starts the next Tab there, so a keyboard user goes on
 * from the step just chosen rather than from the top.
 */
export function choiceHref(choice: BookingChoice, step: string): string {
	const q = new URLSearchParams();
	if (choice.location) q.set('location', choice.location);
	if (choice.matter !== null) q.set('matter', String(choice.matter));
	if (choice.interpreter) q.set('interpreter', '1');
	if (choice.day) q.set('day', choice.day);
	return `?${q}#${step}`;
}
