// Okienko's production entry: one HTTP server for the SvelteKit pages and API and for socket.io.
// Reads PORT (default 3000; 0 picks a free port) and HOST (default 0.0.0.0, so kiosks and boards
// on the office network can connect). Stops cleanly on SIGTERM/SIGINT.
// Start it as `npm start` does (package.json):
// `node --max-semi-space-size=4 --heap-growing-percent=50 server.js`. Under the load of hundreds
// of sockets V8 holds garbage not yet collected, and both flags bound it: the first caps the young
// generation at 2 × 4 MiB instead of 2 × 16 MiB; the second lets the old generation grow to 1.5×
// what the last full collection kept before collecting again, where V8 would pick up to 4× on a
// machine with this much memory (about 100 MiB of garbage at 300 boards). Collecting more often
// costs a call no noticeable time (docs/benchmarks.md). Both only work on the command line (or in
// NODE_OPTIONS), so the tests and the benchmark read them from package.json's start script.
import http from 'node:http';
import { compressResponse } from './src/lib/server/http/compression.js';
import { namesOwnProtocol, OWN_PROTOCOL_HEADER } from './src/lib/server/http/own-protocol.js';
// SvelteKit refuses a form POST whose Origin differs from the URL it sees, and adapter-node takes
// every request for https unless told otherwise (ORIGIN, or PROTOCOL_HEADER behind a proxy). With
// neither set, the protocol is the connection's own, so the admin forms work over plain http on
// the office network. The header is set here for every request: a client cannot choose it.
const ownProtocol = namesOwnProtocol(process.env);
if (ownProtocol) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;
const { handler } = await import('./build/handler.js');
// Behind a proxy, adapter-node reads the client's address from ADDRESS_HEADER and fails the
// request (500) when it is missing. A request that did not come through the proxy (a script or
// curl on the server itself) has no such header: its own connection's address is the right one.
const addressHeader = process.env.ADDRESS_HEADER?.toLowerCase();

// Importing the handler ran SvelteKit's init hook, which opened the database and registered
// these in the process's runtime registry (src/lib/server/runtime.ts).
const runtime = globalThis[Symbol.for('okienko.runtime')];
const attachRealtime = runtime?.attachRealtime;
if (typeof attachRealtime !== 'function') {
	throw new Error('okienko: the SvelteKit init hook did not run; is build/ up to date?');
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

// The kiosk's POST /api/tickets, answered without SvelteKit's request machinery when it is the
// plain case (src/lib/server/http/issue-fast-path.ts); everything else goes to SvelteKit.
const issueFastPath = runtime.issueFastPath;
// The application's logger (src/lib/server/log.ts): one JSON line per event on stdout.
// Starting and stopping are said at any OKIENKO_LOG_LEVEL: tests and scripts read the port here.
const log = runtime.log?.child({}, { level: 'info' }) ?? { info: console.log };
const server = http.createServer((req, res) => {
	if (ownProtocol) req.headers[OWN_PROTOCOL_HEADER] = req.socket.encrypted ? 'https' : 'http';
	if (addressHeader && req.headers[addressHeader] === undefined) {
		req.headers[addressHeader] = req.socket.remoteAddress;
	}
	if (issueFastPath?.(req, res)) return;
	// Pages and their data go out compressed; socket.io never comes here (it takes its own path
	// before this listener), and the fast path's small JSON is not worth it.
	compressResponse(req, res);
	handler(req, res);
});
const io = attachRealtime(server);

server.listen(port, host, () => {
	const address = server.address();
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	// Tests and scripts read the real port from this line; keep its shape.
	log.info(`Okienko listening on http://${shown}:${address.port}`);
});

let stopping = false;
function stop(signal) {
	if (stopping) return;
	stopping = true;
	log.info(`Okienko stopping (${signal})`);
	io.close();
	server.close(() => process.exit(0));
	// Sockets that do not close within 5 s are cut.
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
