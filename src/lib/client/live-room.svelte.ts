/**
 * A screen that follows one room of the server live. It connects, joins the room on every
 * (re)connect and takes the acknowledged snapshot, so it recovers by itself after a lost
 * connection or a server restart without a reload. Subclasses say how to join and which of the
 * room's events they take; pages read `snapshot`, `joined`, `lost` and `joinError` (the
 * ConnectionBanner shows the last two).
 */
import type { ApiErrorDto, ApiResult } from '$lib/shared/dto';
import { releaseSocket, sharedSocket, type ConnectionStatus, type OkienkoSocket } from './socket';

/** A User Timing mark: when this page's first room was joined. */
const JOINED_MARK = 'okienko:joined';

/** A request asked for while (re)connecting waits this long for the connection. */
export const CONNECT_WAIT_MS = 3000;

/** What the ConnectionBanner needs to know about a live screen. */
export interface LiveConnection {
	readonly lost: boolean;
	readonly joinError: ApiErrorDto | null;
	/** Attempts to reconnect since the connection was lost (0 while connected). */
	readonly reconnectAttempts: number;
}

/** The server's answer, or a local failure: not connected, or no answer in time. */
export type Asked<T> = ApiResult<T> | { failure: 'offline' | 'timeout' };

/** How a room takes its events: `socket.on`, remembered so that closing the room removes them. */
export type Listen = OkienkoSocket['on'];

type Listener = (...args: never[]) => void;

export abstract class LiveRoom<Snapshot> implements LiveConnection {
	#snapshot = $state<Snapshot>() as Snapshot;
	/** Browser time when the snapshot came: how old it is, and how far the server's clock is. */
	#receivedAt = $state(Date.now());
	#status = $state<ConnectionStatus>('connecting');
	/** The server acknowledged the (re)join: from now on every change reaches this screen. */
	#joined = $state(false);
	/** The server refused the join (no right to the room, or the room is gone). */
	#joinError = $state<ApiErrorDto | null>(null);
	#reconnectAttempts = $state(0);
	#socket: OkienkoSocket | null = null;
	/** What this room listens to on the (shared) socket, removed when it closes. */
	#listeners: [event: string, listener: Listener][] = [];
	#onReconnectAttempt: ((attempt: number) => void) | null = null;
	readonly #open: () => OkienkoSocket;

	/** `open`: the page's shared connection unless a test names another server. */
	constructor(initial: Snapshot, open: () => OkienkoSocket = () => sharedSocket()) {
		this.#snapshot = initial;
		this.#open = open;
	}

	get snapshot(): Snapshot {
		return this.#snapshot;
	}

	get receivedAt(): number {
		return this.#receivedAt;
	}

	get joined(): boolean {
		return this.#joined;
	}

	get online(): boolean {
		return this.#status === 'online';
	}

	get lost(): boolean {
		return this.#status === 'lost';
	}

	get joinError(): ApiErrorDto | null {
		return this.#joinError;
	}

	get reconnectAttempts(): number {
		return this.#reconnectAttempts;
	}

	/** Ask the server for the room; `answer` gets the snapshot or the refusal. */
	protected abstract join(
		socket: OkienkoSocket,
		answer: (result: ApiResult<Snapshot>) => void
	): void;

	/** Take the room's own events with `on` (called once, when the room connects). */
	protected listen(_on: Listen): void {}

	/** A fresh snapshot from the server. */
	protected accept(snapshot: Snapshot): void {
		this.#snapshot = snapshot;
		this.#receivedAt = Date.now();
	}

	/** A change this screen made itself ahead of the server's next snapshot. */
	protected amend(snapshot: Snapshot): void {
		this.#snapshot = snapshot;
	}

	connect(): void {
		if (this.#socket) return;
		const socket = this.#open();
		this.#socket = socket;
		const on = ((event: string, listener: Listener) => {
			this.#listeners.push([event, listener]);
			return socket.on(event as never, listener as never);
		}) as Listen;
		const joinNow = () => {
			this.#status = 'online';
			this.#reconnectAttempts = 0;
			this.join(socket, (result) => this.#answered(socket, result));
		};
		on('connect', joinNow);
		on('disconnect', (reason) => {
			this.#joined = false;
			// Closing, or reconnecting for a new language, is not a lost connection.
			if (reason !== 'io client disconnect') this.#status = 'lost';
		});
		on('connect_error', () => (this.#status = 'lost'));
		this.#onReconnectAttempt = (attempt) => (this.#reconnectAttempts = attempt);
		socket.io.on('reconnect_attempt', this.#onReconnectAttempt);
		this.listen(on);
		// Another part of the page opened the shared connection already: join now.
		if (socket.connected) joinNow();
	}

	#answered(socket: OkienkoSocket, result: ApiResult<Snapshot>): void {
		// A screen closed meanwhile takes nothing more.
		if (socket !== this.#socket) return;
		if ('error' in result) {
			this.#joinError = result.error;
			console.warn('[okienko] join refused:', result.error.message);
			return;
		}
		this.accept(result.data);
		this.#joinError = null;
		this.#joined = true;
		// When the screen first showed live data, for the benchmark (bench/page-weight.mjs).
		if (!performance.getEntriesByName(JOINED_MARK).length) performance.mark(JOINED_MARK);
	}

	/**
	 * Open a fresh connection, e.g. so the server answers in a newly chosen language. The
	 * page's other rooms on the shared connection join again too.
	 */
	reconnect(): void {
		this.#socket?.disconnect().connect();
	}

	close(): void {
		const socket = this.#socket;
		if (!socket) return;
		this.#socket = null;
		this.#joined = false;
		for (const [event, listener] of this.#listeners) socket.off(event as never, listener as never);
		this.#listeners = [];
		if (this.#onReconnectAttempt) socket.io.off('reconnect_attempt', this.#onReconnectAttempt);
		releaseSocket(socket);
	}

	/**
	 * Send a request over the socket, waiting a little for a connection that is being made; a
	 * local failure when there is none, or when `send` (with its own timeout) gets no answer.
	 */
	protected async ask<T>(
		send: (socket: OkienkoSocket) => Promise<ApiResult<T>>
	): Promise<Asked<T>> {
		const socket = this.#socket;
		if (!socket || !(await whenConnected(socket, CONNECT_WAIT_MS))) return { failure: 'offline' };
		try {
			return await send(socket);
		} catch {
			return { failure: 'timeout' };
		}
	}
}

/** Resolves true once connected, false if that takes longer than `ms`. */
function whenConnected(socket: OkienkoSocket, ms: number): Promise<boolean> {
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
