/** Words for staff about a printer: why a ticket did not print. Pure, no state. */
import type { MessageKey } from '$lib/i18n';
import { DEFAULT_LANG, LANG_PARAM, type Params } from '$lib/i18n/lang';
import type { Lang } from '$lib/shared/dto';
import type { PrintStatus } from '$lib/shared/printing';
import type { ReprintOutcome } from './console-live.svelte';

type T = (key: MessageKey, params?: Params) => string;

/** "brak papieru", "otwarta pokrywa", … for a print that failed. */
export function printFailureReason(t: T, status: PrintStatus): string {
	switch (status) {
		case 'printed':
			return t('printer.condition.ready');
		case 'not_configured':
			return t('printer.not_configured');
		default:
			return t(`printer.condition.${status}`);
	}
}

/**
 * What the kiosk tells the visitor when the paper did not come out, in the screen's language now
 * (the server's `print.message` is in the language of the moment the ticket was taken).
 */
export function printFailureMessage(t: T, status: PrintStatus): string {
	return status === 'printed' || status === 'paper_near_end' ? '' : t(`print.${status}`);
}

/**
 * The live ticket's link in the language the kiosk shows now: the server wrote the language the
 * ticket was taken in, and a visitor who switches on the ticket screen means the new one.
 */
export function ticketLinkIn(url: string, lang: Lang): string {
	const link = new URL(url);
	if (lang === DEFAULT_LANG) link.searchParams.delete(LANG_PARAM);
	else link.searchParams.set(LANG_PARAM, lang);
	return link.href;
}

/** What the clerk's console says after a reprint: at which kiosk it came out, or why not. */
export function reprintMessage(
	t: T,
	number: string,
	outcome: ReprintOutcome
): { error: string } | { status: string } {
	if ('failure' in outcome) {
		return { error: t(outcome.failure === 'offline' ? 'clerk.offline' : 'clerk.timeout') };
	}
	if ('error' in outcome) return { error: outcome.error.message };
	const print = outcome.data.print;
	if (print.ok) return { status: t('clerk.reprint.done', { number, kiosk: outcome.data.kiosk }) };
	return {
		error: t('clerk.reprint.failed', { number, reason: printFailureReason(t, print.status) })
	};
}
