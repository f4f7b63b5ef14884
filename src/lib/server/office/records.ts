/**
 * The set-up's records as the rest of the server reads them, and how each is made from its
 * table's row. Only this module (office/) reads those tables; everyone else gets these records.
 */
import type { FloorDto, Localized } from '$lib/shared/dto';
import type { DepartmentKind } from '$lib/shared/vocabulary';
import type {
	CalendarException,
	Department,
	LocationMode,
	OpeningHours,
	OrderingPolicy,
	Service,
	ServiceWindow,
	WindowStatus
} from '../queue';
import { polishHoliday } from './holidays';

export interface LocationRecord {
	id: number;
	slug: string;
	name: string;
	address: string;
	hours: OpeningHours;
	policy: OrderingPolicy;
	/**
	 * A missed or cancelled ticket restored within this many minutes of its end gets its place
	 * back; later it queues from the end (queue/lifecycle.ts restoreTicket).
	 */
	restoreGraceMinutes: number;
	contact: { phone: string; email: string; eServicesUrl: string };
	floors: FloorDto[];
	/** The board's settings (migration 016). */
	board: BoardSettings;
}

export interface BoardSettings {
	/** How long a call stays under "Zapraszamy" (default 5 minutes). */
	callHighlightMs: number;
	/** Whether the board lists the windows on a break (never the reason). */
	showsPaused: boolean;
}

export interface DepartmentRecord extends Department {
	kind: DepartmentKind;
	name: Localized;
	note: Localized | null;
	sort: number;
}

export interface ServiceRecord extends Service {
	code: string | null;
	name: Localized;
	idRequired: boolean;
	onlineUrl: string | null;
	featured: boolean;
	sort: number;
	active: boolean;
}

/** A matter's service-level target (migration 006): "80 % called within 15 minutes". */
export interface WaitTarget {
	serviceId: number;
	minutes: number;
	share: number;
}

export interface LocationRow {
	id: number;
	slug: string;
	name: string;
	address: string;
	time_zone: string;
	week_json: string;
	cutoff_minutes: number;
	hours_enforced: number;
	mode: LocationMode;
	fairness_cap: number;
	restore_grace_minutes: number;
	contact_phone: string;
	contact_email: string;
	eservices_url: string;
	board_call_seconds: number;
	board_shows_paused: number;
}

export interface FloorRow {
	floor: number;
	colour_pl: string;
	colour_en: string;
	hex: string;
}

/** A location's own day (migration 021): a closure day or an extra working day. */
export interface CalendarDayRow {
	id: number;
	day: string;
	open: number;
	opens: string | null;
	closes: string | null;
	note: string;
}

function exceptionOf(r: CalendarDayRow): CalendarException {
	return r.open === 1
		? { open: true, hours: { opens: r.opens ?? '', closes: r.closes ?? '' }, note: r.note }
		: { open: false, note: r.note };
}

export function toLocation(
	r: LocationRow,
	floors: FloorRow[],
	days: CalendarDayRow[]
): LocationRecord {
	return {
		id: r.id,
		slug: r.slug,
		name: r.name,
		address: r.address,
		hours: {
			timeZone: r.time_zone,
			week: JSON.parse(r.week_json),
			cutoffMinutes: r.cutoff_minutes,
			mode: r.mode,
			enforced: r.hours_enforced === 1,
			calendar: {
				holiday: polishHoliday,
				exceptions: new Map(days.map((d) => [d.day, exceptionOf(d)]))
			}
		},
		policy: { fairnessCap: r.fairness_cap },
		restoreGraceMinutes: r.restore_grace_minutes,
		contact: { phone: r.contact_phone, email: r.contact_email, eServicesUrl: r.eservices_url },
		floors: floors.map((f) => ({
			floor: f.floor,
			colour: { pl: f.colour_pl, en: f.colour_en },
			hex: f.hex
		})),
		board: {
			callHighlightMs: r.board_call_seconds * 1000,
			showsPaused: r.board_shows_paused === 1
		}
	};
}

export interface DepartmentRow {
	id: number;
	location_id: number;
	kind: DepartmentKind;
	name_pl: string;
	name_en: string;
	note_pl: string | null;
	note_en: string | null;
	prefix: string;
	sort: number;
}

export function toDepartment(r: DepartmentRow): DepartmentRecord {
	return {
		id: r.id,
		locationId: r.location_id,
		kind: r.kind,
		name: { pl: r.name_pl, en: r.name_en },
		note: r.note_pl ? { pl: r.note_pl, en: r.note_en ?? r.note_pl } : null,
		prefix: r.prefix,
		sort: r.sort
	};
}

export interface ServiceRow {
	id: number;
	department_id: number;
	code: string | null;
	name_pl: string;
	name_en: string;
	prefix: string | null;
	priority_allowed: number;
	id_required: number;
	online_url: string | null;
	featured: number;
	late_acceptance_json: string;
	available_when_limited: number;
	default_service_minutes: number;
	sort: number;
	active: number;
}

export function toService(r: ServiceRow): ServiceRecord {
	return {
		id: r.id,
		departmentId: r.department_id,
		code: r.code,
		name: { pl: r.name_pl, en: r.name_en },
		prefix: r.prefix,
		priorityAllowed: r.priority_allowed === 1,
		idRequired: r.id_required === 1,
		onlineUrl: r.online_url,
		featured: r.featured === 1,
		lateAcceptance: JSON.parse(r.late_acceptance_json),
		availableWhenLimited: r.available_when_limited === 1,
		defaultServiceMinutes: r.default_service_minutes,
		sort: r.sort,
		active: r.active === 1
	};
}

export interface WindowRow {
	id: number;
	location_id: number;
	label: string;
	room: string;
	status: WindowStatus;
	pause_reason: string | null;
	consecutive_priority_calls: number;
	consulting_since: number | null;
}

export function toWindow(r: WindowRow, serviceIds: number[]): ServiceWindow {
	return {
		id: r.id,
		locationId: r.location_id,
		label: r.label,
		room: r.room,
		status: r.status,
		pauseReason: r.pause_reason,
		consultingSince: r.consulting_since,
		consecutivePriorityCalls: r.consecutive_priority_calls,
		serviceIds
	};
}
