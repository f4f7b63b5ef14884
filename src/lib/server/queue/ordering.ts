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
	/** A checked-in appointment's slot start (issue 14); null or absent for a walk-in. */
	appointmentAt?: number | null;
}

/** An appointment ticket (a checked-in booking) rather than a walk-in. */
export function isAppointment(t: Queued): boolean {
	return t.appointmentAt !== null && t.appointmentAt !== undefined;
}

/** Appointments among themselves: by slot time, then id (check-in order within a slot). */
export function bySlot(a: Queued, b: Queued): number {
	return (a.appointmentAt ?? 0) - (b.appointmentAt ?? 0) || a.id - b.id;
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

/**
 * Who the window calls next: the first of `callOrder`, without sorting the whole queue.
 * Appointments (issue 14) come first once their slot has come (`now` ≥ the slot), earliest slot
 * first: the office promised that time. Walk-ins then follow SR-01 (`pick`). An appointment
 * whose slot has not come waits behind every walk-in, unless nobody else waits: a window with
 * no one else to call need not sit idle until the slot. Every window serving the matter serves
 * its appointments (the schedule's "windows that serve appointments" is not narrowed per window
 * yet), and a due appointment goes before all walk-ins at that window, of any of its matters.
 */
export function chooseNext(
	waiting: readonly Ticket[],
	window: ServiceWindow,
	policy: OrderingPolicy,
	now: number
): Ticket | null {
	const candidates = candidatesFor(waiting, window);
	let firstAppointment: Ticket | undefined;
	for (const t of candidates) {
		if (isAppointment(t) && (!firstAppointment || bySlot(t, firstAppointment) < 0)) {
			firstAppointment = t;
		}
	}
	if (firstAppointment && firstAppointment.appointmentAt! <= now) return firstAppointment;
	const walkIns = firstAppointment ? candidates.filter((t) => !isAppointment(t)) : candidates;
	return (
		pick(
			walkIns.find((t) => t.priority !== null),
			walkIns.find((t) => t.priority === null),
			window.consecutivePriorityCalls,
			policy
		) ??
		firstAppointment ??
		null
	);
}

/**
 * The window's queue in the order "call next" would call it at `now`, if nobody new came: the
 * appointments whose slot has come, then the walk-ins by the rule of `pick` applied again and
 * again (the priority run counted on as each is called), then the appointments still to come.
 * The console lists the queue in this order, so its first line is always the next call. `queue`
 * holds the tickets this window may call (any order); the result is a new array.
 */
export function callOrder<T extends Queued>(
	queue: readonly T[],
	priorityRun: number,
	policy: OrderingPolicy,
	now: number
): T[] {
	const appointments = queue.filter(isAppointment).sort(bySlot);
	const due = appointments.filter((t) => t.appointmentAt! <= now);
	const later = appointments.filter((t) => t.appointmentAt! > now);
	const sorted = queue.filter((t) => !isAppointment(t)).sort(byQueueOrder);
	const priority = sorted.filter((t) => t.priority !== null);
	const normal = sorted.filter((t) => t.priority === null);
	const order: T[] = due;
	let run = priorityRun;
	let p = 0;
	let n = 0;
	for (;;) {
		const next = pick(priority[p], normal[n], run, policy);
		if (!next) return order.concat(later);
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

/**
 * The window's run of priority calls after it calls `ticket`. An appointment neither counts in
 * the run nor ends it: it had its time booked, and the walk-ins' fairness cap is about walk-ins.
 */
export function priorityRunAfter(window: ServiceWindow, ticket: Ticket): number {
	if (isAppointment(ticket)) return window.consecutivePriorityCalls;
	return ticket.priority !== null ? window.consecutivePriorityCalls + 1 : 0;
}

/**
 * People ahead of `ticket` in its service, by the ordering rule without the fairness cap (the
 * cap only ever helps a normal ticket, so this is an upper bound for it): for a priority ticket
 * the older priority tickets, for a normal ticket every priority ticket and the older normal ones
 * (appointment tickets among them, by their issue time: they go first once their slot comes and
 * last before it, so on average about where they were issued). For an appointment ticket, the
 * appointments of its matter with an earlier slot: its slot puts it before the walk-ins.
 */
export function peopleAhead(ticket: Ticket, waiting: readonly Ticket[]): number {
	const appointment = isAppointment(ticket);
	return waiting.filter(
		(other) =>
			other.id !== ticket.id &&
			other.state === 'waiting' &&
			other.locationId === ticket.locationId &&
			other.serviceId === ticket.serviceId &&
			(appointment
				? isAppointment(other) && bySlot(other, ticket) < 0
				: ticket.priority !== null
					? other.priority !== null && byQueueOrder(other, ticket) < 0
					: other.priority !== null || byQueueOrder(other, ticket) < 0)
	).length;
}
