// Okienko's production entry: one HTTP server for the SvelteKit pages and API and for socket.io.
// Reads PORT (default 3000; 0 picks a free port) and HOST (default 0.0.0.0, so kiosks and boards
// on the office network can connect). Stops cleanly on SIGTERM/SIGINT.
import http from 'node:http';

// Okienko serves plain HTTP itself, but SvelteKit's node adapter assumes https unless told
// otherwise: cookies would be marked Secure and form posts refused as cross-site. Unless the
// administrator put a TLS proxy in front and said so (ORIGIN or PROTOCOL_HEADER, see the
// README), tell the adapter the truth, in a header no client can set (it is overwritten).
const behindProxy = Boolean(process.env.ORIGIN || process.env.PROTOCOL_HEADER);
if (!behindProxy) process.env.PROTOCOL_HEADER = 'x-okienko-protocol';
const { handler } = await import('./build/handler.js');

// Importing the handler ran SvelteKit's init hook, which opened the database and left this.
const attachRealtime = globalThis[Symbol.for('okienko.attachRealtime')];
if (typeof attachRealtime !== 'function') {
	throw new Error('okienko: the SvelteKit init hook did not run; is build/ up to date?');
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

const server = http.createServer((req, res) => {
	if (!behindProxy) req.headers['x-okienko-protocol'] = 'http';
	handler(req, res);
});
const io = attachRealtime(server);

server.listen(port, host, () => {
	const address = server.address();
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	// Tests and scripts read the real port from this line; keep its shape.
	console.log(`Okienko listening on http://${shown}:${address.port}`);
});

let stopping = false;
function stop(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`Okienko stopping (${signal})`);
	io.close();
	server.close(() => process.exit(0));
	// Sockets that do not close within 5 s are cut.
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
