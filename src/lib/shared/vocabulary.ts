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
	'cancelled',
	// Not served: the office closed (its hours, or a manager closed the day) while it waited.
	'closed'
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

/** The kinds of unit an office is divided into, as the office's statute names them. */
export const DEPARTMENT_KINDS = ['wydzial', 'referat', 'biuro', 'kancelaria'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A window calls clients while open; paused (with a reason) or closed, it does not. */
export const WINDOW_STATUSES = ['open', 'paused', 'closed'] as const;
export type WindowStatus = (typeof WINDOW_STATUSES)[number];

/** A location's mode: every matter, only the matters offered in limited service, or none. */
export const LOCATION_MODES = ['normal', 'limited', 'closed'] as const;
export type LocationMode = (typeof LOCATION_MODES)[number];

/**
 * How many of the next tickets, in call order, a console's snapshot lists; the counts say how
 * many wait in all. A clerk reads the next few (the console shows eight and "and N more"), not
 * the thousands a large office may have waiting, and every change at the location sends the
 * list again to every console.
 */
export const CONSOLE_QUEUE_LIMIT = 50;

/** A pause's reason, in characters: the board and the other consoles show it on one line. */
export const PAUSE_REASON_MAX = 200;
/** A transfer's note for the receiving clerk (SR-05), in characters: it fits their console. */
export const TRANSFER_NOTE_MAX = 500;

/**
 * A kiosk's id: `?kiosk=…` on the kiosk page, a paired kiosk's printer key, a key of
 * OKIENKO_KIOSKS. It names the printer the kiosk's tickets come out of.
 */
export const KIOSK_ID_MAX = 40;
export const KIOSK_ID = new RegExp(`^[A-Za-z0-9_-]{1,${KIOSK_ID_MAX}}$`);

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
	'resume',
	'call_ticket',
	'undo',
	'restore',
	// SR-08: "Sprawdzam / konsultuję" while a client is at the window, and its end.
	'consult',
	'consult_end'
] as const;
export type WindowAction = (typeof WINDOW_ACTIONS)[number];

/*
 * Text limits of the accounts' forms, in characters as a person counts them (code points). Pages
 * may show them as hints; the server's form schemas (server/forms/schemas.ts) enforce them.
 */
/** A staff member's login: 3 to this many letters, digits, ".", "-" or "_". */
export const LOGIN_MAX = 40;
/** A first or last name, as on the badge. */
export const PERSON_NAME_MAX = 80;
/** A position (stanowisko), as on the badge. */
export const POSITION_MAX = 120;
/** A login as typed on the sign-in page: only compared, never stored, so it may run long. */
export const SIGN_IN_LOGIN_MAX = 100;
/** A kiosk's or board's name, as the device list shows it. */
export const DEVICE_NAME_MAX = 80;
/** A pairing or setup code as typed: 11 characters (ABCDE-23456), with room for spaces. */
export const PAIRING_CODE_MAX = 20;
