import { afterEach, expect, it } from 'vitest';
import { openSocket, type OkienkoSocket } from '../../src/lib/client/socket';

let socket: OkienkoSocket | undefined;
afterEach(() => {
	socket?.disconnect();
});

it('a page socket never stops reconnecting and backs off to one try every 5 s at most', () => {
	// Nothing listens on port 9 (discard): the socket only has to exist.
	socket = openSocket('http://127.0.0.1:9');
	expect(socket.io.reconnection()).toBe(true);
	expect(socket.io.reconnectionAttempts()).toBe(Infinity);
	expect(socket.io.reconnectionDelay()).toBe(1000);
	expect(socket.io.reconnectionDelayMax()).toBe(5000);
});

it('a page socket speaks WebSocket from the start (the pages’ bundle has no other transport)', () => {
	socket = openSocket('http://127.0.0.1:9');
	expect(socket.io.opts.transports).toEqual(['websocket']);
});
