import { json } from '@sveltejs/kit';
import { requireLocation } from '$lib/server/auth/scope';
import { RequestError } from '$lib/server/http/errors';
import { answer, readJson } from '$lib/server/http/json';
import { requestOrigin } from '$lib/server/http/origin';
import { RateLimiter } from '$lib/server/http/rate-limit';
import { DomainError } from '$lib/server/queue';
import { readBookingKey } from '$lib/shared/check-in';
import { checkInRequest } from '$lib/shared/check-in-request';
import type { RequestHandler } from './$types';

/**
 * Wrong codes per kiosk in 10 minutes. A code is 6 random digits among at most a few hundred
 * bookings still to come at a location, so one guess finds one with odds under 1 in 1 000; ten
 * tries per 10 minutes make guessing a lobby kiosk's code slow and visible, while a visitor who
 * mistypes tries again.
 */
const wrong = new RateLimiter(10, 10 * 60_000);

/**
 * A paired kiosk (or staff trying the kiosk) checks a visitor in with a booking's code or link:
 * 201 with the appointment's ticket (IssuedTicketDto), printed on the kiosk's printer.
 */
export const POST: RequestHandler = async ({ request, locals, url, getClientAddress }) => {
	const { status, body } = await answer(
		locals.lang,
		async () => {
			const input = checkInRequest.parse(await readJson(request));
			const { principal, app } = locals;
			requireLocation(principal, input.locationId);
			const device = principal.device;
			const who = device
				? `kiosk:${device.id}`
				: principal.staff
					? `staff:${principal.staff.id}`
					: getClientAddress();
			if (!wrong.allows(who)) throw new RequestError(429, 'too_many_requests');
			const kiosk = device ? (device.printerKey ?? undefined) : input.kiosk;
			try {
				const key = readBookingKey(input.code);
				if (!key) throw new DomainError('check_in_refused', { reason: 'unknown' });
				return await app.desk.checkIn(
					() => app.checkIns.checkIn(input.locationId, key, kiosk),
					kiosk,
					{ lang: locals.lang, origin: requestOrigin(request, url) }
				);
			} catch (err) {
				if (err instanceof DomainError && err.params.reason === 'unknown') wrong.take(who);
				throw err;
			}
		},
		201
	);
	return json(body, { status });
};
