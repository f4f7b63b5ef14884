/**
 * Check-in at the kiosk (issue 14) on the wire: what the kiosk sends and how it reads what was
 * typed. The visitor types the 6-digit code on the keypad, or a scanner "types" the QR code of
 * the confirmation, which holds the booking's link (`…/rezerwacja/{token}`), followed by Enter.
 * No zod here: the kiosk's page imports this, and a cheap kiosk PC parses every byte it is sent.
 */

/** The 6 digits of a booking's code. */
export const BOOKING_CODE = /^\d{6}$/;
/** A booking link's token (desk/bookings.ts: 18 random bytes, base64url). */
export const BOOKING_LINK_TOKEN = /^[A-Za-z0-9_-]{24}$/;

/** What the keypad or the scanner gave: a code, a link's token, or nothing usable. */
export type BookingKey = { code: string } | { token: string };

/**
 * Reads what was typed: 6 digits (spaces and dashes between them allowed, as the code is shown
 * grouped "123 456"), or a booking link (any host: the QR code holds the office's public
 * address), or a bare token. Anything else is null: the kiosk says so without asking the server.
 */
export function readBookingKey(typed: string): BookingKey | null {
	const text = typed.trim();
	const digits = text.replace(/[\s-]/g, '');
	if (BOOKING_CODE.test(digits)) return { code: digits };
	const link = /\/rezerwacja\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/.exec(text);
	const token = link ? link[1]! : text;
	return BOOKING_LINK_TOKEN.test(token) ? { token } : null;
}

/** POST /api/bookings/check-in (check-in-request.ts validates it on the server). */
export interface CheckInRequest {
	locationId: number;
	/** As typed or scanned: the server reads it with readBookingKey. */
	code: string;
	kiosk?: string;
}

/** Why a check-in was refused (the error's `params.reason`). */
export const CHECK_IN_REFUSALS = [
	'unknown', // no booking still to come at this location has this code or link
	'cancelled', // the booking was cancelled
	'used', // already checked in (its ticket exists), or marked missed
	'other_day', // booked for another day: come on that day
	'too_early', // today, but before check-in opens: come back from `opens`
	'too_late' // past the grace time: a walk-in ticket for the same matter instead (`serviceId`)
] as const;
export type CheckInRefusal = (typeof CHECK_IN_REFUSALS)[number];
