/**
 * The application inside the test process, as socket.io's own tests run theirs: a node:http
 * server on a free loopback port with the built SvelteKit handler and the real socket.io
 * attachment, over its own temporary SQLite file. It answers like `startServer` (server.ts), so a
 * test switches with one line; a test of what only the production server does (server.js itself,
 * the kiosk's issuing fast path, a restart, a crash) keeps `startServer`.
 *
 * Why the handler comes from build/ and why one app per test file: SvelteKit's request machinery
 * exists only in a build (there is no handler to call over src/ without a whole Vite dev server),
 * and its init hook opens the database named by the environment once, keeping the app in the
 * process's runtime registry (src/lib/server/runtime.ts) with socket.io bound to it. So the first
 * start in a module graph fixes its database; a second start in the same graph is refused with
 * the reason instead of quietly sharing or reopening one. Vitest runs each test file in its own
 * worker with a fresh module graph (isolate, the default), so each file gets its own database.
 *
 * What differs from server.js, on purpose: POST /api/tickets is always answered by the SvelteKit
 * route (the fast path is server.js's own wiring; tests/integration/issue-fast-path.test.ts
 * covers it on the real server), and stop() ends the app for the whole file.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import type { App } from '../../src/lib/server/app';
import type { OkienkoIo } from '../../src/lib/server/realtime/broadcast';
import { runtime } from '../../src/lib/server/runtime';
import { namesOwnProtocol, OWN_PROTOCOL_HEADER } from '../../src/lib/server/http/own-protocol.js';
import { signIn } from './auth';
import { useCookie } from './credentials';
import type { TestServer } from './server';

export interface InProcessServer extends TestServer {
	/**
	 * The running application (the build's own classes): tests may read its database directly,
	 * as they read the file of a spawned server.
	 */
	app: App;
	/** Closes sockets, the HTTP server and the app (its database); the file cannot start again. */
	stop: () => Promise<void>;
}

export interface InProcessOptions {
	/**
	 * An existing database (e.g. one a test prepared); default: a new one in a new temporary
	 * folder. Either way it is created, migrated and seeded as at a real start.
	 */
	dbPath?: string;
	/** Environment the app reads at start (OKIENKO_SEED, OKIENKO_KIOSKS, OKIENKO_PUBLIC_URL…). */
	env?: Record<string, string>;
	/** Sign in as the demo admin at start (default true; needs the demo accounts). */
	signIn?: boolean;
}

const HANDLER = path.resolve(import.meta.dirname, '..', '..', 'build', 'handler.js');

/** The database this module graph's app was started with, once it was. */
let started: string | undefined;

export async function startInProcess(options: InProcessOptions = {}): Promise<InProcessServer> {
	if (started !== undefined || runtime().app) {
		throw new Error(
			`one in-process app per test file: this module graph already opened ${started ?? 'a database'}; ` +
				`a test that needs a second database or a restart uses startServer (server.ts)`
		);
	}
	if (!fs.existsSync(HANDLER)) {
		throw new Error('build/ is missing: run `npm run build` first (npm test does)');
	}
	const dir = options.dbPath
		? path.dirname(options.dbPath)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-test-'));
	const dbPath = options.dbPath ?? path.join(dir, 'okienko.sqlite');
	started = dbPath;
	// The handler reads its configuration from the environment once, at import (its init hook
	// opens the app; adapter-node reads its settings): set it for that moment only, so that a
	// server spawned later in the same file (startServer copies process.env) does not inherit it.
	// As server.js does over plain HTTP, the request's own protocol is named to adapter-node.
	const env: Record<string, string> = { OKIENKO_DB: dbPath, ...options.env };
	const ownProtocol = namesOwnProtocol({ ...process.env, ...env });
	if (ownProtocol) env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;
	const printed = capturePrinting();
	const { handler } = await withEnvironment(
		env,
		() => import(/* @vite-ignore */ pathToFileURL(HANDLER).href) as Promise<Handler>
	);
	const shared = runtime();
	const app = shared.app;
	if (!app || !shared.attachRealtime) {
		throw new Error('the SvelteKit init hook did not run; is build/ up to date?');
	}

	const server = http.createServer((req, res) => {
		if (ownProtocol) req.headers[OWN_PROTOCOL_HEADER] = 'http';
		void handler(req, res);
	});
	const io: OkienkoIo = shared.attachRealtime(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	const url = `http://127.0.0.1:${port}`;

	let adminCookie = '';
	if (options.signIn !== false && (options.env?.OKIENKO_SEED ?? 'demo') === 'demo') {
		adminCookie = await signIn(url, 'admin');
		useCookie(url, adminCookie);
	}
	let stopped: Promise<void> | undefined;
	const stop = () =>
		(stopped ??= (async () => {
			await io.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			app.close();
			printed.restore();
		})());
	return { url, port, dbPath, dir, app, output: printed.text, stop, adminCookie };
}

type Handler = { handler: http.RequestListener };

async function withEnvironment<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
	const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
	Object.assign(process.env, env);
	try {
		return await run();
	} finally {
		for (const [name, value] of Object.entries(before)) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
	}
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * What the app prints (its logger's lines and any console output), kept as a spawned server's
 * stdout and stderr are (tests assert that a bad request logs no error), and shown as usual but
 * for the logger's routine lines. It is the whole process's console, so a test's
 * own console lines count too: tests of the app print nothing of their own.
 */
function capturePrinting() {
	let text = '';
	const originals = CONSOLE_METHODS.map((name) => [name, console[name]] as const);
	for (const [name, original] of originals) {
		console[name] = (...args: unknown[]) => {
			text += format(...args) + '\n';
			original.apply(console, args);
		};
	}
	// The app's logger (src/lib/server/log.ts) writes its lines to stdout itself; warnings and
	// errors are shown, the request lines of a whole test file only kept.
	const write = process.stdout.write;
	process.stdout.write = function (
		this: typeof process.stdout,
		chunk: unknown,
		...rest: unknown[]
	) {
		const line = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
		text += line;
		if (/^\{"level":"(info|debug|trace)"/.test(line)) return true;
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	} as typeof process.stdout.write;
	return {
		text: () => text,
		restore: () => {
			for (const [name, original] of originals) console[name] = original;
			process.stdout.write = write;
		}
	};
}
