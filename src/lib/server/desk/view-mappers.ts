/**
 * How the office's records become what screens show (DTOs): pure functions of a location's
 * set-up and a ticket, shared by every view (views.ts). Names travel in both languages.
 */
import type {
	BoardCallDto,
	BoardPausedWindowDto,
	ConsoleTicketDto,
	LocationDto,
	PlaceDto,
	WindowDto,
	WindowHolderDto,
	WindowPlaceDto
} from '$lib/shared/dto';
import type { LocationRecord, ServiceRecord } from '../office/records';
import { floorOfRoom, type ServiceWindow, type Ticket } from '../queue';

/** A location's matters and departments by id, for naming tickets. */
export type Names = {
	services: Map<number, ServiceRecord>;
	departments: Map<number, { pl: string; en: string }>;
};

/** The names of a location's matters and departments, from its cached set-up. */
/** A location the read models were asked about: it exists, or the caller has a bug. */
export function locationOf(
	office: { location(id: number): LocationRecord | null },
	id: number
): LocationRecord {
	const l = office.location(id);
	if (!l) throw new Error(`location ${id} does not exist`);
	return l;
}

export function namesOf(
	office: {
		services(id: number): ServiceRecord[];
		departments(id: number): { id: number; name: { pl: string; en: string } }[];
	},
	locationId: number
): Names {
	return {
		services: new Map(office.services(locationId).map((s) => [s.id, s] as const)),
		departments: new Map(office.departments(locationId).map((d) => [d.id, d.name] as const))
	};
}

export function toLocationDto(l: LocationRecord): LocationDto {
	return {
		id: l.id,
		slug: l.slug,
		name: l.name,
		address: l.address,
		mode: l.hours.mode,
		contact: l.contact,
		week: Object.fromEntries(Object.entries(l.hours.week)),
		cutoffMinutes: l.hours.cutoffMinutes,
		hoursEnforced: l.hours.enforced,
		timeZone: l.hours.timeZone,
		floors: l.floors
	};
}

export function place(location: LocationRecord, room: string): PlaceDto {
	const floor = floorOfRoom(room);
	const f = location.floors.find((x) => x.floor === floor);
	return {
		room,
		floor,
		colour: f?.colour ?? { pl: '', en: '' },
		hex: f?.hex ?? '#555555'
	};
}

export function windowPlace(location: LocationRecord, w: ServiceWindow): WindowPlaceDto {
	return { ...place(location, w.room), windowId: w.id, label: w.label };
}

/** A window on a break as the board shows it: where it is, never the reason (SR-28). */
export function pausedWindow(location: LocationRecord, w: ServiceWindow): BoardPausedWindowDto {
	const p = place(location, w.room);
	return { windowLabel: w.label, room: p.room, floor: p.floor, colour: p.colour, hex: p.hex };
}

/** `announcedAt`: the last call or recall, when known (else the call itself). */
export function boardCall(
	location: LocationRecord,
	t: Ticket,
	w: ServiceWindow | undefined,
	announcedAt?: number
): BoardCallDto | null {
	if (!w || t.calledAt === null) return null;
	const p = place(location, w.room);
	return {
		ticketNumber: t.number,
		windowLabel: w.label,
		room: p.room,
		floor: p.floor,
		colour: p.colour,
		hex: p.hex,
		calledAt: t.calledAt,
		recall: t.recalls > 0,
		announcement: t.recalls,
		announcedAt: announcedAt ?? t.calledAt
	};
}

export function consoleTicket(t: Ticket, names: Names): ConsoleTicketDto {
	return {
		id: t.id,
		number: t.number,
		serviceId: t.serviceId,
		service: names.services.get(t.serviceId)?.name ?? { pl: '', en: '' },
		departmentId: t.departmentId,
		department: names.departments.get(t.departmentId) ?? { pl: '', en: '' },
		priority: t.priority,
		state: t.state,
		issuedAt: t.issuedAt,
		calledAt: t.calledAt,
		startedAt: t.startedAt,
		finishedAt: t.finishedAt,
		windowId: t.windowId,
		recalls: t.recalls,
		transfers: t.transfers,
		transferNote: t.transferNote,
		appointmentAt: t.appointmentAt ?? null
	};
}

/** What a console adds to a window: who holds it, and the usual time of its client's matter. */
export interface WindowAtDesk {
	holder: WindowHolderDto | null;
	usualServiceMs: number | null;
}

export function windowDto(
	location: LocationRecord,
	w: ServiceWindow,
	current: Ticket | null,
	names: Names,
	desk: WindowAtDesk = { holder: null, usualServiceMs: null }
): WindowDto {
	const p = place(location, w.room);
	return {
		id: w.id,
		locationId: w.locationId,
		label: w.label,
		room: w.room,
		floor: p.floor,
		colour: p.colour,
		hex: p.hex,
		status: w.status,
		pauseReason: w.pauseReason,
		consultingSince: w.consultingSince,
		serviceIds: w.serviceIds,
		priorityRun: w.consecutivePriorityCalls,
		current: current ? consoleTicket(current, names) : null,
		holder: desk.holder,
		usualServiceMs: current ? desk.usualServiceMs : null
	};
}
