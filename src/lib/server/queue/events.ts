import type { PriorityGroup, Ticket } from './types';

/**
 * What happened, as the append-only event log records it: the source of the statistics. Each
 * event carries the ticket's service and department at that moment (a transfer changes them).
 */
export type QueueEventType =
	| 'ticket_issued'
	| 'ticket_called'
	| 'ticket_recalled'
	| 'service_started'
	| 'service_finished'
	| 'ticket_no_show'
	| 'ticket_returned'
	| 'ticket_cancelled'
	/** A no-show or cancellation taken back by the clerk right after (undo). */
	| 'ticket_reinstated'
	| 'ticket_transferred'
	| 'ticket_closed'
	| 'window_paused'
	| 'window_resumed'
	| 'window_closed'
	/** SR-08: the clerk checks something for the client at the window, and is done checking. */
	| 'window_consulting'
	| 'window_consulting_ended';

export interface QueueEvent {
	type: QueueEventType;
	at: number;
	locationId: number;
	ticketId: number | null;
	windowId: number | null;
	serviceId: number | null;
	departmentId: number | null;
	priority: PriorityGroup | null;
	data: Record<string, string | number | null>;
}

/** An event about a ticket, stamped with where the ticket stands now. */
export function ticketEvent(
	type: QueueEventType,
	ticket: Ticket,
	at: number,
	data: QueueEvent['data'] = {}
): QueueEvent {
	return {
		type,
		at,
		locationId: ticket.locationId,
		ticketId: ticket.id,
		windowId: ticket.windowId,
		serviceId: ticket.serviceId,
		departmentId: ticket.departmentId,
		priority: ticket.priority,
		data
	};
}
