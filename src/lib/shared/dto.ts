/**
 * What the server sends to pages and API clients. Plain JSON, no server imports, so both sides
 * share one definition. Names shown to people come in both languages; the page picks one. Long
 * because it is the list of the wire's types, with a line on each field's meaning.
 */
import type { PrintOutcomeDto, TicketLinkDto } from './printing';
import type {
	DepartmentKind,
	LocationMode,
	PriorityGroup,
	TicketState,
	WindowStatus
} from './vocabulary';

/** A visitor's language. Staff screens are in the first two only (STAFF_LANGS, $lib/i18n/lang). */
export type Lang = 'pl' | 'en' | 'uk';
/**
 * A name the office keeps in Polish and English. Ukrainian is optional: where the office has
 * not given one, a Ukrainian screen shows the Polish name (the one on the paper ticket and at the
 * window), see `localized` in $lib/i18n/lang.
 */
export type Localized = { pl: string; en: string; uk?: string };

export interface FloorDto {
	floor: number;
	colour: Localized; // the floor colour's name, e.g. { pl: 'zielony', en: 'green' }
	hex: string; // '#1b7f3b'
}

export interface LocationDto {
	id: number;
	slug: string;
	name: string;
	address: string;
	mode: LocationMode;
	/** Where to turn when direct service is closed or limited (SR-33). */
	contact: { phone: string; email: string; eServicesUrl: string };
	/** Days 1 (Monday) … 7; a missing day is closed. "HH:MM". */
	week: Partial<Record<string, { opens: string; closes: string }>>;
	cutoffMinutes: number;
	hoursEnforced: boolean;
	timeZone: string;
	floors: FloorDto[];
}

/**
 * The expected wait (queue/estimate.ts): a range of whole minutes, or unknown and why:
 * `no_history` (too few recent visits to go by), `windows_paused` (every window serving the
 * matter is on a break).
 */
export type WaitEstimateDto =
	| { known: true; from: number; to: number }
	| { known: false; reason: 'no_history' | 'windows_paused' };

/** Where a visitor goes: the rooms of the windows that serve the matter. */
export interface PlaceDto {
	room: string;
	floor: number;
	colour: Localized;
	hex: string;
}

export interface KioskServiceDto {
	id: number;
	name: Localized;
	priorityAllowed: boolean;
	idRequired: boolean;
	onlineUrl: string | null;
	/** Offered on the kiosk's first screen too (general information, complaints). */
	featured: boolean;
	/**
	 * Can a ticket be issued right now? If not, why: an IssueRefusal code, or `no_window` when
	 * no window serving the matter is open or paused.
	 */
	available: boolean;
	refusal: string | null;
	waiting: number;
	/** The wait a ticket taken now would have; null when none can be taken. */
	estimate: WaitEstimateDto | null;
	/** The rooms whose windows serve the matter now, the nearest first. */
	places: PlaceDto[];
}

export interface KioskDepartmentDto {
	id: number;
	kind: DepartmentKind;
	name: Localized;
	/** A note shown with the department (e.g. the Civic Affairs Office takes clients directly). */
	note: Localized | null;
	prefix: string;
	services: KioskServiceDto[];
}

export interface KioskMenuDto {
	location: LocationDto;
	departments: KioskDepartmentDto[];
	/**
	 * Set when the office's calendar closes today (a public holiday, or the location's own day
	 * off) and its hours are enforced: what the day is, and when the office opens next.
	 */
	closedToday: {
		holiday: string | null;
		note: string | null;
		nextOpening: NextOpeningDto | null;
	} | null;
}

export interface WindowPlaceDto extends PlaceDto {
	windowId: number;
	label: string;
}

