/**
 * The browser's socket.io connection to the office server: same origin, default path, quick
 * reconnection. Only ever opened from a component (in an effect), never at import time.
 */
import { io, type Socket } from 'socket.io-client';
import {
	SOCKET_PATH,
	type ClientToServerEvents,
	type ServerToClientEvents
} from '$lib/shared/socket-events';

export type OkienkoSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type ConnectionStatus = 'connecting' | 'online' | 'lost';

export function openSocket(): OkienkoSocket {
	return io({ path: SOCKET_PATH, reconnectionDelayMax: 2000 });
}
