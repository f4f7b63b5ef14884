import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { langFrom, LANG_COOKIE } from '$lib/i18n';
import type { ApiResult, Lang } from '$lib/shared/dto';
import { SOCKET_PATH } from '$lib/shared/socket-events';
import type { App } from '../app';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../auth/cookies';
import { mayEmit, roleOf, type Principal } from '../auth/guard';
import { logSocketEvent } from '../log';
import { readCookie as cookie } from '../http/cookies';
import { RequestError, toApiError } from '../http/errors';
import { rooms, type OkienkoIo } from './broadcast';
import { EVENT_HANDLERS, type EventContext, type EventHandler, type EventName } from './handlers';

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
 * socket.io on the same HTTP server as the pages. Every event of ClientToServerEvents is
 * authorized (auth/guard.ts), validated with its schema, run by its handler (handlers.ts) and
 * answered through its acknowledgement with { data } | { error }; a client that sends no
 * acknowledgement callback simply gets no answer, and an event not in the map goes unheard.
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
		// Counted under the role it connected with (a slid session keeps it).
		const role = roleOf(data.principal);
		app.watch.metrics.socketOpened(role);
		socket.once('disconnect', () => app.watch.metrics.socketClosed(role));
		if (data.principal.staff) {
			void socket.join(whoRooms.session(data.principal.staff.sessionId));
			void socket.join(rooms.staff(data.principal.staff.id));
			void socket.join(rooms.directory());
		}
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

		const origin = originOf(socket.handshake.headers);
		const context = (): EventContext => ({
			app,
			principal: data.principal,
			lang: data.lang,
			origin,
			join: (room) => void socket.join(room)
		});

		/** Wrap a handler: authorize, validate, catch every refusal, and answer through the ack. */
		const handle = <E extends EventName>(event: E) => {
			const handler: EventHandler<E> = EVENT_HANDLERS[event];
			return async (payload: unknown, ack?: unknown) => {
				const reply =
					typeof ack === 'function' ? (ack as (r: ApiResult<unknown>) => void) : () => {};
				const started = performance.now();
				// One line per event: its name, who, the refusal's code; never the payload (codes).
				let refused: string | undefined;
				try {
					if (!stillSignedIn()) throw new RequestError(401, 'unauthenticated');
					if (!mayEmit(data.principal, event)) {
						const known = data.principal.staff || data.principal.device;
						throw known
							? new RequestError(403, 'forbidden')
							: new RequestError(401, 'unauthenticated');
					}
					const request = handler.schema.parse(payload);
					reply({ data: await handler.run(request, context()) });
				} catch (err) {
					const { error } = toApiError(err, data.lang);
					refused = error.code;
					reply({ error });
				}
				const ms = Math.round((performance.now() - started) * 10) / 10;
				logSocketEvent({ event, role: roleOf(data.principal), error: refused, ms });
			};
		};

		// Every event of the map, from its handler table. A listener takes the payload as unknown
		// (it is untrusted until its schema has parsed it), so it goes on the untyped socket.
		for (const event of Object.keys(EVENT_HANDLERS) as EventName[]) {
			(socket as Socket).on(event, handle(event));
		}
	});

	app.broadcaster.bind(io);
	return io;
}