/** A ticket as its holder may see it: nothing personal, no notes. */
export interface PublicTicketDto {
	code: string;
	number: string;
	service: Localized;
	department: Localized;
	priority: PriorityGroup | null;
	state: TicketState;
	issuedAt: number;
	calledAt: number | null;
	/** Where to go once called. */
	window: WindowPlaceDto | null;
	ahead: number;
	/** While waiting: the expected wait; null in any other state. */
	estimate: WaitEstimateDto | null;
	/** While waiting: the rooms whose windows serve the matter now, the nearest first. */
	places: PlaceDto[];
	/** After the visit: the token of its survey (/survey/{token}), else null. */
	surveyToken: string | null;
	/** Ended because the office closed: when it opens next (null if unknown). */
	nextOpening?: NextOpeningDto | null;
	/** SR-08: at the window, and the clerk is checking its matter (never what, never who). */
	consulting?: boolean;
	/** Issue 14: a checked-in appointment's slot start ("wizyta umówiona na 10:20"), else null. */
	appointmentAt?: number | null;
}

/** When the office opens next: the local day and time, and the instant. */
export interface NextOpeningDto {
	day: string;
	opens: string;
	at: number;
}

export interface IssuedTicketDto {
	/** A new ticket waits, so its `places` are the rooms whose windows serve the matter now. */
	ticket: PublicTicketDto;
	/** How the printer fared; the ticket exists whatever it says. */
	print: PrintOutcomeDto;
	/** The live ticket page, for the QR code on screen when the paper did not come out. */
	link: TicketLinkDto;
}

/** One call as the waiting-room board shows it: number and place, never a name (SR-28). */
export interface BoardCallDto {
	ticketNumber: string;
	windowLabel: string;
	room: string;
	floor: number;
	colour: Localized;
	hex: string;
	calledAt: number;
	/** Announced again (recall) rather than first called. */
	recall: boolean;
	/** Bumped on every announcement, so a page can tell a new announcement from a repeat. */
	announcement: number;
	/** When it was last announced (called or recalled): "Zapraszamy" counts from here. */
	announcedAt: number;
}

/** A window on a break, as the board may show it: where, and nothing about why (SR-28). */
export interface BoardPausedWindowDto {
	windowLabel: string;
	room: string;
	floor: number;
	colour: Localized;
	hex: string;
}

export interface BoardSnapshotDto {
	location: { id: number; name: string; mode: LocationMode; contact: LocationDto['contact'] };
	/**
	 * Calls still under "Zapraszamy", newest first: called, not yet started, announced less than
	 * `callHighlightMs` ago. The board moves them to `history` itself as they expire (boardAt).
	 */
	current: BoardCallDto[];
	/** Recent calls that are over, started or expired, newest call first. */
	history: BoardCallDto[];
	/** How long a call stays under "Zapraszamy" at this location. */
	callHighlightMs: number;
	/** Windows on a break, if the location shows them (else empty). */
	pausedWindows: BoardPausedWindowDto[];
	/**
	 * SR-08: windows whose clerk is checking a client's matter (busy, not free), under the same
	 * setting as the paused ones (else empty). Where only: never who, never what.
	 */
	consultingWindows: BoardPausedWindowDto[];
	waiting: { departmentId: number; name: Localized; prefix: string; count: number }[];
	at: number;
}

export interface ConsoleTicketDto {
	id: number;
	number: string;
	serviceId: number;
	service: Localized;
	departmentId: number;
	department: Localized;
	priority: PriorityGroup | null;
	state: TicketState;
	issuedAt: number;
	calledAt: number | null;
	startedAt: number | null;
	finishedAt: number | null;
	windowId: number | null;
	recalls: number;
	transfers: number;
	transferNote: string | null;
	/** Issue 14: a checked-in appointment's slot start (the call order puts it first from then). */
	appointmentAt?: number | null;
}

export interface WindowDto {
	id: number;
	locationId: number;
	label: string;
	room: string;
	floor: number;
	colour: Localized;
	hex: string;
	status: WindowStatus;
	pauseReason: string | null;
	/** SR-08: since when the clerk has been checking the client's matter, or null. */
	consultingSince: number | null;
	serviceIds: number[];
	/** Priority tickets called in a row here: the fairness cap's count, on which the order depends. */
	priorityRun: number;
	current: ConsoleTicketDto | null;
	/** The clerk whose console holds the window (only they act there), or null when it is free. */
	holder: WindowHolderDto | null;
	/** How long the current ticket's matter usually takes to serve (ms), or null with no ticket. */
	usualServiceMs: number | null;
}

