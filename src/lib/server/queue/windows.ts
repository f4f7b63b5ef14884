import { PAUSE_REASON_MAX } from '../../shared/vocabulary';
import { DomainError } from './errors';
import type { QueueEvent, QueueEventType } from './events';
import type { Change } from './lifecycle';
import type { ServiceWindow, Ticket, WindowStatus } from './types';

/**
 * A window's status: open (it calls clients), paused with a reason (a break, back-office work) or
 * closed. The clerk pauses and resumes at the console; an administrator may also close a window
 * or set any status on its form. Each change is one event in the log, whoever made it.
 */

/**
 * An event about a window. `visit`: the client at the window it concerns, if any (consulting
 * belongs to a visit, so the log shows which client waited while the clerk checked).
 */
export function windowEvent(
	type: QueueEventType,
	window: ServiceWindow,
	now: number,
	data: QueueEvent['data'] = {},
	visit: Ticket | null = null
): QueueEvent {
	return {
		type,
		at: now,
		locationId: window.locationId,
		ticketId: visit?.id ?? null,
		windowId: window.id,
		serviceId: visit?.serviceId ?? null,
		departmentId: visit?.departmentId ?? null,
		priority: visit?.priority ?? null,
		data
	};
}

/**
 * Pause the window (a break, back-office work) with a reason. A client already at the window is
 * still served; the pause only stops new calls.
 */
export function pauseWindow(window: ServiceWindow, reason: string, now: number): Change {
	if (window.status === 'paused') throw new DomainError('window_paused', { window: window.label });
	if (window.status === 'closed') throw new DomainError('window_closed', { window: window.label });
	return paused(window, reason, now);
}

function paused(window: ServiceWindow, reason: string, now: number): Change {
	const trimmed = reason.trim();
	if (!trimmed || trimmed.length > PAUSE_REASON_MAX) {
		throw new DomainError('invalid_input', { field: 'reason', max: PAUSE_REASON_MAX });
	}
	const after: ServiceWindow = { ...window, status: 'paused', pauseReason: trimmed };
	return {
		tickets: [],
		windows: [after],
		events: [windowEvent('window_paused', after, now, { reason: trimmed })]
	};
}

/** Open the window again, after a pause or at the start of the day. */
export function resumeWindow(window: ServiceWindow, now: number): Change {
	if (window.status === 'open') throw new DomainError('invalid_input', { field: 'status' });
	const open: ServiceWindow = { ...window, status: 'open', pauseReason: null };
	return { tickets: [], windows: [open], events: [windowEvent('window_resumed', open, now)] };
}

/** Close the window (no clerk at it), but never while a client is called to it or served there. */
export function closeWindow(window: ServiceWindow, current: Ticket | null, now: number): Change {
	if (window.status === 'closed') throw new DomainError('window_closed', { window: window.label });
	if (current) throw new DomainError('window_busy', { number: current.number });
	const closed: ServiceWindow = { ...window, status: 'closed', pauseReason: null };
	return { tickets: [], windows: [closed], events: [windowEvent('window_closed', closed, now)] };
}

/**
 * An administrator sets the window's status on its form: opening, pausing and closing follow the
 * rules above. The form may also give a paused window a new reason, or pause a closed one: the
 * pause then starts with that reason. The status and reason it already has change nothing.
 */
export function setWindowStatus(
	window: ServiceWindow,
	current: Ticket | null,
	status: WindowStatus,
	reason: string | null,
	now: number
): Change {
	if (status === window.status && (status !== 'paused' || reason === window.pauseReason)) {
		return { tickets: [], windows: [], events: [] };
	}
	switch (status) {
		case 'open':
			return resumeWindow(window, now);
		case 'closed':
			return closeWindow(window, current, now);
		case 'paused':
			return window.status === 'open'
				? pauseWindow(window, reason ?? '', now)
				: paused(window, reason ?? '', now);
	}
}
