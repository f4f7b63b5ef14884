/**
 * A booking due today, for tests of what happens on the day (check-in, the console's panel,
 * no-shows): the public API books from the next working day only, so a test writes it through
 * BookingRepository, as the booking service would have written it days before.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { BookingRepository } from '../../src/lib/server/db/repositories/bookings';
import { localTime, zonedInstant } from '../../src/lib/server/queue';

export interface DueBooking {
	locationId: number;
	serviceId: number;
	/** The slot's start, HH:MM, today in `timeZone`. */
	start: string;
	now: number;
	timeZone?: string;
	code?: string;
	interpreter?: boolean;
	accessible?: boolean;
}

/** Writes a `booked` booking for today's slot `start`; answers its id, code and view token. */
export function bookToday(repo: BookingRepository, b: DueBooking) {
	const tz = b.timeZone ?? 'Europe/Warsaw';
	const day = localTime(b.now, tz).day;
	const [h, m] = b.start.split(':').map(Number);
	const code = b.code ?? String(randomInt(0, 1_000_000)).padStart(6, '0');
	const viewToken = randomBytes(18).toString('base64url');
	const id = repo.insert({
		locationId: b.locationId,
		serviceId: b.serviceId,
		day,
		start: b.start,
		slotAt: zonedInstant(day, h! * 60 + m!, tz),
		code,
		viewToken,
		lang: 'pl',
		email: null,
		phone: null,
		interpreter: b.interpreter ?? false,
		accessible: b.accessible ?? false,
		bookedBy: null,
		createdAt: b.now - 86_400_000
	});
	return { id, code, viewToken };
}
