/**
 * The office's own vocabulary, as plain data. The domain (this folder) is pure: no I/O, no clock
 * of its own, nothing from SvelteKit, socket.io or SQLite. Times are epoch milliseconds passed in.
 */

import type {
	LocationMode,
	PriorityGroup,
	TicketState,
	WindowStatus
} from '../../shared/vocabulary';

export {
	PRIORITY_GROUPS,
	TICKET_STATES,
	WINDOW_STATUSES,
	LOCATION_MODES,
	type PriorityGroup,
	type TicketState,
	type WindowStatus,
	type LocationMode
} from '../../shared/vocabulary';

/** A ticket in the queue. The client keeps the same ticket (and number) across transfers. */
export interface Ticket {
	id: number;
	/** Unguessable public code for the visitor's live ticket page (/t/{code}). */
	code: string;
	/** Displayed number: prefix + daily sequence, e.g. "A001". */
	number: string;
	/** Office day (YYYY-MM-DD in the location's time zone) the number belongs to. */
	day: string;
	locationId: number;
	departmentId: number;
	serviceId: number;
	priority: PriorityGroup | null;
	state: TicketState;
	/** Issue time. Ordering uses it, and a transfer keeps it (SR-05: the client keeps their place). */
	issuedAt: number;
	calledAt: number | null;
	startedAt: number | null;
	finishedAt: number | null;
	/** Window that called (or is serving) the ticket; null while waiting. */
	windowId: number | null;
	recalls: number;
	transfers: number;
	/** Note from the transferring clerk to the receiving one (SR-05). */
	transferNote: string | null;
	/**
	 * Issue 14: a checked-in appointment's slot start; its ticket is called before the walk-ins
	 * once the slot has come (ordering.ts). Null or absent for a walk-in ticket.
	 */
	appointmentAt?: number | null;
}

/** A service window (stanowisko). */
export interface ServiceWindow {
	id: number;
	locationId: number;
	/** Short label shown on the board, e.g. "3". */
	label: string;
	/** Three-digit room number; its first digit is the floor (digest §1.4). */
	room: string;
	status: WindowStatus;
	pauseReason: string | null;
	/**
	 * SR-08: since when the clerk has been checking something for the client at the window
	 * ("Sprawdzam / konsultuję"), or null. Only while a client is at the window (consulting.ts).
	 */
	consultingSince: number | null;
	serviceIds: number[];
	/** Priority tickets called in a row at this window, for the fairness cap. */
	consecutivePriorityCalls: number;
}

/** A matter (sprawa) a visitor can take a ticket for. */
export interface Service {
	id: number;
	departmentId: number;
	/** Ticket number prefix; null means the department's prefix. */
	prefix: string | null;
	priorityAllowed: boolean;
	/** Per weekday (1 = Monday … 7 = Sunday), a later "HH:MM" until which this service takes tickets. */
	lateAcceptance: Partial<Record<Weekday, string>>;
	/** Offered while the location is in limited-service mode. */
	availableWhenLimited: boolean;
	/** Service time assumed before any visit has been measured, in minutes. */
	defaultServiceMinutes: number;
}

export interface Department {
	id: number;
	locationId: number;
	prefix: string;
}

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Opening time and closing time of one day, "HH:MM" in the location's time zone. */
export interface DayHours {
	opens: string;
	closes: string;
}

export interface OpeningHours {
	timeZone: string;
	/** Days missing from the map are closed days. */
	week: Partial<Record<Weekday, DayHours>>;
	/** Minutes before closing after which no new ticket is issued. */
	cutoffMinutes: number;
	mode: LocationMode;
	/** When false (the demo office), hours are shown but not enforced; the mode still is. */
	enforced: boolean;
	/**
	 * Public holidays and the location's own closure and extra working days (calendar.ts). Absent:
	 * every week is the same (tests of the weekly rules, a location not yet loaded with its days).
	 */
	calendar?: OfficeCalendar;
}

/** A day that is not as the week says: closed (a day given back) or open (an extra working day). */
export type CalendarException =
	{ open: false; note: string } | { open: true; hours: DayHours; note: string };

export interface OfficeCalendar {
	/** The public holiday's name on a day (YYYY-MM-DD), or null: a holiday closes the office. */
	holiday: (day: string) => string | null;
	/** The location's own days, by YYYY-MM-DD; they win over the week and over a holiday. */
	exceptions: ReadonlyMap<string, CalendarException>;
}

/** Ordering policy knobs, configurable per location. */
export interface OrderingPolicy {
	/** After this many priority calls in a row at a window, an older normal ticket goes first. */
	fairnessCap: number;
}

export const DEFAULT_POLICY: OrderingPolicy = { fairnessCap: 3 };
