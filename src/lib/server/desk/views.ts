import type {
	BoardCallDto,
	BoardSnapshotDto,
	ConsoleTicketDto,
	KioskMenuDto,
	LocationDto,
	PlaceDto,
	PublicTicketDto,
	StaffSnapshotDto,
	WindowDto
} from '$lib/shared/dto';
import type { LocationRecord } from '../office/records';
import type { OfficeRepository } from '../office/repository';
import type { TicketRepository } from '../db/repositories/tickets';
import {
	canIssueTicket,
	ESTIMATE_SAMPLE,
	estimateWaitMinutes,
	localTime,
	nextOpening,
	type ServiceWindow,
	type Ticket
} from '../queue';
import { forWindow } from './console-groups';
import {
	boardCall,
	consoleTicket,
	place,
	toLocationDto,
	windowDto,
	windowPlace,
	type Names
} from './view-mappers';

const nextOpeningDto = (n: ReturnType<typeof nextOpening>) =>
	n && { day: n.day, opens: n.opens, at: n.at };

/** How many past calls the board lists under the current ones. */
export const BOARD_HISTORY = 8;

/**
 * Read models: what each screen needs, built from the repositories. Nothing here changes state.
 * Names travel in both languages; the page chooses.
 */
export class QueueViews {
	constructor(
		private readonly office: OfficeRepository,
		private readonly tickets: TicketRepository,
		private readonly clock: () => number,
		/** The survey token of a finished visit (survey/tokens.ts). */
		private readonly surveyTokenFor: (ticketCode: string) => string,
		/** When the office day was last closed at a location (desk/day-close.ts), if it was. */
		private readonly dayClosedAt: (locationId: number, day: string) => number | null = () => null
	) {}

	locations(): LocationDto[] {
		return this.office.locations().map(toLocationDto);
	}

	locationBySlug(slug: string): LocationDto | null {
		const l = this.office.locationBySlug(slug);
		return l ? toLocationDto(l) : null;
	}

	location(id: number): LocationRecord | null {
		return this.office.location(id);
	}

	windowsOf(locationId: number): ServiceWindow[] {
		return this.office.windows(locationId);
	}

	kioskMenu(locationId: number): KioskMenuDto {
		const location = this.requireLocation(locationId);
		const now = this.clock();
		const windows = this.office.windows(locationId);
		// Counted by SQLite from an index, not by reading every waiting ticket, so the cost does
		// not grow with the queue.
		const waiting = this.tickets.waitingCounts(locationId);
		const services = this.office.services(locationId).filter((s) => s.active);
		return {
			location: toLocationDto(location),
			departments: this.office.departments(locationId).map((d) => ({
				id: d.id,
				kind: d.kind,
				name: d.name,
				note: d.note,
				prefix: d.prefix,
				services: services
					.filter((s) => s.departmentId === d.id)
					.map((s) => {
						const decision = canIssueTicket(location.hours, s, now);
						return {
							id: s.id,
							name: s.name,
							priorityAllowed: s.priorityAllowed,
							idRequired: s.idRequired,
							onlineUrl: s.onlineUrl,
							featured: s.featured,
							available: decision.ok,
							refusal: decision.ok ? null : decision.reason,
							waiting: waiting.get(s.id) ?? 0,
							places: this.placesFor(location, windows, s.id)
						};
					})
			}))
		};
	}

	/** Rooms that serve one matter of a location: what the kiosk shows and the ticket prints. */
	placesOf(locationId: number, serviceId: number): PlaceDto[] {
		const location = this.office.location(locationId);
		return location ? this.placesFor(location, this.office.windows(locationId), serviceId) : [];
	}

	/** Rooms that serve a matter, open windows first, one entry per room. */
	placesFor(location: LocationRecord, windows: ServiceWindow[], serviceId: number): PlaceDto[] {
		const serving = windows
			.filter((w) => w.serviceIds.includes(serviceId) && w.status !== 'closed')
			.sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open'));
		const rooms = new Map<string, PlaceDto>();
		for (const w of serving) if (!rooms.has(w.room)) rooms.set(w.room, place(location, w.room));
		return [...rooms.values()];
	}

	boardSnapshot(locationId: number): BoardSnapshotDto {
		const location = this.requireLocation(locationId);
		const windows = new Map(this.office.windows(locationId).map((w) => [w.id, w]));
		const day = localTime(this.clock(), location.hours.timeZone).day;
		const recent = this.tickets.recentCalled(locationId, day, BOARD_HISTORY + windows.size);
		// After the day is closed the board lists no call made before (a new call shows again);
		// the next morning, no call of yesterday (a clerk may still be finishing one, SR-30).
		const closedAt = this.dayClosedAt(locationId, day) ?? -1;
		const toCall = (t: Ticket) => boardCall(location, t, windows.get(t.windowId ?? -1));
		const isCurrent = (t: Ticket) => t.state === 'called' || t.state === 'serving';
		// Counted per matter by SQLite, then per department (a ticket's department is its matter's).
		const perService = this.tickets.waitingCounts(locationId);
		const waiting = new Map<number, number>();
		for (const s of this.office.services(locationId)) {
			waiting.set(s.departmentId, (waiting.get(s.departmentId) ?? 0) + (perService.get(s.id) ?? 0));
		}
		return {
			location: {
				id: location.id,
				name: location.name,
				mode: location.hours.mode,
				contact: location.contact
			},
			current: this.tickets
				.current(locationId)
				.filter((t) => t.day === day)
				.sort((a, b) => (b.calledAt ?? 0) - (a.calledAt ?? 0))
				.flatMap((t) => toCall(t) ?? []),
			history: recent
				.filter((t) => !isCurrent(t) && (t.calledAt ?? 0) > closedAt)
				.slice(0, BOARD_HISTORY)
				.flatMap((t) => toCall(t) ?? []),
			waiting: this.office.departments(locationId).map((d) => ({
				departmentId: d.id,
				name: d.name,
				prefix: d.prefix,
				count: waiting.get(d.id) ?? 0
			})),
			at: this.clock()
		};
	}

