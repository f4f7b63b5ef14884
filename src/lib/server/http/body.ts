/**
 * A request's body, read up to a limit, for the JSON API (json.ts) and form posts (form-input.ts).
 * Over the limit is a 413 whether or not the client said the size beforehand: a Content-Length
 * over the limit is refused before a byte is read; a body without one (chunked) is refused as
 * soon as it passes the limit. A body SvelteKit itself cut off (BODY_SIZE_LIMIT, 512 KiB by
 * default) is also a 413, and one that broke off (the client went away) a 400: never a 500.
 */
import { RequestError } from './errors';

export async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) {
		discardRest(reader);
		throw new RequestError(413, 'too_large');
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				discardRest(reader);
				throw new RequestError(413, 'too_large');
			}
			chunks.push(value);
		}
	} catch (err) {
		if (err instanceof RequestError) throw err;
		throw new RequestError(
			hasStatus(err, 413) ? 413 : 400,
			hasStatus(err, 413) ? 'too_large' : 'bad_request'
		);
	}
	const body = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		body.set(chunk, at);
		at += chunk.byteLength;
	}
	return body;
}

/**
 * Read what is left of a refused body and drop it, while the 413 goes out: a body left unread
 * stalls the connection (the client's next request waits behind it, or it is reset and the answer
 * lost), and cancelling the stream makes adapter-node destroy the connection before the answer is
 * sent. SvelteKit's own limit (BODY_SIZE_LIMIT) ends it, as does the client closing the connection.
 */
function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): void {
	const next = (): Promise<void> => reader.read().then(({ done }) => (done ? undefined : next()));
	next().catch(() => {
		// Cut off by the limit or the client: nothing more to read.
	});
}

/** SvelteKit's body errors (SvelteKitError) carry an HTTP status. */
function hasStatus(err: unknown, status: number): boolean {
	return typeof err === 'object' && err !== null && (err as { status?: unknown }).status === status;
}
