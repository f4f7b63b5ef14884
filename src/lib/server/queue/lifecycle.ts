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
	if (window.status === 'paused') throw new DomainError('window_paused', { window: window.label });
	if (window.status === 'closed') throw new DomainError('window_closed', { window: window.label });
	if (current) throw new DomainError('window_busy', { number: current.number });
	const next = chooseNext(waiting, window, policy);
	if (!next) throw new DomainError('nothing_waiting', { window: window.label });
	const called: Ticket = { ...next, state: 'called', calledAt: now, windowId: window.id };
	const updatedWindow: ServiceWindow = {
		...window,
		consecutivePriorityCalls: priorityRunAfter(window, next)
	};
	return {
		tickets: [called],
		windows: [updatedWindow],
		events: [ticketEvent('ticket_called', called, now, { waitedMs: now - next.issuedAt })]
	};
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
	const back: Ticket = {
		...ticket,
		state: 'waiting',
		windowId: null,
		calledAt: null,
		startedAt: null
	};
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
		...ticket,
		state: 'waiting',
		serviceId: target.serviceId,
		departmentId: target.departmentId,
		windowId: null,
		calledAt: null,
		startedAt: null,
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
