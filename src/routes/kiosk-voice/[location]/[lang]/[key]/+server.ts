import fs from 'node:fs';
import { mayUseLocation } from '$lib/server/auth/guard';
import type { RequestHandler } from './$types';

const text = (status: number, message: string) =>
	new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

const REFUSED = {
	language: [404, 'No kiosk voice for this language (pl, en, uk).'],
	key: [
		404,
		'Nothing to say for this key: a step, a department, matter or ticket of this location, or a kiosk button (docs/api.md).'
	],
	unavailable: [503, 'espeak-ng is not installed on the server: the kiosk cannot read aloud.']
} as const;

/**
 * A kiosk's step read aloud (issue 16): the server composes the sentence from the key and renders
 * it once with espeak-ng (docs/api.md). Only a kiosk of that location, or staff, may ask.
 */
export const GET: RequestHandler = async ({ params, request, locals }) => {
	const locationId = /^[1-9]\d{0,8}$/.test(params.location) ? Number(params.location) : null;
	if (locationId === null || !locals.app.views.location(locationId)) {
		return text(404, 'No such location.');
	}
	if (!mayUseLocation(locals.principal, locationId)) {
		return text(403, 'This kiosk belongs to another location.');
	}
	const job = locals.app.kioskVoice.phrase(locationId, params.lang, params.key);
	if (typeof job === 'string') {
		const [status, message] = REFUSED[job];
		return text(status, message);
	}
	let phrase;
	try {
		phrase = await job;
	} catch {
		// espeak-ng or sox failed (a voice missing, say): the kiosk then stops trying.
		return text(503, 'The speech synthesiser could not render this text.');
	}
	const headers = {
		etag: `"${phrase.hash}"`,
		// The same key may say something else later (the menu, people ahead): revalidate each time.
		'cache-control': 'private, no-cache'
	};
	if (request.headers.get('if-none-match') === headers.etag) {
		return new Response(null, { status: 304, headers });
	}
	const audio = await fs.promises.readFile(phrase.file);
	return new Response(audio, {
		headers: { ...headers, 'content-type': phrase.mime, 'content-length': String(audio.length) }
	});
};
