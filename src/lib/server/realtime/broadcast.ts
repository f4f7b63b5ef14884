import type { Server } from 'socket.io';
import type { PrinterStatusDto } from '$lib/shared/printing';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/shared/socket-events';
import type { SurveyInvitationDto } from '$lib/shared/survey';
import type { CommandResult } from '../services/queue-service';
import { forWindow, type QueueViews } from '../services/views';

export type OkienkoIo = Server<ClientToServerEvents, ServerToClientEvents>;

export const rooms = {
	board: (locationId: number) => `board:${locationId}`,
	window: (windowId: number) => `window:${windowId}`,
	survey: (windowId: number) => `survey:${windowId}`,
	/** Phones following one ticket (/t/{code}). */
	ticket: (code: string) => `ticket:${code}`,
	/** Clerk consoles of a location, for printer alerts. */
	printers: (locationId: number) => `printers:${locationId}`
};

const TICKET_ROOM = 'ticket:';

/**
 * The only place that emits. After a command commits, the call itself goes out first (the
 * board chimes on it), then fresh snapshots for the rooms of every location it touched.
 * Snapshots are built once per room, and only for rooms somebody is in.
 */
export class Broadcaster {
	private io: OkienkoIo | null = null;

	constructor(private readonly views: QueueViews) {}

	bind(io: OkienkoIo): void {
		this.io = io;
	}

	publish(result: CommandResult): void {
		const io = this.io;
		if (!io || result.events.length === 0) return;
		const locations = new Set(result.events.map((e) => e.locationId));
		for (const e of result.events) {
			if ((e.type === 'ticket_called' || e.type === 'ticket_recalled') && result.ticket) {
				const call = this.views.boardCall(result.ticket);
				if (call) io.to(rooms.board(e.locationId)).emit('board:call', call);
			}
		}
		for (const locationId of locations) {
			if (this.listeners(rooms.board(locationId))) {
				io.to(rooms.board(locationId)).emit('board:snapshot', this.views.boardSnapshot(locationId));
			}
			this.publishConsoles(io, locationId);
		}
		this.publishTickets(io, locations);
	}

	/** A kiosk printer's new condition, to the consoles of its location. */
	printerStatus(status: PrinterStatusDto): void {
		if (!this.io || status.locationId === null) return;
		this.io.to(rooms.printers(status.locationId)).emit('printer:status', status);
	}

	/**
	 * Every followed ticket at a location that changed gets its fresh public view: its own state,
	 * and the people ahead, which change when others are called. Only rooms someone is in exist.
	 */
	private publishTickets(io: OkienkoIo, locations: Set<number>): void {
		for (const [room, members] of io.sockets.adapter.rooms) {
			if (!room.startsWith(TICKET_ROOM) || members.size === 0) continue;
			const followed = this.views.followedTicket(room.slice(TICKET_ROOM.length));
			if (followed && locations.has(followed.locationId)) {
				io.to(room).emit('ticket:snapshot', followed.ticket);
			}
		}
	}

	/** One staff view per location, narrowed for each window whose console is open. */
	private publishConsoles(io: OkienkoIo, locationId: number): void {
		let staff: ReturnType<QueueViews['staffSnapshot']> | null = null;
		for (const w of this.views.windowsOf(locationId)) {
			if (!this.listeners(rooms.window(w.id))) continue;
			staff ??= this.views.staffSnapshot(locationId);
			const snapshot = forWindow(staff, w.id);
			if (snapshot) io.to(rooms.window(w.id)).emit('window:snapshot', snapshot);
		}
	}

	/** The survey tablet at a window invites the client whose visit just ended. */
	inviteToSurvey(windowId: number, invitation: SurveyInvitationDto): void {
		this.io?.to(rooms.survey(windowId)).emit('survey:invite', invitation);
	}

	private listeners(room: string): boolean {
		return (this.io?.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
	}
}
