/**
 * The expected wait in words, one helper for every place that shows it (kiosk, paper ticket,
 * phone), so a visitor reads the same range everywhere.
 */
import type { WaitEstimateDto } from '$lib/shared/dto';
import type { MessageKey, Params } from './index';

type T = (key: MessageKey, params?: Params) => string;

/** "Szacowany czas oczekiwania: 10–20 min", "… do 5 min", or "… nieznany – why". */
export function waitSentence(t: T, estimate: WaitEstimateDto | null): string {
	if (!estimate) return '';
	if (!estimate.known) return t(`wait.unknown.${estimate.reason}`);
	return estimate.from === 0
		? t('wait.up_to', { to: estimate.to })
		: t('wait.range', { from: estimate.from, to: estimate.to });
}

/** The short form on a matter's tile: "ok. 10–20 min". */
export function waitShort(t: T, estimate: WaitEstimateDto | null): string {
	if (!estimate) return '';
	if (!estimate.known) return t('wait.short.unknown');
	return estimate.from === 0
		? t('wait.short.up_to', { to: estimate.to })
		: t('wait.short.range', { from: estimate.from, to: estimate.to });
}
