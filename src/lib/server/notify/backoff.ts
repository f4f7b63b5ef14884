/**
 * When a message that could not be sent is tried again: after 1 minute, then 2, 4, 8 … doubling
 * up to one hour between attempts, and given up a day after it was written. A mail server that is
 * down for a restart gets a few quick retries; one down for the night is not hammered, and the
 * message still goes out in the morning. Pure: the outbox passes the times in.
 */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 60 * 60_000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/** The wait after the `attempts`-th failed attempt (1 = the first). */
export function retryDelay(attempts: number): number {
	const n = Math.max(1, Math.floor(attempts));
	// 2^(n-1) minutes, computed without overflow for any n.
	return n > 7 ? MAX_RETRY_MS : Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (n - 1));
}

/**
 * After a failed attempt at `failedAt` (the `attempts`-th): when to try next, or null to give up
 * (a day after `createdAt`, or when the next try would come after the message's `expiresAt`).
 */
export function nextAttempt(
	attempts: number,
	failedAt: number,
	createdAt: number,
	expiresAt: number
): number | null {
	const next = failedAt + retryDelay(attempts);
	if (next >= createdAt + GIVE_UP_AFTER_MS || next >= expiresAt) return null;
	return next;
}
