/**
 * Summons nobody answered expire (queue/summons.ts SUMMONS_ANSWER_MS): every few seconds the
 * desk is asked to expire those due, and the summoning clerk's console then offers to record an
 * inquiry instead. A few seconds late is no harm: the summoner waits minutes, not seconds.
 */
import type { SummonsDesk } from './summons';

export const SUMMONS_EXPIRY_EVERY_MS = 10_000;

export function scheduleSummonsExpiry(
	desk: Pick<SummonsDesk, 'expireDue'>,
	everyMs = SUMMONS_EXPIRY_EVERY_MS
): () => void {
	const timer = setInterval(() => {
		try {
			desk.expireDue();
		} catch (err) {
			// A timer has no caller to answer; the next run looks again.
			console.error('[okienko] summons expiry failed', err);
		}
	}, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
