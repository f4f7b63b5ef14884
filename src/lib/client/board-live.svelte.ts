/**
 * The live public state of a location (board and kiosk): joins the location's board room on
 * every (re)connect and replaces its state with the acknowledged snapshot, so a screen recovers
 * by itself after a server restart.
 */
import type { BoardCallDto, BoardSnapshotDto } from '$lib/shared/dto';
import { openSocket, type ConnectionStatus, type OkienkoSocket } from './socket';

export class BoardLive {
	#snapshot = $state<BoardSnapshotDto>() as BoardSnapshotDto;
	#status = $state<ConnectionStatus>('connecting');
	/** The server acknowledged the (re)join: from now on every change reaches this screen. */
	#joined = $state(false);
	/** Server time minus browser time, so clocks and ages follow the server. */
	#offset = $state(0);
	#socket: OkienkoSocket | null = null;
	readonly #locationId: number;
	readonly #onCall: ((call: BoardCallDto) => void) | undefined;
	readonly #onSnapshot: ((snapshot: BoardSnapshotDto) => void) | undefined;

	constructor(
		initial: BoardSnapshotDto,
		handlers: {
			onCall?: (call: BoardCallDto) => void;
			onSnapshot?: (snapshot: BoardSnapshotDto) => void;
		} = {}
	) {
		this.#locationId = initial.location.id;
		this.#onCall = handlers.onCall;
		this.#onSnapshot = handlers.onSnapshot;
		this.#accept(initial, false);
	}

	get snapshot(): BoardSnapshotDto {
		return this.#snapshot;
	}

	get joined(): boolean {
		return this.#joined;
	}

	get lost(): boolean {
		return this.#status === 'lost';
	}

	get offset(): number {
		return this.#offset;
	}

	#accept(snapshot: BoardSnapshotDto, notify = true): void {
		this.#snapshot = snapshot;
		this.#offset = snapshot.at - Date.now();
		if (notify) this.#onSnapshot?.(snapshot);
	}

	connect(): void {
		if (this.#socket) return;
		const socket = openSocket();
		this.#socket = socket;
		socket.on('connect', () => {
			this.#status = 'online';
			socket.emit('board:join', { locationId: this.#locationId }, (result) => {
				if ('data' in result) {
					this.#accept(result.data);
					this.#joined = true;
				} else console.warn('[okienko] board:join refused:', result.error.message);
			});
		});
		socket.on('disconnect', () => {
			this.#status = 'lost';
			this.#joined = false;
		});
		socket.on('connect_error', () => (this.#status = 'lost'));
		socket.on('board:snapshot', (snapshot) => {
			if (snapshot.location.id === this.#locationId) this.#accept(snapshot);
		});
		socket.on('board:call', (call) => this.#onCall?.(call));
	}

	close(): void {
		this.#socket?.disconnect();
		this.#socket = null;
	}
}
