import type { RequestHandler } from './$types';

/**
 * One word the office recorded (uploaded at /admin/voice). Boards ask for it with its content
 * hash (`?v=`), so a clip recorded again is a new address and the old one may be kept for good.
 */
export const GET: RequestHandler = ({ params, url, locals }) => {
	const clip = locals.app.voice.clip(params.language, params.word);
	if (!clip) {
		return new Response('No such recorded word.', {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const cache =
		url.searchParams.get('v') === clip.sha256 ? 'public, max-age=31536000, immutable' : 'no-cache';
	return new Response(new Uint8Array(clip.audio), {
		headers: { 'content-type': clip.mime, etag: `"${clip.sha256}"`, 'cache-control': cache }
	});
};
