/**
 * One ticket followed live on the visitor's phone (/t/{code}): joins the ticket's room on every
 * (re)connect and replaces its state with the acknowledged ticket, then takes each
 * `ticket:snapshot`. So the page recovers by itself after a lost connection or a server restart.
 */
import type { PublicTicketDto } from '$lib/shared/dto';
import { openSocket, type ConnectionStatus, type OkienkoSocket } from './socket';

export class TicketLive {
	#ticket = $state<PublicTicketDto>() as PublicTicketDto;
	#status = $state<ConnectionStatus>('connecting');
	/** When the server last told us about the ticket (browser time). */
	#updatedAt = $state(Date.now());
	#socket: OkienkoSocket | null = null;
	readonly #code: string;

	constructor(initial: PublicTicketDto) {
		this.#code = initial.code;
		this.#ticket = initial;
	}

	get ticket(): PublicTicketDto {
		return this.#ticket;
	}

	get lost(): boolean {
		return this.#status === 'lost';
	}

	get updatedAt(): number {
		return this.#updatedAt;
	}

	#accept(ticket: PublicTicketDto): void {
		this.#ticket = ticket;
		this.#updatedAt = Date.now();
	}

	connect(): void {
		if (this.#socket) return;
		const socket = openSocket();
		this.#socket = socket;
		socket.on('connect', () => {
			this.#status = 'online';
			socket.emit('ticket:join', { code: this.#code }, (result) => {
				if ('data' in result) this.#accept(result.data);
				else console.warn('[okienko] ticket:join refused:', result.error.message);
			});
		});
		socket.on('disconnect', () => (this.#status = 'lost'));
		socket.on('connect_error', () => (this.#status = 'lost'));
		socket.on('ticket:snapshot', (ticket) => {
			if (ticket.code === this.#code) this.#accept(ticket);
		});
	}

	close(): void {
		this.#socket?.disconnect();
		this.#socket = null;
	}
}
