/**
 * The browser's socket.io connection to the office server: same origin, default path, quick
 * reconnection that never stops. Only ever opened from a component (in an effect), never at
 * import time. A page opens one connection, however many live parts it has (the console's
 * window, its alerts and its summons): each part takes the page's socket with `sharedSocket`
 * and gives it back with `releaseSocket`; the last to give it back closes it.
 */
import { io, type Socket } from 'socket.io-client';
import {
	SOCKET_PATH,
	type ClientToServerEvents,
	type ServerToClientEvents
} from '$lib/shared/socket-events';

export type OkienkoSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type ConnectionStatus = 'connecting' | 'online' | 'lost';

/**
 * How a lost connection is retried. Kiosks and boards run unattended for years: they must keep
 * trying through an outage of any length (never a last attempt), soon after a restart (the
 * first retry after a second), and without hundreds of screens and phones knocking many times
 * a second on a server that is coming back (at most one try every 5 s each, spread by jitter).
 */
export const RECONNECTION = {
	reconnection: true,
	reconnectionAttempts: Infinity,
	reconnectionDelay: 1000,
	reconnectionDelayMax: 5000,
	randomizationFactor: 0.5
} as const;

/** `url`: the page's own origin unless named (tests name their in-process server). */
export function openSocket(url?: string): OkienkoSocket {
	// WebSocket at once: no long-polling handshake first (a round trip before the room is joined),
	// and the pages' bundle carries no polling transport (vite.config.ts, websocketOnly). The
	// office's proxy (deploy/Caddyfile) passes WebSockets through.
	const options = { path: SOCKET_PATH, transports: ['websocket'], ...RECONNECTION };
	const socket: OkienkoSocket = url ? io(url, options) : io(options);
	// The server only disconnects a socket itself when its session ended or its device was
	// revoked: reload, so the page sends the person to sign in (or the device to pair) again.
	socket.on('disconnect', (reason) => {
		if (reason === 'io server disconnect') setTimeout(() => location.reload(), 1000);
	});
	return socket;
}

/** The page's one connection per server, and how many live parts of the page use it. */
const shared = new Map<string, { socket: OkienkoSocket; users: number }>();

/** The page's connection to its server (or to `url`), opened by the first part that asks. */
export function sharedSocket(url?: string): OkienkoSocket {
	const key = url ?? '';
	let entry = shared.get(key);
	if (!entry) {
		entry = { socket: openSocket(url), users: 0 };
		shared.set(key, entry);
	}
	entry.users += 1;
	return entry.socket;
}

/** A part of the page is done with its socket: closed when no other part uses it (or when not shared). */
export function releaseSocket(socket: OkienkoSocket): void {
	for (const [key, entry] of shared) {
		if (entry.socket !== socket) continue;
		entry.users -= 1;
		if (entry.users > 0) return;
		shared.delete(key);
	}
	socket.disconnect();
}
