/**
 * What the process's entry points share with the application, in one typed place. server.js
 * (plain JavaScript, outside Vite's module graph), SvelteKit's hooks and the dev server's plugin
 * each load their own copy of these modules, so one copy of the app must be found through
 * globalThis: under this one key, with these names. server.js reads `attachRealtime`,
 * `issueFastPath` and `log` (see its comments); everything else uses the typed functions below.
 */
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { App } from './app';
import type { OkienkoIo } from './realtime/broadcast';

export interface Runtime {
	/** The process's application (app.ts `getApp`). */
	app?: App;
	/** Puts socket.io on the production HTTP server with this same application. */
	attachRealtime?: (server: HttpServer) => OkienkoIo;
	/** The kiosk's POST /api/tickets without SvelteKit: true if it took the request. */
	issueFastPath?: (req: IncomingMessage, res: ServerResponse) => boolean;
	/** The process's logger (log.ts), for server.js's own lines. */
	log?: Logger;
}

/** server.js names the same key: `globalThis[Symbol.for('okienko.runtime')]`. */
const RUNTIME_KEY = Symbol.for('okienko.runtime');

export function runtime(): Runtime {
	const g = globalThis as typeof globalThis & { [RUNTIME_KEY]?: Runtime };
	return (g[RUNTIME_KEY] ??= {});
}
