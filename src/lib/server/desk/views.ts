import type {
	BoardCallDto,
	BoardSnapshotDto,
	ConsoleTicketDto,
	KioskMenuDto,
	KioskServiceDto,
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
	calendarDay,
	canIssueTicket,
	ESTIMATE_SAMPLE,
	estimateWait,
	floorOfRoom,
	hasServingWindow,
	localTime,
	servingWindows,
	usualServiceMs,
	nextOpening,
	type OpeningHours,
	type ServiceWindow,
	type Ticket,
	type WaitEstimate,
	type WindowHold
} from '../queue';
import { BoardView } from './board-view';
import { forWindow } from './console-groups';
import {
	consoleTicket,
	place,
	toLocationDto,
	windowDto,
	windowPlace,
	type Names,
	type WindowAtDesk
} from './view-mappers';
import { holderDto } from './window-holds';

/** How many of today's missed and cancelled tickets the consoles of a location list. */
export const MISSED_SHOWN = 50;

const nextOpeningDto = (n: ReturnType<typeof nextOpening>) =>
	n && { day: n.day, opens: n.opens, at: n.at };

/**
 * Read models: what each screen needs, built from the repositories. Nothing here changes state.
 * Names travel in both languages; the page chooses.
 */
export class QueueViews {
	/** The board's read model (board-view.ts). */
	private readonly board: BoardView;

