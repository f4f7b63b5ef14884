/**
 * What each socket event does, one function per event of ClientToServerEvents. attach.ts runs
 * them through its one wrapper, which authorizes the event (auth/guard.ts EVENT_RULES), parses
 * the payload with the event's schema and answers through the acknowledgement; a handler here
 * receives a request that has passed both and only narrows to scope, joins rooms and answers.
 */
import type { z } from 'zod';
import type { Lang } from '$lib/shared/dto';
import {
	holdWindowRequest,
	joinLocationRequest,
	joinTicketRequest,
	joinWindowRequest,
	reprintRequest,
	windowActionRequest
} from '$lib/shared/schemas';
import type { ClientToServerEvents } from '$lib/shared/socket-events';
import {
	declineSummonsRequest,
	joinSummonsRequest,
	sendSummonsRequest,
	summonsRequest
} from '$lib/shared/summons';
import { helpAcknowledge, helpRequest } from '$lib/shared/help';
import type { App } from '../app';
import type { Principal } from '../auth/guard';
import { requireLocation, requireWindow } from '../auth/scope';
import { DomainError } from '../queue';
import { rooms } from './broadcast';

export type EventName = keyof ClientToServerEvents;
/** What a client sends with an event. */
export type EventRequest<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
/** What the event's acknowledgement carries as `data`. */
export type EventAnswer<E extends EventName> = Parameters<
	Parameters<ClientToServerEvents[E]>[1]
>[0] extends infer R
	? R extends { data: infer T }
		? T
		: never
	: never;

/** What a handler may know and do besides its request: the socket's sender and rooms. */
export interface EventContext {
	readonly app: App;
	/** Who sent the event (looked up again when their session had passed its expiry). */
	readonly principal: Principal;
	readonly lang: Lang;
	/** The page's origin, for links printed from a socket request (when no public URL is set). */
	readonly origin: string;
	/** Puts this socket in a room (broadcast.ts `rooms`), so it receives what is sent there. */
	join(room: string): void;
}

export interface EventHandler<E extends EventName> {
	/** The payload arrives as untrusted JSON; nothing runs until it parses. */
	schema: z.ZodType<EventRequest<E>>;
	run(request: EventRequest<E>, context: EventContext): EventAnswer<E> | Promise<EventAnswer<E>>;
}

/** One handler for every event of the map: an event without one does not type-check. */
export type EventHandlers = { [E in EventName]: EventHandler<E> };

/** Refuses a location the sender may not follow (devices: another than their own) or none. */
function requireKnownLocation(locationId: number, { app, principal }: EventContext): void {
	requireLocation(principal, locationId);
	if (!app.views.location(locationId)) throw new DomainError('not_found', { what: 'location' });
}

/** A board, kiosk or phone follows a location's public state. */
function joinBoard({ locationId }: EventRequest<'board:join'>, context: EventContext) {
	requireKnownLocation(locationId, context);
	context.join(rooms.board(locationId));
	return context.app.views.boardSnapshot(locationId);
}

/** A clerk console follows its window. */
function joinWindow({ windowId }: EventRequest<'window:join'>, context: EventContext) {
	const { app, principal } = context;
	requireWindow(app, principal, windowId);
	const snapshot = app.views.consoleSnapshot(windowId);
	if (!snapshot) throw new DomainError('not_found', { what: 'window' });
	context.join(rooms.window(windowId));
	return snapshot;
}

/** The survey tablet at a window waits for the end of each visit there. */
function joinSurvey({ windowId }: EventRequest<'survey:join'>, context: EventContext) {
	const { app, principal } = context;
	const window = app.views.windowById(windowId);
	const location = window && app.views.location(window.locationId);
	if (!window || !location) throw new DomainError('not_found', { what: 'window' });
	requireLocation(principal, location.id);
	context.join(rooms.survey(windowId));
	return { windowId, label: window.label, locationName: location.name };
}

/** A clerk acts at a window: the same command as the HTTP API's. */
function actAtWindow(request: EventRequest<'window:action'>, { app, principal }: EventContext) {
	requireWindow(app, principal, request.windowId);
	return app.desk.act(request, principal);
}

/** A clerk's console holds its window, or takes it over from another clerk once confirmed. */
function holdWindow(request: EventRequest<'window:hold'>, { app, principal }: EventContext) {
	requireWindow(app, principal, request.windowId);
	return app.desk.hold(request, principal);
}