/** Who holds a window: one clerk per window (README, _One clerk per window_). */
export interface WindowHolderDto {
	staffId: number;
	name: string;
	since: number;
}

/** A window's holder changed (`window:held`, and the answer to taking a window). */
export interface WindowHoldDto {
	windowId: number;
	holder: WindowHolderDto | null;
	/** The clerk the window was taken over from, when it was. */
	takenFrom: WindowHolderDto | null;
}

/**
 * The staff view of a location. A console's snapshot (window:join, window:snapshot) has the same
 * shape narrowed to its window: `windows` holds that window and the others serving exactly the
 * same matters (one snapshot serves all their consoles), `waiting` only those matters.
 */
export interface StaffSnapshotDto {
	location: {
		id: number;
		slug: string;
		name: string;
		mode: LocationMode;
		fairnessCap: number;
		restoreGraceMinutes: number;
	};
	windows: WindowDto[];
	/**
	 * Waiting tickets: for the location in queue order; for a console in the order its window
	 * calls them (queue/ordering.ts callOrder), the next call first.
	 */
	waiting: ConsoleTicketDto[];
	/**
	 * How many wait in all, and how many of them out of turn: a console's `waiting` lists only the
	 * first CONSOLE_QUEUE_LIMIT (shared/vocabulary.ts).
	 */
	waitingCount: number;
	waitingPriorityCount: number;
	/** Today's missed and cancelled tickets, the latest first, which a clerk may restore. */
	missed: ConsoleTicketDto[];
	/** Today's appointments of the matters (SR-09), by slot time; cancelled ones are not listed. */
	appointments: ConsoleAppointmentDto[];
	departments: { id: number; name: Localized; prefix: string }[];
	services: { id: number; departmentId: number; name: Localized }[];
	at: number;
}

/** A booking as the clerk sees it: its own state, then its ticket's once the client checked in. */
export type AppointmentState =
	| 'booked' // not checked in yet
	| 'checked_in' // checked in, waiting to be called
	| 'called'
	| 'in_service'
	| 'served'
	| 'missed' // never checked in (the no-show job), or did not come when called
	| 'ended'; // checked in, then cancelled or not served (the office closed)

/** One of today's appointments on the console (SR-09): no name (a booking has none), no contact. */
export interface ConsoleAppointmentDto {
	id: number;
	serviceId: number;
	/** The slot's start, "HH:MM" in the location's time, and as an instant. */
	start: string;
	slotAt: number;
	/** The booking code's last 3 digits: enough to tell two clients apart, not to check in. */
	codeEnd: string;
	/** The ticket once the client checked in (the console may call it from its queue). */
	ticketId: number | null;
	ticketNumber: string | null;
	interpreter: boolean;
	accessible: boolean;
	state: AppointmentState;
	/** When the client checked in (their ticket's issue). */
	checkedInAt: number | null;
	/** For a checked-in client whose time has passed: the expected wait to tell them (SR-09). */
	estimate: WaitEstimateDto | null;
}

export interface WindowActionResultDto {
	window: WindowDto;
	/** The ticket the action concerned (the called one, the finished one, …), if any. */
	ticket: ConsoleTicketDto | null;
}

export interface ApiErrorDto {
	code: string;
	message: string;
	/** Why a refusal with several causes was refused (booking_refused: `slot_full`, …). */
	reason?: string;
	/**
	 * For schema violations: which fields (`path`), the validator's issue `code` (zod's:
	 * invalid_type, too_big, …) and what is wrong, in the request's language (`message`).
	 */
	issues?: { path: string; code: string; message: string }[];
	/** A refusal's particulars a screen acts on (a refused check-in: `reason`, `opens`, `serviceId`). */
	params?: Record<string, string | number>;
}

/** Every JSON answer is one of these two shapes; socket acknowledgements too. */
export type ApiResult<T> = { data: T } | { error: ApiErrorDto };

/** A clerk reprinted a ticket on the printer of the kiosk that issued it. */
export interface ReprintResultDto {
	ticket: ConsoleTicketDto;
	kiosk: string;
	print: PrintOutcomeDto;
}
