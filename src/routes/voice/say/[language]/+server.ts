import fs from 'node:fs';
import type { RequestHandler } from './$types';

const REFUSED = {
	language: [404, 'No voice for this language.'],
	phrase: [
		400,
		'Only the words of a call are spoken (?say=numer a dwanaście, stanowisko numer cztery).'
	],
	unavailable: [503, 'espeak-ng is not installed on the server: the board uses its own voice.']
} as const;

/**
 * A call's phrase spoken by espeak-ng, the cached file after the first time. The same words
 * always give the same file, so a board may keep it (ETag: the content hash).
 */
export const GET: RequestHandler = async ({ params, url, request, locals }) => {
	const job = locals.app.voice.phrase(params.language, url.searchParams.get('say') ?? '');
	if (typeof job === 'string') {
		const [status, message] = REFUSED[job];
		return new Response(message, {
			status,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const phrase = await job;
	const headers = {
		etag: `"${phrase.hash}"`,
		'cache-control': 'public, max-age=31536000, immutable'
	};
	if (request.headers.get('if-none-match') === headers.etag)
		return new Response(null, { status: 304, headers });
	const audio = await fs.promises.readFile(phrase.file);
	return new Response(audio, {
		headers: { ...headers, 'content-type': phrase.mime, 'content-length': String(audio.length) }
	});
};
