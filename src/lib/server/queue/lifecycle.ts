import { DomainError } from './errors';
import { ticketEvent, type QueueEvent } from './events';
import { chooseNext, priorityRunAfter } from './ordering';
import type { OrderingPolicy, ServiceWindow, Ticket, TicketState } from './types';
import { TRANSFER_NOTE_MAX } from '../../shared/vocabulary';

/**
 * The life of a ticket: waiting → called → serving → done | no_show, with recall (announce again),
 * return to the queue, cancel and transfer. Each rule takes the current facts and the time and
 * returns what changes; it never mutates its arguments. The service layer persists the result.
 */
export interface Change {
	tickets: Ticket[];
	windows: ServiceWindow[];
	events: QueueEvent[];
}

function requireState(ticket: Ticket, ...allowed: TicketState[]): void {
	if (!allowed.includes(ticket.state)) {
		throw new DomainError('invalid_state', { number: ticket.number, state: ticket.state });
	}
}

/** The ticket queuing again, at no window, as if never called (its issue time decides its place). */
function waitingAgain(ticket: Ticket): Ticket {
	return { ...ticket, state: 'waiting', windowId: null, calledAt: null, startedAt: null };
}

/** The ticket the window is working on now (called or in service), if any. */
export function currentTicketOf(window: ServiceWindow, tickets: readonly Ticket[]): Ticket | null {
	return (
		tickets.find(
			(t) => t.windowId === window.id && (t.state === 'called' || t.state === 'serving')
		) ?? null
	);
}

/** The window calls its next client. Refused while paused or closed, or while it has a client. */
export function callNext(
	window: ServiceWindow,
	current: Ticket | null,
	waiting: readonly Ticket[],
	policy: OrderingPolicy,
	now: number
): Change {
	requireReadyToCall(window, current);
	const next = chooseNext(waiting, window, policy, now);
	if (!next) throw new DomainError('nothing_waiting', { window: window.label });
	return callTo(window, next, now);
}

/** A window calls only while open and with no client at it. */
function requireReadyToCall(window: ServiceWindow, current: Ticket | null): void {
	if (window.status === 'paused') throw new DomainError('window_paused', { window: window.label });
	if (window.status === 'closed') throw new DomainError('window_closed', { window: window.label });
	if (current) throw new DomainError('window_busy', { number: current.number });
}

/** `ticket` is called to the window, which counts it in its run of priority calls. */
function callTo(
	window: ServiceWindow,
	ticket: Ticket,
	now: number,
	data: QueueEvent['data'] = {}
): Change {
	const called: Ticket = { ...ticket, state: 'called', calledAt: now, windowId: window.id };
	return {
		tickets: [called],
		windows: [{ ...window, consecutivePriorityCalls: priorityRunAfter(window, ticket) }],
		events: [
			ticketEvent('ticket_called', called, now, { waitedMs: now - ticket.issuedAt, ...data })
		]
	};
}

/**
 * The window calls a ticket the clerk chose from its queue: a visitor at the window with an
 * urgent reason, or an appointment that has arrived. The same conditions as "call next" apply,
 * and the ticket must be one this window may call. It counts in the window's priority run like
 * any call; the event says whether it jumped the order (the statistics count those).
 */
export function callChosen(
	window: ServiceWindow,
	current: Ticket | null,
	chosen: Ticket,
	waiting: readonly Ticket[],
	policy: OrderingPolicy,
	now: number
): Change {
	requireReadyToCall(window, current);
	requireState(chosen, 'waiting');
	if (chosen.locationId !== window.locationId || !window.serviceIds.includes(chosen.serviceId)) {
		throw new DomainError('not_served_here', { number: chosen.number, window: window.label });
	}
	const outOfOrder = chooseNext(waiting, window, policy, now)?.id !== chosen.id;
	return callTo(window, chosen, now, { chosen: 1, outOfOrder: outOfOrder ? 1 : 0 });
}

/** Announce the called ticket again (the visitor did not come up yet). */
export function recall(ticket: Ticket, now: number): Change {
	requireState(ticket, 'called');
	const recalled: Ticket = { ...ticket, recalls: ticket.recalls + 1 };
	return {
		tickets: [recalled],
		windows: [],
		events: [ticketEvent('ticket_recalled', recalled, now, { recalls: recalled.recalls })]
	};
}

/** The visitor reached the window: service starts. */
export function startService(ticket: Ticket, now: number): Change {
	requireState(ticket, 'called');
	const serving: Ticket = { ...ticket, state: 'serving', startedAt: now };
	return {
		tickets: [serving],
		windows: [],
		events: [ticketEvent('service_started', serving, now)]
	};
}

/**
 * The clerk closes the visit. SR-30: only the clerk ends it, never a timeout. A visitor who was
 * called is served even if the clerk skipped "start": the start is then taken as the call.
 */
export function finishService(ticket: Ticket, now: number): Change {
	requireState(ticket, 'called', 'serving');
	const done: Ticket = {
		...ticket,
		state: 'done',
		startedAt: ticket.startedAt ?? now,
		finishedAt: now
	};
	return {
		tickets: [done],
		windows: [],
		events: [ticketEvent('service_finished', done, now)]
	};
}

