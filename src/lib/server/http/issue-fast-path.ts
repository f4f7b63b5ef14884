/**
 * The kiosk's POST /api/tickets answered straight from node:http, without SvelteKit's request
 * machinery (a web Request and Response, its hooks and router): issuing is the office's busiest
 * request (every kiosk at once in a morning rush), and that machinery is a fixed cost on every
 * ticket.
 *
 * It answers exactly as the SvelteKit route does, because it runs the same code: the guard and
 * the principal (request-context.ts, as hooks.server.ts), the body limit and JSON parsing
 * (json.ts), the schema, the desk and the error shapes (issue-ticket.ts), the origin for the
 * ticket's link (origin.ts). tests/integration/issue-fast-path.test.ts sends the same requests
 * both ways and compares the answers.
 *
 * It takes only the plain case and leaves everything else to SvelteKit, before reading a byte:
 * a POST to exactly /api/tickets with a JSON content type, a Content-Length within the JSON body
 * limit and a Host header, no staff session cookie (a session may slide, which answers with a
 * cookie: SvelteKit does that), and no adapter-node header or limit settings in the environment
 * (HOST_HEADER, PORT_HEADER, BODY_SIZE_LIMIT, ENV_PREFIX, or a PROTOCOL_HEADER other than the one
 * server.js sets itself), whose effects it does not reproduce. Kiosks, paired devices with no
 * session, are exactly the plain case.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app';
import { answerIssue } from './issue-ticket';
import { adapterUrl } from './own-protocol.js';
import { MAX_JSON_BODY, parseJsonText } from './json';
import { requestOrigin } from './origin';
import { SESSION_COOKIE } from '../auth/cookies';
import { isJson } from '../auth/guard';
import { readCookie } from './cookies';
import { apiRefusal, originRefusal, requestContext, requestOriginOf } from './request-context';
import { log, logRequest } from '../log';

const PATH = '/api/tickets';
/** As request.text() decodes a body (a byte-order mark dropped); one decoder for every request. */
const utf8 = new TextDecoder();

/** Returns the handler server.js tries first: true if it took the request, false to pass it on. */
export function createIssueFastPath(
	app: App
): (req: IncomingMessage, res: ServerResponse) => boolean {
	const urlOf = adapterUrl(process.env);
	if (!urlOf) return () => false;
	// Tests prove which path answered: each request this path takes is logged.
	const trace = process.env.OKIENKO_TRACE_FAST_PATH === '1';
	return (req, res) => {
		if (req.method !== 'POST' || req.url !== PATH) return false;
		const length = Number(req.headers['content-length'] ?? NaN);
		if (!(length <= MAX_JSON_BODY) || !isJson(req.headers['content-type'])) return false;
		if (readCookie(req.headers.cookie, SESSION_COOKIE) !== undefined) return false;
		const url = urlOf(PATH, req.headers);
		if (!url) return false;
		if (trace) log.info(`fast path: POST ${PATH}`);
		const started = performance.now();
		res.once('finish', () =>
			logRequest('POST', PATH, PATH, res.statusCode, performance.now() - started)
		);
		serve(app, req, res, url).catch((err) => {
			log.error({ err, route: PATH }, 'error on request');
			if (!res.headersSent) res.writeHead(500).end();
		});
		return true;
	};
}

async function serve(app: App, req: IncomingMessage, res: ServerResponse, url: URL) {
	const ctx = requestContext(app, (name) => readCookie(req.headers.cookie, name));
	const headers = { get: (name: string) => header(req, name) };
	const from = requestOriginOf('POST', PATH, headers.get);
	const refusal = originRefusal(ctx.lang, from, url.origin) ?? apiRefusal(ctx, 'POST', PATH);
	if (refusal) return send(res, refusal.status, refusal.body);
	const { status, body } = await answerIssue(
		app,
		ctx.principal,
		async () => parseJsonText(utf8.decode(await bodyOf(req))),
		{ lang: ctx.lang, origin: requestOrigin({ headers }, url) }
	);
	send(res, status, body);
}

/** As SvelteKit's json(): the same two headers. */
function send(res: ServerResponse, status: number, body: unknown): void {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-length': Buffer.byteLength(text),
		'content-type': 'application/json'
	});
	res.end(text);
}

function bodyOf(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
		// A client that goes away mid-body: settle, as SvelteKit's request.text() would reject.
		req.on('close', () => reject(new Error('the request closed before its body ended')));
	});
}

function header(req: IncomingMessage, name: string): string | null {
	const value = req.headers[name.toLowerCase()];
	return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}
