/**
 * The live state of one window for its clerk console: joins on every (re)connect, follows
 * `window:snapshot`, and sends window actions over the socket with an acknowledgement.
 */
import type {
	ApiErrorDto,
	ReprintResultDto,
	StaffSnapshotDto,
	WindowActionResultDto
} from '$lib/shared/dto';
import type { PrinterStatusDto } from '$lib/shared/printing';
import type { WindowActionRequest } from '$lib/shared/schemas';
import { openSocket, type ConnectionStatus, type OkienkoSocket } from './socket';

/** How long a clerk waits for the server's answer before being told to check. */
export const ACTION_TIMEOUT_MS = 8000;
/** An action asked for while (re)connecting waits this long for the connection. */
export const CONNECT_WAIT_MS = 3000;
/** A reprint waits for the printer: status, printing, and the answer that the paper is out. */
export const REPRINT_TIMEOUT_MS = 15_000;

/** The server's answer, or a local failure: not connected, or no answer in time. */
export type ActionOutcome =
	{ data: WindowActionResultDto } | { error: ApiErrorDto } | { failure: 'offline' | 'timeout' };
export type ReprintOutcome =
	{ data: ReprintResultDto } | { error: ApiErrorDto } | { failure: 'offline' | 'timeout' };

export class ConsoleLive {
	#snapshot = $state<StaffSnapshotDto>() as StaffSnapshotDto;
	#status = $state<ConnectionStatus>('connecting');
	/** The server acknowledged the (re)join: from now on every change reaches this screen. */
	#joined = $state(false);
	#offset = $state(0);
	/** The kiosk printers of this location, for alerts (paper out, cover open, …). */
	#printers = $state<PrinterStatusDto[]>([]);
	#socket: OkienkoSocket | null = null;
	readonly #windowId: number;

	constructor(windowId: number, initial: StaffSnapshotDto) {
		this.#windowId = windowId;
		this.#accept(initial);
	}

	get snapshot(): StaffSnapshotDto {
		return this.#snapshot;
	}

	get joined(): boolean {
		return this.#joined;
	}

	get lost(): boolean {
		return this.#status === 'lost';
	}

	get online(): boolean {
		return this.#status === 'online';
	}

	get printers(): PrinterStatusDto[] {
		return this.#printers;
	}

	#acceptPrinter(status: PrinterStatusDto): void {
		const others = this.#printers.filter((p) => p.kiosk !== status.kiosk);
		this.#printers = [...others, status].sort((a, b) => a.kiosk.localeCompare(b.kiosk));
	}

	/** Server time minus browser time. */
	get offset(): number {
		return this.#offset;
	}

	#accept(snapshot: StaffSnapshotDto): void {
		this.#snapshot = snapshot;
		this.#offset = snapshot.at - Date.now();
	}

	connect(): void {
		if (this.#socket) return;
		const socket = openSocket();
		this.#socket = socket;
		socket.on('connect', () => {
			this.#status = 'online';
			socket.emit('window:join', { windowId: this.#windowId }, (result) => {
				if ('data' in result) {
					this.#accept(result.data);
					this.#joined = true;
				} else console.warn('[okienko] window:join refused:', result.error.message);
			});
			socket.emit('printer:join', { locationId: this.#snapshot.location.id }, (result) => {
				if ('data' in result) this.#printers = result.data;
			});
		});
		socket.on('disconnect', (reason) => {
			// A deliberate reconnect (language change) is not a lost connection.
			this.#joined = false;
			if (reason !== 'io client disconnect') this.#status = 'lost';
		});
		socket.on('connect_error', () => (this.#status = 'lost'));
		socket.on('window:snapshot', (snapshot) => {
			// One snapshot serves every console of windows with the same matters (views.ts forWindow).
			if (snapshot.windows.some((w) => w.id === this.#windowId)) this.#accept(snapshot);
		});
		socket.on('printer:status', (status) => {
			if (status.locationId === this.#snapshot.location.id) this.#acceptPrinter(status);
		});
	}

	/** Open a fresh connection, e.g. so the server answers in a newly chosen language. */
	reconnect(): void {
		this.#socket?.disconnect().connect();
	}

	/** Resolves true once connected, false if that takes longer than `ms`. */
	#whenConnected(socket: OkienkoSocket, ms: number): Promise<boolean> {
		if (socket.connected) return Promise.resolve(true);
		return new Promise((done) => {
			const onConnect = () => {
				clearTimeout(timer);
				done(true);
			};
			const timer = setTimeout(() => {
				socket.off('connect', onConnect);
				done(false);
			}, ms);
			socket.once('connect', onConnect);
		});
	}

	async act(request: WindowActionRequest): Promise<ActionOutcome> {
		const socket = this.#socket;
		if (!socket || !(await this.#whenConnected(socket, CONNECT_WAIT_MS))) {
			return { failure: 'offline' };
		}
		let result;
		try {
			result = await socket.timeout(ACTION_TIMEOUT_MS).emitWithAck('window:action', request);
		} catch {
			return { failure: 'timeout' };
		}
		if ('data' in result) {
			const updated = result.data.window;
			const ticket = result.data.ticket;
			this.#snapshot = {
				...this.#snapshot,
				windows: this.#snapshot.windows.map((w) => (w.id === updated.id ? updated : w)),
				// The ticket just called (or otherwise taken) leaves the queue list at once; the next
				// snapshot, a quarter of a second later at most, brings everything else.
				waiting:
					ticket && ticket.state !== 'waiting'
						? this.#snapshot.waiting.filter((t) => t.id !== ticket.id)
						: this.#snapshot.waiting
			};
		}
		return result;
	}

	/** Print a ticket again on the printer of the kiosk that issued it. */
	async reprint(ticketId: number): Promise<ReprintOutcome> {
		const socket = this.#socket;
		if (!socket || !(await this.#whenConnected(socket, CONNECT_WAIT_MS))) {
			return { failure: 'offline' };
		}
		try {
			return await socket
				.timeout(REPRINT_TIMEOUT_MS)
				.emitWithAck('window:reprint', { windowId: this.#windowId, ticketId });
		} catch {
			return { failure: 'timeout' };
		}
	}

	close(): void {
		this.#socket?.disconnect();
		this.#socket = null;
	}
}
