/**
 * The time at a glance on the console (issue 12, item 6): how long the client at the window
 * waited, how long since they were called or how long they have been served, and whether the
 * service runs past the matter's usual time. Pure functions of the ticket and the clock; the
 * component (ServiceClock.svelte) ticks the clock.
 */
import type { ConsoleTicketDto } from '$lib/shared/dto';

export interface ClockReading {
	/** From the ticket's issue to its call (to now while it is not called yet). */
	waitedMs: number;
	/** Since the call, while the visitor has not come yet; null once served. */
	sinceCallMs: number | null;
	/** Since the service started; null before. */
	servedMs: number | null;
	/** The service has run past the matter's usual time. */
	over: boolean;
}

export function readClock(
	ticket: ConsoleTicketDto,
	usualMs: number | null,
	now: number
): ClockReading {
	const since = (at: number) => Math.max(0, now - at);
	const servedMs = ticket.startedAt === null ? null : since(ticket.startedAt);
	return {
		waitedMs: Math.max(0, (ticket.calledAt ?? now) - ticket.issuedAt),
		sinceCallMs: ticket.calledAt !== null && servedMs === null ? since(ticket.calledAt) : null,
		servedMs,
		over: servedMs !== null && usualMs !== null && servedMs > usualMs
	};
}

/** "4:05", "12:40", "1:02:07": minutes and seconds, hours when there are any. */
export function elapsed(ms: number): string {
	const total = Math.floor(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The same as an ISO 8601 duration, for <time datetime>. */
export function isoDuration(ms: number): string {
	return `PT${Math.floor(Math.max(0, ms) / 1000)}S`;
}

/** Whole minutes of the usual time, rounded; 0 means under a minute. */
export function usualMinutes(usualMs: number): number {
	return usualMs < 60_000 ? 0 : Math.round(usualMs / 60_000);
}
