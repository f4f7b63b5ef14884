import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { langFrom, LANG_COOKIE } from '$lib/i18n';
import type { Lang } from '$lib/shared/dto';
import {
	joinLocationRequest,
	joinTicketRequest,
	joinWindowRequest,
	reprintRequest,
	windowActionRequest
} from '$lib/shared/schemas';
import { SOCKET_PATH } from '$lib/shared/socket-events';
import type { App } from '../app';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../auth/accounts';
import { mayEmit, type Principal } from '../auth/guard';
import { requireLocation, requireWindow } from '../auth/scope';
import { DomainError } from '../queue';
import { readCookie as cookie } from '../http/cookies';
import { RequestError, toApiError } from '../http/errors';
import { rooms, type OkienkoIo } from './broadcast';

/** Socket payloads are small JSON objects; anything bigger is abuse. */
export const MAX_SOCKET_PAYLOAD = 16 * 1024;

interface SocketData {
	principal: Principal;
	lang: Lang;
	/** When the staff session ends unless it is used (and so slid) again; checked per event. */
	sessionExpiresAt?: number;
}

/** Rooms that name who is connected, so revoking a session or a device disconnects it. */
const whoRooms = {
	session: (id: string) => `session:${id}`,
	device: (id: number) => `device:${id}`
};

function sameSite(origin: string | undefined, host: string | undefined): boolean {
	if (!origin) return true;
	try {
		return new URL(origin).host === host;
	} catch {
		return false;
	}
}

/** The page's origin, for links printed from a socket request (when no public URL is set). */
function originOf(headers: Record<string, string | string[] | undefined>): string {
	const origin = headers.origin;
	if (typeof origin === 'string' && /^https?:\/\/[^/]+$/.test(origin)) return origin;
	return `http://${typeof headers.host === 'string' ? headers.host : 'localhost'}`;
}

/**
 * socket.io on the same HTTP server as the pages. Every event is authorized (auth/guard.ts),
 * validated with its schema, and answered through its acknowledgement with { data } | { error };
 * a client that sends no acknowledgement callback simply gets no answer.
 */
export function attachRealtime(httpServer: HttpServer, app: App): OkienkoIo {
	const io: OkienkoIo = new Server(httpServer, {
		path: SOCKET_PATH,
		serveClient: false,
		maxHttpBufferSize: MAX_SOCKET_PAYLOAD,
		pingInterval: 10_000,
		pingTimeout: 5_000,
		// A page of another site must not open a socket with our visitors' cookies: a browser's
		// handshake names its page's origin, which must be this server (scripts send none).
		allowRequest: (req, callback) => callback(null, sameSite(req.headers.origin, req.headers.host))
	});

	// The same sessions and device credentials as HTTP, read from the handshake's cookies.
	const identify = (headers: { cookie?: string }) =>
		app.accounts.principalFor(
			cookie(headers.cookie, SESSION_COOKIE),
			cookie(headers.cookie, DEVICE_COOKIE)
		);

	io.use((socket, next) => {
		const data = socket.data as SocketData;
		const who = identify(socket.handshake.headers);
		data.principal = who.principal;
		data.sessionExpiresAt = who.sessionExpiresAt;
		data.lang = langFrom(cookie(socket.handshake.headers.cookie, LANG_COOKIE));
		next();
	});

	app.accounts.onRevoke(({ sessionIds, deviceId }) => {
		for (const id of sessionIds ?? []) io.in(whoRooms.session(id)).disconnectSockets(true);
		if (deviceId !== undefined) io.in(whoRooms.device(deviceId)).disconnectSockets(true);
	});

	io.on('connection', (socket) => {
		const data = socket.data as SocketData;
		if (data.principal.staff) void socket.join(whoRooms.session(data.principal.staff.sessionId));
		if (data.principal.device) void socket.join(whoRooms.device(data.principal.device.id));

		/** A session past its expiry is looked up again (and slid, if still alive) before acting. */
		const stillSignedIn = () => {
			if (data.sessionExpiresAt === undefined || Date.now() < data.sessionExpiresAt) return true;
			const who = identify(socket.handshake.headers);
			if (!who.principal.staff) {
				socket.disconnect(true);
				return false;
			}
			data.principal = who.principal;
			data.sessionExpiresAt = who.sessionExpiresAt;
			return true;
		};

		/** Wrap a handler: authorize, catch every refusal, and answer through the ack. */
		const handle = <T>(event: string, run: (payload: unknown) => T | Promise<T>) => {
			return async (payload: unknown, ack?: unknown) => {
				const reply = typeof ack === 'function' ? (ack as (r: unknown) => void) : () => {};
				try {
					if (!stillSignedIn()) throw new RequestError(401, 'unauthenticated');
					if (!mayEmit(data.principal, event)) {
						const known = data.principal.staff || data.principal.device;
						throw known
							? new RequestError(403, 'forbidden')
							: new RequestError(401, 'unauthenticated');
					}
					reply({ data: await run(payload) });
				} catch (err) {
					reply({ error: toApiError(err, data.lang).error });
				}
			};
		};

		const joinLocation = (payload: unknown) => {
			const { locationId } = joinLocationRequest.parse(payload);
			requireLocation(data.principal, locationId);
			if (!app.views.location(locationId)) throw new DomainError('not_found', { what: 'location' });
			return locationId;
		};

		socket.on(
			'board:join',
			handle('board:join', (payload) => {
				const locationId = joinLocation(payload);
				void socket.join(rooms.board(locationId));
				return app.views.boardSnapshot(locationId);
			})
		);

		socket.on(
			'window:join',
			handle('window:join', (payload) => {
				const { windowId } = joinWindowRequest.parse(payload);
				requireWindow(app, data.principal, windowId);
				const snapshot = app.views.consoleSnapshot(windowId);
				if (!snapshot) throw new DomainError('not_found', { what: 'window' });
				void socket.join(rooms.window(windowId));
				return snapshot;
			})
		);

		socket.on(
			'survey:join',
			handle('survey:join', (payload) => {
				const { windowId } = joinWindowRequest.parse(payload);
				const window = app.views.windowById(windowId);
				const location = window && app.views.location(window.locationId);
				if (!window || !location) throw new DomainError('not_found', { what: 'window' });
				requireLocation(data.principal, location.id);
				void socket.join(rooms.survey(windowId));
				return { windowId, label: window.label, locationName: location.name };
			})
		);

		socket.on(
			'window:action',
			handle('window:action', (payload) => {
				const req = windowActionRequest.parse(payload);
				requireWindow(app, data.principal, req.windowId);
				return app.desk.act(req, data.principal);
			})
		);

		socket.on(
			'window:reprint',
			handle('window:reprint', (payload) => {
				const req = reprintRequest.parse(payload);
				requireWindow(app, data.principal, req.windowId);
				return app.printing.reprint(req, {
					lang: data.lang,
					origin: originOf(socket.handshake.headers)
				});
			})
		);

		socket.on(
			'ticket:join',
			handle('ticket:join', (payload) => {
				const { code } = joinTicketRequest.parse(payload);
				const ticket = app.views.publicTicket(code);
				if (!ticket) throw new DomainError('not_found', { what: 'ticket' });
				void socket.join(rooms.ticket(code));
				return ticket;
			})
		);

		socket.on(
			'printer:join',
			handle('printer:join', (payload) => {
				const locationId = joinLocation(payload);
				void socket.join(rooms.printers(locationId));
				return app.printing.statuses(locationId);
			})
		);
	});

	app.broadcaster.bind(io);
	return io;
}
