import { requestOrigin } from '$lib/server/http/origin';
import { toApiError } from '$lib/server/http/errors';
import { json } from '@sveltejs/kit';
import { kioskId } from '$lib/shared/schemas';
import type { RequestHandler } from './$types';

/**
 * The kiosk's ticket as its printer prints it, as SVG: rendered from the same receiptline
 * document as the ESC/POS bytes, with no font or anything else loaded from the internet.
 */
export const GET: RequestHandler = ({ params, locals, url, request }) => {
	try {
		const { svg } = locals.app.printing.preview(
			kioskId.parse(params.kiosk),
			locals.lang,
			requestOrigin(request, url)
		);
		return new Response(svg, {
			headers: {
				'content-type': 'image/svg+xml; charset=utf-8',
				'cache-control': 'no-store',
				'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"
			}
		});
	} catch (err) {
		const { status, error } = toApiError(err, locals.lang);
		return json({ error }, { status });
	}
};
