/**
 * The closed vocabularies of the office, shared by the domain, the server and the pages.
 * Pure constants, so a page can import them without pulling server code into its bundle.
 */

/** SR-01: the four groups served out of turn, exactly as the ordinance lists them. */
export const PRIORITY_GROUPS = [
	'pregnant', // Kobiety ciężarne
	'small_children', // osoby z małymi dziećmi
	'elderly', // osoby w podeszłym wieku
	'limited_mobility' // osoby o ograniczonej sprawności ruchowej
] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const TICKET_STATES = [
	'waiting',
	'called',
	'serving',
	'done',
	'no_show',
	'cancelled'
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const WINDOW_STATUSES = ['open', 'paused', 'closed'] as const;
export type WindowStatus = (typeof WINDOW_STATUSES)[number];

export const SERVICE_MODES = ['normal', 'limited', 'closed'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** What a clerk can do at a window; the HTTP API and the socket event share these names. */
export const WINDOW_ACTIONS = [
	'call',
	'recall',
	'start',
	'finish',
	'no_show',
	'return',
	'cancel',
	'transfer',
	'pause',
	'resume'
] as const;
export type WindowAction = (typeof WINDOW_ACTIONS)[number];
