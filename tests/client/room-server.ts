/**
 * A real socket.io server in this process, on a free port of the loopback, that answers
 * `board:join` as the office server does: { data: snapshot } for a known location, { error } for
 * location 99. Each server instance has a generation, so a test can tell a fresh snapshot from an
 * old one after a restart.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { BoardSnapshotDto } from '../../src/lib/shared/dto';
import {
	SOCKET_PATH,
	type ClientToServerEvents,
	type ServerToClientEvents
} from '../../src/lib/shared/socket-events';

export const REFUSED_LOCATION = 99;

export interface RoomServer {
	url: string;
	port: number;
	generation: number;
	/** Every join this instance was asked for, in order: the location ids. */
	joins: number[];
	io: Server<ClientToServerEvents, ServerToClientEvents>;
	stop(): Promise<void>;
}

export function snapshot(locationId: number, generation: number): BoardSnapshotDto {
	return {
		location: {
			id: locationId,
			name: `Lokalizacja ${locationId}`,
			mode: 'normal',
			contact: { phone: '', email: '', eServicesUrl: '' }
		},
		current: [],
		history: [],
		callHighlightMs: 300_000,
		pausedWindows: [],
		consultingWindows: [],
		waiting: [],
		at: generation
	};
}

/** `port`: 0 for a free one, or the port of a server stopped before (a restart). */
export async function startRoomServer(port = 0, generation = 1): Promise<RoomServer> {
	const http = createServer();
	const io = new Server<ClientToServerEvents, ServerToClientEvents>(http, { path: SOCKET_PATH });
	const joins: number[] = [];
	io.on('connection', (socket) => {
		socket.on('board:join', ({ locationId }, ack) => {
			joins.push(locationId);
			if (locationId === REFUSED_LOCATION) {
				ack({ error: { code: 'forbidden', message: 'Brak uprawnień do tej czynności.' } });
				return;
			}
			void socket.join(`board:${locationId}`);
			ack({ data: snapshot(locationId, generation) });
		});
	});
	await new Promise<void>((done) => http.listen(port, '127.0.0.1', done));
	const bound = (http.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${bound}`,
		port: bound,
		generation,
		joins,
		io,
		// io.close() drops every connection (the clients see the transport close) and the port.
		stop: () => new Promise<void>((done) => void io.close(() => done()))
	};
}
