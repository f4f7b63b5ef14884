/**
 * A POST whose body has no Content-Length (Transfer-Encoding: chunked), written in chunks: the
 * way to reach the body-size limits that a declared length would trip before a byte is read.
 *
 * The client behaves as HTTP asks of it: once the server has answered (a 413 comes as soon as
 * the body passes the limit), it stops sending and ends the body. The connection is kept alive
 * and private to this one request, so the server never closes it under unread data (which
 * resets the connection and may lose the answer) and no later request waits behind it.
 */
import http from 'node:http';

export interface ChunkedAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	text: string;
	/** How many body bytes were written before the answer came (or all of them). */
	sent: number;
}

export interface ChunkedRequest {
	/** Body bytes to send at most. */
	size: number;
	/** The content type; the body is a JSON string (`{"pad":"zzz…"}`) or a form field (`pad=zzz…`). */
	type?: string;
	/** Cookie, origin, accept, …: sent as given. */
	headers?: Record<string, string>;
	chunk?: number;
}

export function postChunked(
	base: string,
	path: string,
	req: ChunkedRequest
): Promise<ChunkedAnswer> {
	const type = req.type ?? 'application/json';
	const chunkSize = req.chunk ?? 16 * 1024;
	const head = type.includes('json') ? '{"pad":"' : 'pad=';
	const tail = type.includes('json') ? '"}' : '';
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	return new Promise((resolve, reject) => {
		let answered = false;
		let sent = 0;
		const request = http.request(
			base + path,
			{
				method: 'POST',
				agent,
				headers: { ...req.headers, 'content-type': type, 'transfer-encoding': 'chunked' }
			},
			(res) => {
				answered = true;
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d: string) => (text += d));
				res.on('end', () => {
					agent.destroy();
					resolve({ status: res.statusCode ?? 0, headers: res.headers, text, sent });
				});
				res.on('error', (err) => {
					agent.destroy();
					reject(err);
				});
			}
		);
		request.on('error', (err) => {
			agent.destroy();
			reject(err);
		});
		const write = () => {
			while (!answered && sent < req.size) {
				const n = Math.min(chunkSize, req.size - sent);
				const piece =
					sent === 0
						? head + 'z'.repeat(Math.max(0, n - head.length))
						: sent + n >= req.size
							? 'z'.repeat(Math.max(0, n - tail.length)) + tail
							: 'z'.repeat(n);
				sent += piece.length;
				if (!request.write(piece)) {
					request.once('drain', write);
					return;
				}
			}
			request.end();
		};
		write();
	});
}
