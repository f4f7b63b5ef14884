/**
 * Appointments on the wire (issue 14): what a visitor sends to book, and what a booking looks
 * like to its holder. Minimum data: e-mail and phone are optional (for the confirmation and a
 * reminder) and deleted a week after the slot.
 */
import { z } from 'zod';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const BOOKING_DAY = z.iso.date();
export const BOOKING_START = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** A Polish or foreign number as people write it: digits, spaces, an optional leading +. */
export const PHONE = /^\+?[0-9][0-9 -]{7,18}[0-9]$/;

export const bookingRequest = z.strictObject({
	locationId: id,
	serviceId: id,
	day: BOOKING_DAY,
	start: BOOKING_START,
	lang: z.enum(['pl', 'en', 'uk']).default('pl'),
	email: z
		.email()
		.max(254)
		.nullish()
		.transform((v) => v || null),
	phone: z
		.string()
		.trim()
		.regex(PHONE)
		.nullish()
		.transform((v) => v || null),
	interpreter: z.boolean().default(false),
	accessible: z.boolean().default(false)
});
export type BookingRequestDto = z.input<typeof bookingRequest>;

/** The query of a matter's free slots: the matter, a day (default: the first bookable one). */
export const slotsQuery = z.object({
	serviceId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
	day: BOOKING_DAY.optional(),
	interpreter: z
		.enum(['0', '1'])
		.default('0')
		.transform((v) => v === '1')
});

/** A booking as its holder sees it: nothing of anyone else's, no contact data echoed. */
export interface BookingDto {
	code: string;
	token: string;
	state: 'booked' | 'checked_in' | 'cancelled' | 'missed';
	day: string;
	start: string;
	slotAt: number;
	serviceId: number;
	interpreter: boolean;
	accessible: boolean;
	/** After check-in: the ticket's code, whose live page is /t/{ticketCode}; else null. */
	ticketCode: string | null;
}

export interface FreeSlotDto {
	start: string;
	at: number;
	free: number;
}
