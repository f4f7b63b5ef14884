import type { OrderingPolicy, PriorityGroup, ServiceWindow, Ticket } from './types';

/** First come, first served: issue time, then id (ids grow with issue order). */
export function byQueueOrder(a: Queued, b: Queued): number {
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

/** What the order of a queue depends on: the console's list items carry it as well as tickets. */
export interface Queued {
	id: number;
	issuedAt: number;
	priority: PriorityGroup | null;
}

/**
 * The rule of SR-01 for one step, given the oldest waiting priority and normal tickets. Priority
 * tickets go out of turn, oldest first. To keep normal clients from waiting forever behind a
 * stream of priority ones, after `fairnessCap` priority calls in a row at this window the
 * longest-waiting normal ticket goes next, but only if it has waited longer than the oldest
 * priority ticket. Otherwise first come, first served.
 */
function pick<T extends Queued>(
	oldestPriority: T | undefined,
	oldestNormal: T | undefined,
	priorityRun: number,
	policy: OrderingPolicy
): T | null {
	if (!oldestPriority) return oldestNormal ?? null;
	if (
		oldestNormal &&
		priorityRun >= policy.fairnessCap &&
		byQueueOrder(oldestNormal, oldestPriority) < 0
	) {
		return oldestNormal;
	}
	return oldestPriority;
}

/** Who the window calls next (SR-01): the first of `callOrder`, without sorting the whole queue. */
export function chooseNext(
	waiting: readonly Ticket[],
	window: ServiceWindow,
	policy: OrderingPolicy
): Ticket | null {
	const candidates = candidatesFor(waiting, window);
	return pick(
		candidates.find((t) => t.priority !== null),
		candidates.find((t) => t.priority === null),
		window.consecutivePriorityCalls,
		policy
	);
}

/**
 * The window's queue in the order "call next" would call it, if nobody new came: the rule of
 * `chooseNext` applied again and again, the priority run counted on as each ticket is called.
 * The console lists the queue in this order, so its first line is always the next call. `queue`
 * holds the tickets this window may call (any order); the result is a new array.
 */
export function callOrder<T extends Queued>(
	queue: readonly T[],
	priorityRun: number,
	policy: OrderingPolicy
): T[] {
	const sorted = [...queue].sort(byQueueOrder);
	const priority = sorted.filter((t) => t.priority !== null);
	const normal = sorted.filter((t) => t.priority === null);
	const order: T[] = [];
	let run = priorityRun;
	let p = 0;
	let n = 0;
	for (;;) {
		const next = pick(priority[p], normal[n], run, policy);
		if (!next) return order;
		order.push(next);
		if (next.priority !== null) {
			p++;
			run++;
		} else {
			n++;
			run = 0;
		}
	}
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