	/** The board's view of one call, or null if the ticket is not at a window. */
	boardCall(ticket: Ticket): BoardCallDto | null {
		const location = this.requireLocation(ticket.locationId);
		return boardCall(location, ticket, this.office.window(ticket.windowId ?? -1) ?? undefined);
	}

	staffSnapshot(locationId: number): StaffSnapshotDto {
		const location = this.requireLocation(locationId);
		const names = this.names(locationId);
		const current = this.tickets.current(locationId);
		return {
			location: {
				id: location.id,
				slug: location.slug,
				name: location.name,
				mode: location.hours.mode
			},
			windows: this.office
				.windows(locationId)
				.map((w) =>
					windowDto(location, w, current.find((t) => t.windowId === w.id) ?? null, names)
				),
			waiting: this.tickets.waiting(locationId).map((t) => consoleTicket(t, names)),
			departments: this.office
				.departments(locationId)
				.map((d) => ({ id: d.id, name: d.name, prefix: d.prefix })),
			services: this.office
				.services(locationId)
				.filter((s) => s.active)
				.map((s) => ({ id: s.id, departmentId: s.departmentId, name: s.name })),
			at: this.clock()
		};
	}

	/** A console's snapshot: the staff view narrowed to one window, or null if it does not exist. */
	consoleSnapshot(windowId: number): StaffSnapshotDto | null {
		const w = this.office.window(windowId);
		return w ? forWindow(this.staffSnapshot(w.locationId), windowId) : null;
	}

	windowById(windowId: number): WindowDto | null {
		const w = this.office.window(windowId);
		if (!w) return null;
		const location = this.requireLocation(w.locationId);
		return windowDto(location, w, this.tickets.currentOfWindow(w.id), this.names(w.locationId));
	}

	windowDto(w: ServiceWindow, current: Ticket | null): WindowDto {
		const location = this.requireLocation(w.locationId);
		return windowDto(location, w, current, this.names(w.locationId));
	}

	consoleTicket(t: Ticket): ConsoleTicketDto {
		return consoleTicket(t, this.names(t.locationId));
	}

	/** A ticket as its holder sees it, with the people ahead and the expected wait. */
	publicTicket(code: string): PublicTicketDto | null {
		const t = this.tickets.byCode(code);
		return t ? this.publicTicketOf(t) : null;
	}

	/** A ticket its holder follows (/t/{code}), with its location; null if the code is unknown. */
	followedTicket(code: string): { locationId: number; ticket: PublicTicketDto } | null {
		const t = this.tickets.byCode(code);
		return t ? { locationId: t.locationId, ticket: this.publicTicketOf(t) } : null;
	}

	publicTicketOf(t: Ticket): PublicTicketDto {
		const location = this.requireLocation(t.locationId);
		// One matter and one department by id, not the location's whole lists: this runs for
		// every issued ticket.
		const service = this.office.service(t.serviceId);
		const department = this.office.department(t.departmentId);
		const windows = this.office.windows(t.locationId);
		const window = windows.find((w) => w.id === t.windowId);
		let ahead = 0;
		let estimatedMinutes: number | null = null;
		if (t.state === 'waiting') {
			ahead = this.tickets.countAhead(t);
			estimatedMinutes = estimateWaitMinutes({
				ahead,
				recentServiceMs: this.tickets.recentServiceDurations(t.serviceId, ESTIMATE_SAMPLE),
				defaultServiceMinutes: service?.defaultServiceMinutes ?? 5,
				openWindows: windows.filter(
					(w) => w.status === 'open' && w.serviceIds.includes(t.serviceId)
				).length
			});
		}
		return {
			code: t.code,
			number: t.number,
			service: service?.name ?? { pl: '', en: '' },
			department: department?.name ?? { pl: '', en: '' },
			priority: t.priority,
			state: t.state,
			issuedAt: t.issuedAt,
			calledAt: t.calledAt,
			window: window ? windowPlace(location, window) : null,
			ahead,
			estimatedMinutes,
			surveyToken: t.state === 'done' ? this.surveyTokenFor(t.code) : null,
			nextOpening:
				t.state === 'closed' ? nextOpeningDto(nextOpening(location.hours, this.clock())) : null
		};
	}

	private names(locationId: number): Names {
		return {
			services: new Map(this.office.services(locationId).map((s) => [s.id, s] as const)),
			departments: new Map(this.office.departments(locationId).map((d) => [d.id, d.name] as const))
		};
	}

	private requireLocation(id: number): LocationRecord {
		const l = this.office.location(id);
		if (!l) throw new Error(`location ${id} does not exist`);
		return l;
	}
}
