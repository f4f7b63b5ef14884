/** socket.io-client helpers for tests: connect, join, and wait for an event. */
import { io, type Socket } from 'socket.io-client';
import { defaultCookie } from './credentials';
import type { ApiResult } from '../../src/lib/shared/dto';
import type {
	ClientToServerEvents,
	ServerToClientEvents
} from '../../src/lib/shared/socket-events';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects with the server's default identity (its admin session) unless a cookie is given. */
export function connect(url: string, cookie?: string): Promise<TestSocket> {
	const c = cookie ?? defaultCookie(url);
	const socket: TestSocket = io(url, {
		transports: ['websocket'],
		extraHeaders: c ? { cookie: c } : {},
		reconnectionDelay: 100,
		reconnectionDelayMax: 500,
		forceNew: true
	});
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', reject);
	});
}

/** Emit an event with an acknowledgement and resolve with its answer. */
export function request<T>(
	socket: TestSocket,
	event: keyof ClientToServerEvents,
	payload: unknown
): Promise<ApiResult<T>> {
	return new Promise((resolve) => {
		(socket.emit as (e: string, p: unknown, ack: (r: ApiResult<T>) => void) => void)(
			event,
			payload,
			resolve
		);
	});
}

/** The next `event` whose payload satisfies `match`, or a rejection after `ms`. */
export function next<E extends keyof ServerToClientEvents>(
	socket: TestSocket,
	event: E,
	match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
	// Only a cap for a test that fails: a busy machine may take seconds to deliver.
	ms = 20_000
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			socket.off(event, listener as never);
			reject(new Error(`no matching ${event} within ${ms} ms`));
		}, ms);
		const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
			if (!match(payload)) return;
			clearTimeout(timer);
			socket.off(event, listener as never);
			resolve(payload);
		};
		socket.on(event, listener as never);
	});
}
