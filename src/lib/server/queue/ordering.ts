import type { OrderingPolicy, ServiceWindow, Ticket } from './types';

/** First come, first served: issue time, then id (ids grow with issue order). */
export function byQueueOrder(a: Ticket, b: Ticket): number {
	return a.issuedAt - b.issuedAt || a.id - b.id;
}

/** Waiting tickets this window may call, in queue order. */
export function candidatesFor(waiting: readonly Ticket[], window: ServiceWindow): Ticket[] {
	const served = new Set(window.serviceIds);
	return waiting
		.filter(
			(t) => t.state === 'waiting' && t.locationId === window.locationId && served.has(t.serviceId)
		)
		.sort(byQueueOrder);
}

/**
 * Who the window calls next (SR-01). Priority tickets go out of turn, oldest first. To keep
 * normal clients from waiting forever behind a stream of priority ones, after `fairnessCap`
 * priority calls in a row at this window the longest-waiting normal ticket goes next, but only
 * if it has waited longer than the oldest priority ticket. Otherwise first come, first served.
 */
export function chooseNext(
	waiting: readonly Ticket[],
	window: ServiceWindow,
	policy: OrderingPolicy
): Ticket | null {
	const candidates = candidatesFor(waiting, window);
	const oldestPriority = candidates.find((t) => t.priority !== null);
	const oldestNormal = candidates.find((t) => t.priority === null);
	if (!oldestPriority) return oldestNormal ?? null;
	if (
		oldestNormal &&
		window.consecutivePriorityCalls >= policy.fairnessCap &&
		byQueueOrder(oldestNormal, oldestPriority) < 0
	) {
		return oldestNormal;
	}
	return oldestPriority;
}

/** The window's run of priority calls after it calls `ticket`. */
export function priorityRunAfter(window: ServiceWindow, ticket: Ticket): number {
	return ticket.priority !== null ? window.consecutivePriorityCalls + 1 : 0;
}

/**
 * People ahead of `ticket` in its service, by the ordering rule without the fairness cap (the
 * cap only ever helps a normal ticket, so this is an upper bound for it): for a priority ticket
 * the older priority tickets, for a normal ticket every priority ticket and the older normal ones.
 */
export function peopleAhead(ticket: Ticket, waiting: readonly Ticket[]): number {
	return waiting.filter(
		(other) =>
			other.id !== ticket.id &&
			other.state === 'waiting' &&
			other.locationId === ticket.locationId &&
			other.serviceId === ticket.serviceId &&
			(ticket.priority !== null
				? other.priority !== null && byQueueOrder(other, ticket) < 0
				: other.priority !== null || byQueueOrder(other, ticket) < 0)
	).length;
}
