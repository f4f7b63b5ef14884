import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/shared/socket-events';
import type { CommandResult } from '../services/queue-service';
import type { QueueViews } from '../services/views';

export type OkienkoIo = Server<ClientToServerEvents, ServerToClientEvents>;

export const rooms = {
	board: (locationId: number) => `board:${locationId}`,
	staff: (locationId: number) => `staff:${locationId}`
};

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
			if (this.listeners(rooms.staff(locationId))) {
				io.to(rooms.staff(locationId)).emit('staff:snapshot', this.views.staffSnapshot(locationId));
			}
		}
	}

	private listeners(room: string): boolean {
		return (this.io?.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
	}
}
