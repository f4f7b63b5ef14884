import type { BoardCallDto, BoardSnapshotDto } from '$lib/shared/dto';
import { boardAt } from '$lib/shared/board-calls';
import type { LocationRecord } from '../office/records';
import type { OfficeRepository } from '../office/repository';
import type { TicketRepository } from '../db/repositories/tickets';
import { localTime, type Ticket } from '../queue';
import { boardCall, pausedWindow } from './view-mappers';

/** How many past calls the board lists under the current ones. */
export const BOARD_HISTORY = 8;

/**
 * The waiting-room board's read model: the calls under "Zapraszamy", the past calls, the windows
 * on a break and the queues per department. Apart from QueueViews (views.ts) because the board
 * has its own rules (boardAt, the day's closing); QueueViews still answers for it.
 */
export class BoardView {
	constructor(
		private readonly office: OfficeRepository,
		private readonly tickets: TicketRepository,
		private readonly clock: () => number,
		/** When the office day was last closed at a location (desk/day-close.ts), if it was. */
		private readonly dayClosedAt: (locationId: number, day: string) => number | null
	) {}

	snapshot(locationId: number): BoardSnapshotDto {
		const location = this.requireLocation(locationId);
		const now = this.clock();
		const all = this.office.windows(locationId);
		const windows = new Map(all.map((w) => [w.id, w]));
		const day = localTime(now, location.hours.timeZone).day;
		const recent = this.tickets.recentCalled(locationId, day, BOARD_HISTORY + windows.size);
		const announced = this.tickets.lastAnnounced(locationId);
		const toCall = (t: Ticket) =>
			boardCall(location, t, windows.get(t.windowId ?? -1), announced.get(t.id));
		// Only a call not yet started invites anyone; once the service starts it is a past call.
		const invited = (t: Ticket) => t.state === 'called';
		// After the day is closed the board lists no call made before (a new call shows again);
		// the next morning, no call of yesterday (a clerk may still be finishing one, SR-30).
		const closedAt = this.dayClosedAt(locationId, day) ?? -1;
		// Kept per matter with every change (waiting-counts.ts), summed per department (a ticket's department is its matter's).
		const perService = this.tickets.waitingCounts(locationId);
		const waiting = new Map<number, number>();
		for (const s of this.office.services(locationId)) {
			waiting.set(s.departmentId, (waiting.get(s.departmentId) ?? 0) + (perService.get(s.id) ?? 0));
		}
		// The same rule as the board's own timer (boardAt), so a reload shows what it showed.
		const calls = boardAt(
			{
				current: this.tickets
					.current(locationId)
					.filter((t) => invited(t) && t.day === day)
					.sort((a, b) => (b.calledAt ?? 0) - (a.calledAt ?? 0))
					.flatMap((t) => toCall(t) ?? []),
				history: recent.filter((t) => !invited(t)).flatMap((t) => toCall(t) ?? []),
				callHighlightMs: location.board.callHighlightMs
			},
			now
		);
		return {
			location: {
				id: location.id,
				name: location.name,
				mode: location.hours.mode,
				contact: location.contact
			},
			current: calls.current,
			// A call that has expired from "Zapraszamy" is a past call too, so the closing's rule
			// applies after boardAt.
			history: calls.history.filter((c) => c.calledAt > closedAt).slice(0, BOARD_HISTORY),
			callHighlightMs: location.board.callHighlightMs,
			pausedWindows: location.board.showsPaused
				? all.filter((w) => w.status === 'paused').map((w) => pausedWindow(location, w))
				: [],
			consultingWindows: location.board.showsPaused
				? all.filter((w) => w.consultingSince !== null).map((w) => pausedWindow(location, w))
				: [],
			waiting: this.office.departments(locationId).map((d) => ({
				departmentId: d.id,
				name: d.name,
				prefix: d.prefix,
				count: waiting.get(d.id) ?? 0
			})),
			at: now
		};
	}

	/** The board's view of one call as it is announced now, or null if it is not at a window. */
	call(ticket: Ticket): BoardCallDto | null {
		const location = this.requireLocation(ticket.locationId);
		const w = this.office.window(ticket.windowId ?? -1) ?? undefined;
		return boardCall(location, ticket, w, this.clock());
	}

	private requireLocation(id: number): LocationRecord {
		const l = this.office.location(id);
		if (!l) throw new Error(`location ${id} does not exist`);
		return l;
	}
}
