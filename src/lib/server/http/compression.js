// Compresses the pages, `__data.json` and API answers (to GET) SvelteKit makes per request, for server.js
// (plain JavaScript, loaded without a build, so this file is JavaScript too). The built assets
// are already compressed at build time (adapter-node's precompress; sirv sends the .br or .gz
// and says so in Content-Encoding, which this leaves alone). A kiosk's HTML and menu data shrink
// to about a quarter, which a cheap kiosk on a busy office network notices.
import zlib from 'node:zlib';

/** Text worth compressing; images, fonts and sounds are compressed formats already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;
/** Below this the headers weigh more than what compression saves. */
const MIN_BYTES = 1024;

/**
 * The encoding to answer with, from a request's Accept-Encoding: brotli, else gzip, else none
 * (a `q=0` refuses one; `*` accepts any).
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(header) {
	if (!header) return null;
	/** @type {Map<string, number>} */
	const q = new Map();
	for (const part of header.toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
		if (name) q.set(name.trim(), weight ? Number(weight[1]) : 1);
	}
	const accepts = (/** @type {string} */ name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
	if (accepts('br')) return 'br';
	if (accepts('gzip')) return 'gzip';
	return null;
}

/**
 * From now on, `res` compresses its body when the answer is compressible text the client
 * accepts compressed. Each write is flushed at once, so a streamed answer (SvelteKit streams a
 * page's promises) still arrives piece by piece.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function compressResponse(req, res) {
	// Only what is read (GET): the answer to a command (a kiosk's new ticket, a clerk's action) is
	// small and awaited by a person, and the kiosk's fast path answers its tickets uncompressed,
	// so both ways of issuing answer alike.
	const encoding = req.method === 'GET' ? chooseEncoding(req.headers['accept-encoding']) : null;
	// The overloads of writeHead, write and end are kept by passing every argument on, which the
	// types cannot follow: the three are replaced through an untyped view of `res`.
	const raw = /** @type {any} */ (res);
	const writeHead = raw.writeHead;
	const write = raw.write;
	const end = raw.end;
	/** @type {zlib.BrotliCompress | zlib.Gzip | null} */
	let zip = null;
	let decided = false;

	/** Once the status and headers are known: compress this answer or pass it through. */
	const decide = (/** @type {number} */ status) => {
		decided = true;
		const type = String(res.getHeader('content-type') ?? '');
		if (!COMPRESSIBLE.test(type)) return;
		const vary = String(res.getHeader('vary') ?? '');
		if (!/accept-encoding|\*/i.test(vary)) {
			res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
		}
		const length = Number(res.getHeader('content-length') ?? Infinity);
		if (!encoding || res.getHeader('content-encoding') || status < 200 || status === 204) return;
		if (status === 304 || length < MIN_BYTES) return;
		res.removeHeader('content-length');
		res.setHeader('content-encoding', encoding);
		zip =
			encoding === 'br'
				? zlib.createBrotliCompress({
						// Quality 4: most of brotli's gain for a small fraction of its top level's time.
						params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 }
					})
				: zlib.createGzip({ level: 6 });
		zip.on('data', (chunk) => write.call(res, chunk));
		zip.on('end', () => end.call(res));
		res.once('close', () => zip?.destroy());
	};

	raw.writeHead = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
		const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
		if (Array.isArray(headers)) {
			for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
		} else if (headers) {
			for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		}
		if (!decided) decide(status);
		return typeof rest[0] === 'string'
			? writeHead.call(res, status, rest[0])
			: writeHead.call(res, status);
	};
	raw.write = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
		if (!decided) raw.writeHead(res.statusCode);
		if (!zip) return write.call(res, chunk, ...rest);
		const callback = rest.find((a) => typeof a === 'function');
		const chunkEncoding = /** @type {BufferEncoding} */ (
			typeof rest[0] === 'string' ? rest[0] : 'utf8'
		);
		zip.write(typeof chunk === 'string' ? Buffer.from(chunk, chunkEncoding) : chunk);
		zip.flush(callback);
		return true;
	};
	raw.end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
		if (typeof chunk === 'function') return raw.end(undefined, chunk);
		if (!decided) {
			// An answer in one piece: its length is known before the headers go.
			if (chunk && !res.hasHeader('content-length')) {
				res.setHeader('content-length', Buffer.byteLength(chunk, rest[0] ?? 'utf8'));
			}
			raw.writeHead(res.statusCode);
		}
		if (!zip) return end.call(res, chunk, ...rest);
		const callback = rest.find((a) => typeof a === 'function');
		if (callback) res.once('finish', callback);
		const chunkEncoding = /** @type {BufferEncoding} */ (
			typeof rest[0] === 'string' ? rest[0] : 'utf8'
		);
		if (chunk) zip.write(typeof chunk === 'string' ? Buffer.from(chunk, chunkEncoding) : chunk);
		zip.end();
		return res;
	};
}
