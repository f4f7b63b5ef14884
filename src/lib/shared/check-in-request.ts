/** The check-in request's schema (shared/check-in.ts): the server's, kept out of the kiosk's bundle. */
import { z } from 'zod';
import type { CheckInRequest } from './check-in';
import { KIOSK_ID } from './vocabulary';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** POST /api/bookings/check-in: the kiosk's location and what the visitor typed or scanned. */
export const checkInRequest = z.strictObject({
	locationId: id,
	/** As typed or scanned: the server reads it with readBookingKey. */
	code: z.string().max(300),
	kiosk: z.string().regex(KIOSK_ID).optional()
}) satisfies z.ZodType<CheckInRequest>; // what the kiosk sends is what the server reads
