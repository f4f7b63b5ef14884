/**
 * The live public state of a location (board and kiosk): its board room's snapshot, taken again
 * on every (re)join, and each call as it happens, shown at once (the board chimes on it too).
 */
import type { ApiResult, BoardCallDto, BoardSnapshotDto } from '$lib/shared/dto';
import { notYetIn, withCall } from '$lib/shared/board-calls';
import { LiveRoom, type Listen } from './live-room.svelte';
import type { OkienkoSocket } from './socket';

export interface BoardHandlers {
	onCall?: (call: BoardCallDto) => void;
	/** Every snapshot after the first (the kiosk reloads its menu on it). */
	onSnapshot?: (snapshot: BoardSnapshotDto) => void;
}

export class BoardLive extends LiveRoom<BoardSnapshotDto> {
	readonly #handlers: BoardHandlers;
	/**
	 * Calls shown on arrival that no snapshot has shown since. Why: the server sends board
	 * snapshots at most every half second (realtime/broadcast.ts BOARD_COALESCE_MS), and a call
	 * must not wait for one, nor be undone by one taken before it.
	 */
	#applied: BoardCallDto[] = [];

	constructor(initial: BoardSnapshotDto, handlers: BoardHandlers = {}, open?: () => OkienkoSocket) {
		super(initial, open);
		this.#handlers = handlers;
	}

	/** Server time minus browser time, so clocks and ages follow the server. */
	get offset(): number {
		return this.snapshot.at - this.receivedAt;
	}

	protected join(socket: OkienkoSocket, answer: (r: ApiResult<BoardSnapshotDto>) => void): void {
		socket.emit('board:join', { locationId: this.snapshot.location.id }, answer);
	}

	protected override listen(on: Listen): void {
		on('board:snapshot', (snapshot) => {
			if (snapshot.location.id === this.snapshot.location.id) this.accept(snapshot);
		});
		on('board:call', (call) => {
			this.#applied.push(call);
			this.amend(withCall(this.snapshot, call));
			this.#handlers.onCall?.(call);
		});
	}

	protected override accept(snapshot: BoardSnapshotDto): void {
		this.#applied = notYetIn(snapshot, this.#applied);
		super.accept(this.#applied.reduce(withCall, snapshot));
		this.#handlers.onSnapshot?.(snapshot);
	}
}
