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
	nextOpening,
	type OpeningHours,
	type ServiceWindow,
	type Ticket,
	type WaitEstimate,
	type WindowHold
} from '../queue';
import type { BookingRepository } from '../db/repositories/bookings';
import { AppointmentsView } from './appointments-view';
import { BoardView } from './board-view';
import type { StaffFrame } from './console-groups';
import { StaffView } from './staff-view';
import {
	consoleTicket,
	place,
	toLocationDto,
	windowPlace,
	locationOf,
	namesOf
} from './view-mappers';

const nextOpeningDto = (n: ReturnType<typeof nextOpening>) =>
	n && { day: n.day, opens: n.opens, at: n.at };

/**
 * Read models: what each screen needs, built from the repositories. Nothing here changes state.
 * Names travel in both languages; the page chooses.
 */
export class QueueViews {
	/** The board's read model (board-view.ts). */
	private readonly board: BoardView;
	/** The staff's and the consoles' read model (staff-view.ts). */
	private readonly staff: StaffView;

	constructor(
		private readonly office: OfficeRepository,
		private readonly tickets: TicketRepository,
		private readonly clock: () => number,
		/** The survey token of a finished visit (survey/tokens.ts). */
		private readonly surveyTokenFor: (ticketCode: string) => string,
		/** The live holds of windows (desk/window-holds.ts), by window; none without it (tests). */
		holds: () => Map<number, WindowHold> = () => new Map(),
		/** When the office day was last closed at a location (desk/day-close.ts), if it was. */
		dayClosedAt: (locationId: number, day: string) => number | null = () => null,
		/** The bookings, for the consoles' appointments of the day (SR-09); none without. */
		bookings: BookingRepository | null = null
	) {
		this.board = new BoardView(office, tickets, clock, dayClosedAt);
		const appointments =
			bookings && new AppointmentsView(bookings, tickets, (t) => this.waitingEstimate(t).estimate);
		this.staff = new StaffView(office, tickets, clock, holds, appointments);
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
		const location = locationOf(this.office, locationId);
		const now = this.clock();
		const windows = this.office.windows(locationId);
		// Kept with every change (waiting-counts.ts), not counted from the tickets, so the cost
		// does not grow with the queue.
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

	staffFrame(locationId: number): StaffFrame {
		return this.staff.frame(locationId);
	}

	/** Every waiting ticket of the location (the API's staff view); consoles never get it. */
	staffSnapshot(locationId: number): StaffSnapshotDto {
		return this.staff.snapshot(locationId);
	}

	consoleSnapshot(windowId: number): StaffSnapshotDto | null {
		return this.staff.console(windowId);
	}

	consoleOf(frame: StaffFrame, windowId: number): StaffSnapshotDto | null {
		return this.staff.consoleOf(frame, windowId);
	}

	windowById(windowId: number): WindowDto | null {
		const w = this.office.window(windowId);
		if (!w) return null;
		return this.windowDto(w, this.tickets.currentOfWindow(w.id));
	}

	windowDto(w: ServiceWindow, current: Ticket | null): WindowDto {
		return this.staff.windowDto(w, current);
	}

	consoleTicket(t: Ticket): ConsoleTicketDto {
		return consoleTicket(t, namesOf(this.office, t.locationId));
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

	/**
	 * A waiting ticket's people ahead and expected wait (none for one not waiting): the phone's
	 * and, for a client with an appointment whose time has passed, the clerk's (SR-09).
	 */
	private waitingEstimate(
		t: Ticket,
		windows: ServiceWindow[] = this.office.windows(t.locationId)
	): { ahead: number; estimate: WaitEstimate | null } {
		if (t.state !== 'waiting') return { ahead: 0, estimate: null };
		return this.tickets.readAtOnce(() => {
			const ahead = this.tickets.countAhead(t);
			// The other matters' queues at shared windows (servingWindows), the ticket itself not
			// counted twice.
			const waiting = new Map(this.tickets.waitingCounts(t.locationId));
			waiting.set(t.serviceId, Math.max(0, (waiting.get(t.serviceId) ?? 1) - 1));
			const estimate = this.estimate(
				t.serviceId,
				ahead,
				servingWindows(windows, t.serviceId, waiting)
			);
			return { ahead, estimate };
		});
	}

	/**
	 * Runs `read`, whose views look once for another connection's commit instead of once each
	 * (db/data-version.ts): the views of one group commit's tickets.
	 */
	readAtOnce<T>(read: () => T): T {
		return this.tickets.readAtOnce(read);
	}

	publicTicketOf(t: Ticket): PublicTicketDto {
		const location = locationOf(this.office, t.locationId);
		// One matter and one department by id, not the location's whole lists: this runs for
		// every issued ticket.
		const service = this.office.service(t.serviceId);
		const department = this.office.department(t.departmentId);
		const windows = this.office.windows(t.locationId);
		const window = windows.find((w) => w.id === t.windowId);
		const { ahead, estimate } = this.waitingEstimate(t, windows);
		const places = t.state === 'waiting' ? this.placesFor(location, windows, t.serviceId) : [];
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
			appointmentAt: t.appointmentAt ?? null,
			consulting:
				(t.state === 'called' || t.state === 'serving') &&
				(window?.consultingSince ?? null) !== null
		};
	}
}