/** The called visitor did not come. */
export function markNoShow(ticket: Ticket, now: number): Change {
	requireState(ticket, 'called');
	const gone: Ticket = { ...ticket, state: 'no_show', finishedAt: now };
	return { tickets: [gone], windows: [], events: [ticketEvent('ticket_no_show', gone, now)] };
}

/** Back to the queue at the original place (e.g. the visitor must fetch a document first). */
export function returnToQueue(ticket: Ticket, now: number): Change {
	requireState(ticket, 'called', 'serving');
	const from = ticket.windowId;
	const back = waitingAgain(ticket);
	return {
		tickets: [back],
		windows: [],
		// The event names the window that acted, though the ticket has left it.
		events: [{ ...ticketEvent('ticket_returned', back, now), windowId: from }]
	};
}

/** Withdraw a ticket that has not been served (the visitor left, or it was issued by mistake). */
export function cancelTicket(ticket: Ticket, now: number): Change {
	requireState(ticket, 'waiting', 'called');
	const cancelled: Ticket = { ...ticket, state: 'cancelled', finishedAt: now };
	return {
		tickets: [cancelled],
		windows: [],
		events: [ticketEvent('ticket_cancelled', cancelled, now)]
	};
}

/**
 * SR-05: send the client to another matter or department with a note for the receiving clerk.
 * The client keeps the ticket and the place: the issue time is unchanged, so the ticket waits
 * in the new queue as if it had been issued there originally.
 */
export function transfer(
	ticket: Ticket,
	target: { serviceId: number; departmentId: number; locationId: number },
	note: string,
	now: number
): Change {
	requireState(ticket, 'called', 'serving');
	const trimmed = note.trim();
	if (!trimmed || trimmed.length > TRANSFER_NOTE_MAX) {
		throw new DomainError('invalid_input', { field: 'note', max: TRANSFER_NOTE_MAX });
	}
	if (target.serviceId === ticket.serviceId) {
		throw new DomainError('invalid_input', { field: 'serviceId' });
	}
	if (target.locationId !== ticket.locationId) {
		throw new DomainError('invalid_input', { field: 'serviceId' });
	}
	const moved: Ticket = {
		...waitingAgain(ticket),
		serviceId: target.serviceId,
		departmentId: target.departmentId,
		transfers: ticket.transfers + 1,
		transferNote: trimmed
	};
	return {
		tickets: [moved],
		windows: [],
		events: [
			{
				...ticketEvent('ticket_transferred', moved, now, {
					fromServiceId: ticket.serviceId,
					fromDepartmentId: ticket.departmentId
				}),
				// The window that transferred the client, though the ticket has left it.
				windowId: ticket.windowId
			}
		]
	};
}

/**
 * How long after a no-show or a cancellation the clerk who did it may take it back ("Cofnij"):
 * the console offers it for a few seconds; the server allows a little more for a slow network.
 */
export const UNDO_MS = 60_000;

/**
 * Take back a no-show or a cancellation made by mistake at this window: the ticket is called at
 * the window again, as it was, and its end is not counted in the statistics.
 */
export function undoEnd(
	window: ServiceWindow,
	current: Ticket | null,
	ticket: Ticket,
	now: number
): Change {
	requireState(ticket, 'no_show', 'cancelled');
	if (ticket.windowId !== window.id || ticket.finishedAt === null) {
		throw new DomainError('not_served_here', { number: ticket.number, window: window.label });
	}
	if (now - ticket.finishedAt > UNDO_MS) {
		throw new DomainError('undo_expired', { number: ticket.number });
	}
	if (current) throw new DomainError('window_busy', { number: current.number });
	const again: Ticket = {
		...ticket,
		state: ticket.startedAt !== null ? 'serving' : 'called',
		finishedAt: null
	};
	return {
		tickets: [again],
		windows: [],
		events: [ticketEvent('ticket_reinstated', again, now, { from: ticket.state })]
	};
}

/**
 * A visitor whose ticket of today was missed (no-show) or cancelled comes back. Within the grace
 * time after it ended, the ticket returns to its original place (its issue time is kept, as in a
 * transfer); later, at the end of the queue (it queues from now). Either way it waits again and
 * any window serving its matter calls it in the usual order.
 */
export function restoreTicket(
	ticket: Ticket,
	window: ServiceWindow,
	today: string,
	graceMs: number,
	now: number
): Change {
	requireState(ticket, 'no_show', 'cancelled');
	if (ticket.locationId !== window.locationId || !window.serviceIds.includes(ticket.serviceId)) {
		throw new DomainError('not_served_here', { number: ticket.number, window: window.label });
	}
	if (ticket.day !== today) throw new DomainError('not_today', { number: ticket.number });
	const late = now - (ticket.finishedAt ?? now) > graceMs;
	const back: Ticket = {
		...waitingAgain(ticket),
		issuedAt: late ? now : ticket.issuedAt,
		finishedAt: null
	};
	return {
		tickets: [back],
		windows: [],
		events: [
			{
				// A return to the queue, as the statistics count it (the wait starts again now).
				...ticketEvent('ticket_returned', back, now, {
					restoredFrom: ticket.state,
					late: late ? 1 : 0,
					originalIssuedAt: ticket.issuedAt
				}),
				windowId: window.id
			}
		]
	};
}
