/**
 * A rule of the office was broken by a request: the request is refused and nothing changes.
 * `code` is stable (API clients and tests match on it); the words come from the i18n layer.
 */
export const DOMAIN_ERROR_CODES = [
	'not_found', // an unknown location, service, window or ticket
	'invalid_input', // well-formed but meaningless (e.g. transfer to the same service)
	'invalid_state', // a ticket is not in the state the action needs
	'stale', // the console acted on a ticket that is no longer the window's current one
	'window_paused',
	'window_closed',
	'window_busy', // the window still has a client called or in service
	'window_held', // another clerk holds the window (holding.ts): only they act there
	'no_current_ticket',
	'nothing_waiting',
	'priority_not_allowed',
	'office_closed', // closed day, before opening, after the ticket cut-off, or closed mode
	'service_unavailable', // limited-service mode and this matter is not offered
	'not_served_here', // the ticket is not one this window may call, take back or restore
	'undo_expired', // the time to take back a no-show or cancellation has passed
	'not_today', // a ticket of another day cannot come back to today's queue
	'no_window', // no window serving the matter is open or paused: the ticket would lead nowhere
	'booking_refused', // an appointment slot that cannot be booked (slots.ts BookingRefusal: reason)
	'check_in_refused', // a booking that cannot be checked in now (shared/check-in.ts: reason)
	'summons_closed' // a summons already accepted, answered or ended (queue/summons.ts)
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
	readonly code: DomainErrorCode;
	readonly params: Record<string, string | number>;

	constructor(code: DomainErrorCode, params: Record<string, string | number> = {}) {
		super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
		this.name = 'DomainError';
		this.code = code;
		this.params = params;
	}
}
