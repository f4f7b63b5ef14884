/**
 * One ticket followed live on the visitor's phone (/t/{code}): the ticket's room, joined again on
 * every (re)connect, and each `ticket:snapshot` after that.
 */
import type { ApiResult, PublicTicketDto } from '$lib/shared/dto';
import { LiveRoom, type Listen } from './live-room.svelte';
import type { OkienkoSocket } from './socket';

export class TicketLive extends LiveRoom<PublicTicketDto> {
	get ticket(): PublicTicketDto {
		return this.snapshot;
	}

	/** When the server last told us about the ticket (browser time). */
	get updatedAt(): number {
		return this.receivedAt;
	}

	protected join(socket: OkienkoSocket, answer: (r: ApiResult<PublicTicketDto>) => void): void {
		socket.emit('ticket:join', { code: this.snapshot.code }, answer);
	}

	protected override listen(on: Listen): void {
		on('ticket:snapshot', (ticket) => {
			if (ticket.code === this.snapshot.code) this.accept(ticket);
		});
	}
}
