import { DomainError } from './errors';
import type { Change } from './lifecycle';
import type { ServiceWindow, Ticket } from './types';
import { windowEvent } from './windows';

/**
 * SR-08: when the clerk must check something in the IT system or ask another department, they
 * tell the client, and the console marks the window "Sprawdzam / konsultuję". The waiting room
 * may then see that the window is busy with a matter rather than free. It belongs to the client
 * now at the window: it needs one, and it ends with that visit, whichever way the visit ends.
 */

/** The clerk starts checking the matter of the client at the window. */
export function startConsulting(
	window: ServiceWindow,
	current: Ticket | null,
	now: number
): Change {
	if (!current) throw new DomainError('no_current_ticket');
	if (window.consultingSince !== null) {
		throw new DomainError('invalid_input', { field: 'consult.field' });
	}
	const after: ServiceWindow = { ...window, consultingSince: now };
	return {
		tickets: [],
		windows: [after],
		events: [windowEvent('window_consulting', after, now, {}, current)]
	};
}

/** The clerk is done checking and goes on with the client. */
export function endConsulting(window: ServiceWindow, current: Ticket | null, now: number): Change {
	if (window.consultingSince === null) {
		throw new DomainError('invalid_input', { field: 'consult.field' });
	}
	return ended(window, current, now, 'clerk');
}

function ended(
	window: ServiceWindow,
	current: Ticket | null,
	now: number,
	by: 'clerk' | 'visit_ended'
): Change {
	const since = window.consultingSince ?? now;
	const after: ServiceWindow = { ...window, consultingSince: null };
	return {
		tickets: [],
		windows: [after],
		events: [windowEvent('window_consulting_ended', after, now, { by, ms: now - since }, current)]
	};
}

/**
 * After any rule at the window: if it was consulting and its client is no longer at it (finish,
 * no-show, return, transfer, cancel), the consulting ends with the visit. `change` is returned
 * with the window cleared and the end in its events; otherwise as it was.
 */
export function settleConsulting(
	window: ServiceWindow,
	current: Ticket | null,
	change: Change,
	now: number
): Change {
	const latest = change.windows.find((w) => w.id === window.id) ?? window;
	if (latest.consultingSince === null || !current) return change;
	const after = change.tickets.find((t) => t.id === current.id);
	const stillHere =
		!after ||
		(after.windowId === window.id && (after.state === 'called' || after.state === 'serving'));
	if (stillHere) return change;
	const end = ended(latest, current, now, 'visit_ended');
	return {
		tickets: change.tickets,
		windows: [...change.windows.filter((w) => w.id !== window.id), ...end.windows],
		events: [...change.events, ...end.events]
	};
}
