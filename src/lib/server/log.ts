/**
 * The server's one logger: one JSON line per request or event on stdout, which systemd's journal
 * keeps (docs/monitoring.md). Levels by OKIENKO_LOG_LEVEL (trace, debug, info, warn, error,
 * fatal, silent; default info).
 *
 * Nothing personal goes in: no ticket codes, ticket numbers, booking or survey tokens, names or
 * addresses. Paths are logged by their route (`/t/[code]`), or through `redactPath` when no
 * route matched. tests/integration/logging.test.ts reads the lines a busy day writes and looks
 * for every secret it handed out.
 *
 * Lines go through process.stdout.write (synchronous for files and pipes on Linux, as journald's
 * is), not pino's own file-descriptor writer, so that a test running the app in its own process
 * (tests/support/in-process.ts) reads them as a spawned server's stdout.
 */
import pino, { type Logger } from 'pino';

const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']);

export function logLevelOf(env: NodeJS.ProcessEnv = process.env): string {
	const level = env.OKIENKO_LOG_LEVEL?.trim().toLowerCase();
	return level && LEVELS.has(level) ? level : 'info';
}

export function createLogger(
	env: NodeJS.ProcessEnv = process.env,
	write: (line: string) => void = (line) => process.stdout.write(line)
): Logger {
	return pino(
		{
			level: logLevelOf(env),
			// journald stamps each line with the process and the host already.
			base: undefined,
			formatters: { level: (label) => ({ level: label }) }
		},
		{ write }
	);
}

/**
 * The request lines' writer: the lines go out together, in one write, a tenth of a second after
 * the first of them (or sooner, once 16 KB are waiting), not one write (a system call) each. Every
 * write to a pipe or journald's socket wakes its reader; a write per request line, and then one
 * per turn of the event loop, was a measurable share of issuing a ticket (docs/benchmarks.md §3).
 * A line above info (a 500) goes out at once with those before it, and whatever is left goes out
 * when the process exits; only a process killed outright loses its last tenth of a second of
 * request lines (the errors are written at once).
 */
export function batchWriter(
	out: (text: string) => void,
	{ delayMs = 100, maxChars = 16_384 } = {}
): (line: string) => void {
	let pending = '';
	let timer: NodeJS.Timeout | null = null;
	const flush = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		if (pending === '') return;
		const text = pending;
		pending = '';
		out(text);
	};
	process.on('exit', flush);
	return (line) => {
		pending += line;
		if (!line.startsWith('{"level":"info"') || pending.length >= maxChars) return flush();
		// Unref'd: waiting request lines never keep a stopping process alive (exit writes them).
		timer ??= setTimeout(flush, delayMs).unref();
	};
}

/** One logger per process: the build's and the dev server's module graphs share it (runtime.ts). */
const LOG_KEY = Symbol.for('okienko.log');
const REQUEST_LOG_KEY = Symbol.for('okienko.log.requests');
const registry = globalThis as unknown as Record<symbol, Logger | undefined>;

export const log: Logger = (registry[LOG_KEY] ??= createLogger());

/** The routine lines' logger (requests, socket events): written a batch at a time (batchWriter). */
const requestLog: Logger = (registry[REQUEST_LOG_KEY] ??= createLogger(
	process.env,
	batchWriter((text) => process.stdout.write(text))
));

/**
 * Path segments that carry a secret: after /t/ a ticket's code, after /survey/ and
 * /api/survey/ a survey token, after /rezerwacja/ and /api/bookings/ a booking's token, after
 * /api/tickets/ a ticket's code. Any other long opaque segment is hidden too, in case a future
 * route forgets to say so.
 */
const SECRET_AFTER =
	/^\/(t|survey|api\/survey|rezerwacja|api\/bookings|api\/tickets)\/(?!window\/|paper$|check-in$)[^/]+/;
const OPAQUE_SEGMENT = /\/[A-Za-z0-9_-]{16,}(?=\/|$)/g;

/** The path without its query and with every code or token replaced by `[secret]`. */
export function redactPath(pathname: string): string {
	const path = pathname.split('?')[0]!.slice(0, 200);
	return path
		.replace(SECRET_AFTER, (_, prefix: string) => `/${prefix}/[secret]`)
		.replace(OPAQUE_SEGMENT, '/[secret]');
}

/**
 * The request's line: its route (the pattern, never the path with its codes), or the redacted
 * path when no route matched; the status; how long the answer took, in milliseconds.
 */
export function logRequest(
	method: string,
	route: string | null,
	pathname: string,
	status: number,
	ms: number
): void {
	const where = route ? { route } : { path: redactPath(pathname) };
	const level = status >= 500 ? 'error' : 'info';
	requestLog[level]({ method, ...where, status, ms: Math.round(ms * 10) / 10 }, 'request');
}

/** A socket event's line: its name, who sent it, the refusal if any, how long it took. */
export function logSocketEvent(fields: {
	event: string;
	role: string;
	error: string | undefined;
	ms: number;
}): void {
	requestLog.info(fields, 'socket event');
}