/** A clerk reprints a ticket on the printer of the kiosk that issued it (who holds the window). */
function reprint(request: EventRequest<'window:reprint'>, context: EventContext) {
	const { app, principal, lang, origin } = context;
	requireWindow(app, principal, request.windowId);
	app.holds.require(request.windowId, principal);
	return app.printing.reprint(request, { lang, origin });
}

/** A visitor's phone follows one ticket by the code in its QR link. */
function joinTicket({ code }: EventRequest<'ticket:join'>, context: EventContext) {
	const ticket = context.app.views.publicTicket(code);
	if (!ticket) throw new DomainError('not_found', { what: 'ticket' });
	context.join(rooms.ticket(code));
	return ticket;
}

/** A clerk console follows the printers of its location (alerts). */
function joinPrinters({ locationId }: EventRequest<'printer:join'>, context: EventContext) {
	requireKnownLocation(locationId, context);
	context.join(rooms.printers(locationId));
	return context.app.printing.statuses(locationId);
}

/** A clerk summons a colleague to a window they may operate (desk/summons.ts: and hold). */
function sendSummons(request: EventRequest<'summons:send'>, { app, principal }: EventContext) {
	requireWindow(app, principal, request.windowId);
	return app.summons.send(principal, request);
}

/** A kiosk's "Potrzebuję pomocy": it then hears when a clerk answers. */
function askForHelp(request: EventRequest<'help:request'>, context: EventContext) {
	const { kiosk, state } = context.app.help.press(context.principal, request);
	context.join(rooms.helpKiosk(request.locationId, kiosk));
	return state;
}

/** A console follows its alerts: kiosks' calls for help if its window is a help desk, idling. */
function joinAlerts({ windowId }: EventRequest<'alerts:join'>, context: EventContext) {
	const { app, principal, lang } = context;
	requireWindow(app, principal, windowId);
	const window = app.office.window(windowId);
	if (!window) throw new DomainError('not_found', { what: 'window' });
	const helpDesk = app.help.isHelpDesk(windowId);
	if (helpDesk) context.join(rooms.help(window.locationId));
	context.join(rooms.idle(windowId));
	return {
		helpDesk,
		help: helpDesk ? app.help.open(window.locationId) : [],
		idle: app.idle.alertOf(windowId, lang)
	};
}

/** "Idę": a clerk at a help desk answers a kiosk's call. */
function acknowledgeHelp(request: EventRequest<'help:acknowledge'>, context: EventContext) {
	const { app, principal } = context;
	requireWindow(app, principal, request.windowId);
	return app.help.acknowledge(principal, request.windowId, request.requestId);
}

export const EVENT_HANDLERS: EventHandlers = {
	'board:join': { schema: joinLocationRequest, run: joinBoard },
	'window:join': { schema: joinWindowRequest, run: joinWindow },
	'survey:join': { schema: joinWindowRequest, run: joinSurvey },
	'window:action': { schema: windowActionRequest, run: actAtWindow },
	'window:hold': { schema: holdWindowRequest, run: holdWindow },
	'window:reprint': { schema: reprintRequest, run: reprint },
	'ticket:join': { schema: joinTicketRequest, run: joinTicket },
	'printer:join': { schema: joinLocationRequest, run: joinPrinters },
	// The staff room (attach.ts) already carries a person's summons: joining answers what is open.
	'summons:join': {
		schema: joinSummonsRequest,
		run: (_, { app, principal }) => app.summons.board(principal)
	},
	'summons:send': { schema: sendSummonsRequest, run: sendSummons },
	'summons:accept': {
		schema: summonsRequest,
		run: (r, { app, principal }) => app.summons.accept(principal, r.summonsId)
	},
	'summons:decline': {
		schema: declineSummonsRequest,
		run: (r, { app, principal }) => app.summons.decline(principal, r.summonsId, r.reason)
	},
	'summons:arrived': {
		schema: summonsRequest,
		run: (r, { app, principal }) => app.summons.arrive(principal, r.summonsId)
	},
	'summons:cancel': {
		schema: summonsRequest,
		run: (r, { app, principal }) => app.summons.cancel(principal, r.summonsId)
	},
	'help:request': { schema: helpRequest, run: askForHelp },
	'alerts:join': { schema: joinWindowRequest, run: joinAlerts },
	'help:acknowledge': { schema: helpAcknowledge, run: acknowledgeHelp }
};