	constructor(
		private readonly office: OfficeRepository,
		private readonly tickets: TicketRepository,
		private readonly clock: () => number,
		/** The survey token of a finished visit (survey/tokens.ts). */
		private readonly surveyTokenFor: (ticketCode: string) => string,
		/** The live holds of windows (desk/window-holds.ts), by window; none without it (tests). */
		private readonly holds: () => Map<number, WindowHold> = () => new Map(),
		/** When the office day was last closed at a location (desk/day-close.ts), if it was. */
		dayClosedAt: (locationId: number, day: string) => number | null = () => null
	) {
		this.board = new BoardView(office, tickets, clock, dayClosedAt);
	}

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
			closedToday: this.closedToday(location.hours, now),
			departments: this.office.departments(locationId).map((d) => ({
				id: d.id,
				kind: d.kind,
				name: d.name,
				note: d.note,
				prefix: d.prefix,
				services: services
					.filter((s) => s.departmentId === d.id)
					.map((s): KioskServiceDto => {
						const decision = canIssueTicket(location.hours, s, now);
						const serving = servingWindows(windows, s.id, waiting);
						const refusal = !decision.ok
							? decision.reason
							: hasServingWindow(serving)
								? null
								: 'no_window';
						return {
							id: s.id,
							name: s.name,
							priorityAllowed: s.priorityAllowed,
							idRequired: s.idRequired,
							onlineUrl: s.onlineUrl,
							featured: s.featured,
							available: refusal === null,
							refusal,
							waiting: waiting.get(s.id) ?? 0,
							// A new ticket without priority queues behind everyone waiting.
							estimate:
								refusal === null ? this.estimate(s.id, waiting.get(s.id) ?? 0, serving) : null,
							places: this.placesFor(location, windows, s.id)
						};
					})
			}))
		};
	}

	/** The kiosk's word on a day the calendar closes (holiday or closure day), or null. */
	private closedToday(hours: OpeningHours, now: number): KioskMenuDto['closedToday'] {
		if (!hours.enforced || hours.mode === 'closed') return null;
		const today = calendarDay(hours, localTime(now, hours.timeZone).day);
		if (today.closed !== 'holiday' && today.closed !== 'closure') return null;
		return {
			holiday: today.closed === 'holiday' ? today.note : null,
			note: today.closed === 'closure' ? today.note : null,
			nextOpening: nextOpeningDto(nextOpening(hours, now))
		};
	}

	/** Rooms that serve one matter of a location: what the kiosk shows and the ticket prints. */
	placesOf(locationId: number, serviceId: number): PlaceDto[] {
		const location = this.office.location(locationId);
		return location ? this.placesFor(location, this.office.windows(locationId), serviceId) : [];
	}

	/**
	 * Rooms whose windows serve a matter now, one entry per room, the nearest first: the lowest
	 * floor (the ground floor is by the entrance and the kiosk; a room's first digit is its floor,
	 * digest §1.4), then the lower room number. Open windows only; while all of them are on a
	 * break, the rooms of the paused ones (the ticket is called there once the break ends).
	 */
	private placesFor(
		location: LocationRecord,
		windows: ServiceWindow[],
		serviceId: number
	): PlaceDto[] {
		const serving = windows.filter((w) => w.serviceIds.includes(serviceId));
		const open = serving.filter((w) => w.status === 'open');
		const chosen = open.length > 0 ? open : serving.filter((w) => w.status === 'paused');
		const rooms = [...new Set(chosen.map((w) => w.room))].sort(
			(a, b) => floorOfRoom(a) - floorOfRoom(b) || a.localeCompare(b)
		);
		return rooms.map((room) => place(location, room));
	}

	/** The expected wait with `ahead` in front, from the matter's recent visits (queue/estimate.ts). */
	private estimate(
		serviceId: number,
		ahead: number,
		serving: { open: number; paused: number }
	): WaitEstimate {
		return estimateWait({
			ahead,
			recentServiceMs: this.tickets.recentServiceDurations(serviceId, ESTIMATE_SAMPLE),
			openWindows: serving.open,
			pausedWindows: serving.paused
		});
	}

	boardSnapshot(locationId: number): BoardSnapshotDto {
		return this.board.snapshot(locationId);
	}

	/** The board's view of one call as it is announced now, or null if it is not at a window. */
	boardCall(ticket: Ticket): BoardCallDto | null {
		return this.board.call(ticket);
	}

	staffSnapshot(locationId: number): StaffSnapshotDto {
		const location = this.requireLocation(locationId);
		const names = this.names(locationId);
		const current = this.tickets.current(locationId);
		const holds = this.holds();
		return {
			location: {
				id: location.id,
				slug: location.slug,
				name: location.name,
				mode: location.hours.mode,
				fairnessCap: location.policy.fairnessCap,
				restoreGraceMinutes: location.restoreGraceMinutes
			},
			windows: this.office.windows(locationId).map((w) => {
				const ticket = current.find((t) => t.windowId === w.id) ?? null;
				return windowDto(location, w, ticket, names, this.atDesk(w.id, ticket, holds));
			}),
			waiting: this.tickets.waiting(locationId).map((t) => consoleTicket(t, names)),
			missed: this.tickets
				.endedToday(locationId, localTime(this.clock(), location.hours.timeZone).day, MISSED_SHOWN)
				.map((t) => consoleTicket(t, names)),
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
		return this.windowDto(w, this.tickets.currentOfWindow(w.id));
	}

	windowDto(w: ServiceWindow, current: Ticket | null): WindowDto {
		const location = this.requireLocation(w.locationId);
		const desk = this.atDesk(w.id, current, this.holds());
		return windowDto(location, w, current, this.names(w.locationId), desk);
	}

	/**
	 * Who holds a window, and how long its client's matter usually takes: the median of its recent
	 * visits, read from an index for the windows that have a client only.
	 */
	private atDesk(windowId: number, current: Ticket | null, holds: Map<number, WindowHold>) {
		const hold = holds.get(windowId);
		const desk: WindowAtDesk = { holder: hold ? holderDto(hold) : null, usualServiceMs: null };
		if (current) {
			const service = this.office.service(current.serviceId);
			desk.usualServiceMs = usualServiceMs(
				this.tickets.recentServiceDurations(current.serviceId, ESTIMATE_SAMPLE),
				service?.defaultServiceMinutes ?? 5
			);
		}
		return desk;
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
		let estimate: WaitEstimate | null = null;
		let places: PlaceDto[] = [];
		if (t.state === 'waiting') {
			ahead = this.tickets.countAhead(t);
			// The other matters' queues at shared windows (servingWindows), the ticket itself not
			// counted twice.
			const waiting = new Map(this.tickets.waitingCounts(t.locationId));
			waiting.set(t.serviceId, Math.max(0, (waiting.get(t.serviceId) ?? 1) - 1));
			estimate = this.estimate(t.serviceId, ahead, servingWindows(windows, t.serviceId, waiting));
			places = this.placesFor(location, windows, t.serviceId);
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
			estimate,
			places,
			surveyToken: t.state === 'done' ? this.surveyTokenFor(t.code) : null,
			nextOpening:
				t.state === 'closed' ? nextOpeningDto(nextOpening(location.hours, this.clock())) : null,
			consulting:
				(t.state === 'called' || t.state === 'serving') &&
				(window?.consultingSince ?? null) !== null
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
