/**
 * What the server sends to pages and API clients. Plain JSON, no server imports, so both sides
 * share one definition. Names shown to people come in both languages; the page picks one.
 */
import type { PrintOutcomeDto, TicketLinkDto } from './printing';
import type {
	DepartmentKind,
	LocationMode,
	PriorityGroup,
	TicketState,
	WindowStatus
} from './vocabulary';

export type Lang = 'pl' | 'en';
export type Localized = Record<Lang, string>;

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
	/** Can a ticket be issued right now? If not, why (an IssueRefusal code). */
	available: boolean;
	refusal: string | null;
	waiting: number;
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
	estimatedMinutes: number | null;
	/** After the visit: the token of its survey (/survey/{token}), else null. */
	surveyToken: string | null;
	/** Ended because the office closed: when it opens next (null if unknown). */
	nextOpening?: NextOpeningDto | null;
}

/** When the office opens next: the local day and time, and the instant. */
export interface NextOpeningDto {
	day: string;
	opens: string;
	at: number;
}

export interface IssuedTicketDto {
	ticket: PublicTicketDto;
	/** The rooms that serve the matter, for "where to go" on the kiosk and the paper ticket. */
	places: PlaceDto[];
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
}

export interface BoardSnapshotDto {
	location: { id: number; name: string; mode: LocationMode; contact: LocationDto['contact'] };
	/** The windows' current calls (called or in service), newest first. */
	current: BoardCallDto[];
	/** Recent calls that are over or replaced, newest first. */
	history: BoardCallDto[];
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
	windowId: number | null;
	recalls: number;
	transfers: number;
	transferNote: string | null;
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
	serviceIds: number[];
	current: ConsoleTicketDto | null;
}

/**
 * The staff view of a location. A console's snapshot (window:join, window:snapshot) has the same
 * shape narrowed to its window: `windows` holds that window and the others serving exactly the
 * same matters (one snapshot serves all their consoles), `waiting` only those matters.
 */
export interface StaffSnapshotDto {
	location: { id: number; slug: string; name: string; mode: LocationMode };
	windows: WindowDto[];
	/** Waiting tickets in queue order. */
	waiting: ConsoleTicketDto[];
	departments: { id: number; name: Localized; prefix: string }[];
	services: { id: number; departmentId: number; name: Localized }[];
	at: number;
}

export interface WindowActionResultDto {
	window: WindowDto;
	/** The ticket the action concerned (the called one, the finished one, …), if any. */
	ticket: ConsoleTicketDto | null;
}

export interface ApiErrorDto {
	code: string;
	message: string;
	/** For schema violations: which fields, and what is wrong with each. */
	issues?: { path: string; message: string }[];
}

/** Every JSON answer is one of these two shapes; socket acknowledgements too. */
export type ApiResult<T> = { data: T } | { error: ApiErrorDto };

/** A clerk reprinted a ticket on the printer of the kiosk that issued it. */
export interface ReprintResultDto {
	ticket: ConsoleTicketDto;
	kiosk: string;
	print: PrintOutcomeDto;
}
