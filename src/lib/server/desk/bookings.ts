/**
 * Appointments (issue 14): booking a matter's slot, looking a booking up by its code or link,
 * cancelling it, and the retention of its contact data. The slot rules are the domain's
 * (queue/slots.ts); this joins them to the office's set-up and the bookings' table.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Db } from '../db/open';
import type { Booking, BookingRepository } from '../db/repositories/bookings';
import type { OfficeRepository } from '../office/repository';
import {
	addDays,
	bookableDays,
	checkBooking,
	DEFAULT_BOOKING_POLICY,
	DomainError,
	localTime,
	noShowBefore,
	slotsOn,
	zonedInstant,
	type BookingPolicy,
	type Slot
} from '../queue';

export interface BookingRequest {
	locationId: number;
	serviceId: number;
	day: string;
	start: string;
	lang: Booking['lang'];
	email: string | null;
	phone: string | null;
	interpreter: boolean;
	accessible: boolean;
	/** The clerk who booked for a client on the phone; null when the visitor booked. */
	bookedBy: number | null;
}

export interface FreeSlot extends Slot {
	free: number;
}

/** How long a booking's e-mail and phone are kept after its slot (privacy: only as needed). */
export const CONTACT_KEPT_DAYS = 7;

/** Told of each booking made, moved or cancelled, in its transaction (notify/outbox.ts). */
export type BookingListener = (
	change: 'booking_confirmed' | 'booking_moved' | 'booking_cancelled',
	booking: Booking
) => void;

export class BookingService {
	private listener: BookingListener | null = null;
	/**
	 * Told of a change to a booking of today at a location (a cancellation, no-shows): the
	 * consoles' appointments panel shows the day's bookings (app.ts sends them fresh snapshots).
	 */
	onTodayChanged: (locationId: number) => void = () => {};

	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly bookings: BookingRepository,
		private readonly clock: () => number,
		private readonly policy: BookingPolicy = DEFAULT_BOOKING_POLICY
	) {}

	/** The days a matter may be booked on now (with an interpreter: after the notice). */
	days(locationId: number, interpreter = false): string[] {
		const location = this.requireLocation(locationId);
		return bookableDays(location.hours, this.clock(), this.policy, interpreter);
	}

	/** A day's slots of a matter with how many places each has left. */
	freeSlots(locationId: number, serviceId: number, day: string): FreeSlot[] {
		const location = this.requireLocation(locationId);
		this.requireService(locationId, serviceId);
		const slots = slotsOn(this.bookings.schedule(serviceId), location.hours, day);
		if (slots.length === 0) return [];
		const tz = location.hours.timeZone;
		const taken = this.bookings.takenBetween(
			serviceId,
			zonedInstant(day, 0, tz),
			zonedInstant(addDays(day, 1), 0, tz)
		);
		return slots.map((s) => ({ ...s, free: Math.max(0, s.capacity - (taken.get(s.at) ?? 0)) }));
	}

	/**
	 * A day's free slots of every matter of the location that takes appointments (staff booking
	 * a client on the phone, an overview): the schedules in one query and the day's bookings of
	 * the location in one range of bookings_location_slot, not one request per matter.
	 */
	freeSlotsOfDay(locationId: number, day: string): { serviceId: number; slots: FreeSlot[] }[] {
		const location = this.requireLocation(locationId);
		const services = this.office.services(locationId).filter((s) => s.active);
		const schedules = this.bookings.schedulesOf(services.map((s) => s.id));
		const tz = location.hours.timeZone;
		const taken = this.bookings.takenAt(
			locationId,
			zonedInstant(day, 0, tz),
			zonedInstant(addDays(day, 1), 0, tz)
		);
		return services.flatMap((s) => {
			const schedule = schedules.get(s.id);
			if (!schedule) return [];
			const slots = slotsOn(schedule, location.hours, day).map((slot) => ({
				...slot,
				free: Math.max(0, slot.capacity - (taken.get(`${s.id} ${slot.at}`) ?? 0))
			}));
			return [{ serviceId: s.id, slots }];
		});
	}

	/**
	 * Book a slot: checked and written in one IMMEDIATE transaction, so two visitors asking for
	 * the last place at the same moment cannot both get it. Answers the booking with its code.
	 */
	book(request: BookingRequest): Booking {
		const location = this.requireLocation(request.locationId);
		this.requireService(request.locationId, request.serviceId);
		const now = this.clock();
		return this.db
			.transaction(() => {
				const days = bookableDays(location.hours, now, this.policy, request.interpreter);
				const slots = slotsOn(
					this.bookings.schedule(request.serviceId),
					location.hours,
					request.day
				);
				const wanted = slots.find((s) => s.start === request.start);
				const taken = wanted ? this.bookings.taken(request.serviceId, wanted.at) : 0;
				const decision = checkBooking(slots, days, request, taken);
				if (!decision.ok) throw new DomainError('booking_refused', { reason: decision.reason });
				const booking = {
					locationId: request.locationId,
					serviceId: request.serviceId,
					day: request.day,
					start: request.start,
					slotAt: decision.slot.at,
					code: this.freeCode(request.locationId),
					viewToken: randomBytes(18).toString('base64url'),
					lang: request.lang,
					email: request.email,
					phone: request.phone,
					interpreter: request.interpreter,
					accessible: request.accessible,
					bookedBy: request.bookedBy,
					createdAt: now
				};
				this.bookings.insert(booking);
				const saved = this.bookings.byToken(booking.viewToken)!;
				this.tell('booking_confirmed', saved);
				return saved;
			})
			.immediate();
	}

	/** The booking behind a link, or null. */
	byToken(token: string): Booking | null {
		return this.bookings.byToken(token);
	}

	/** Cancel a booking still to come (its place is free again). */
	cancel(token: string): Booking {
		const booking = this.bookings.byToken(token);
		if (!booking) throw new DomainError('not_found', { what: 'booking' });
		if (booking.state !== 'booked')
			throw new DomainError('invalid_state', { state: booking.state });
		this.bookings.setState(booking.id, 'cancelled', this.clock());
		this.changedOn(booking.locationId, booking.day);
		const cancelled = { ...booking, state: 'cancelled' as const };
		this.tell('booking_cancelled', cancelled);
		return cancelled;
	}

	/** The one listener of bookings made, moved and cancelled (the visitor's messages). */
	onChange(listener: BookingListener): void {
		this.listener = listener;
	}

	/** A message that cannot be written must not cost the visitor the booking. */
	private tell(...[change, booking]: Parameters<BookingListener>): void {
		try {
			this.listener?.(change, booking);
		} catch (err) {
			console.error('[okienko] the booking message was not written', err);
		}
	}

	/**
	 * No-shows: bookings still `booked` once their check-in grace has passed become `missed`
	 * (queue/appointments.ts noShowBefore). Answers how many; run each minute (no-show-job.ts).
	 */
	markNoShows(): number {
		const now = this.clock();
		const missed = this.bookings.markMissed(noShowBefore(now, this.policy), now);
		const days = new Set(missed.map((m) => `${m.locationId} ${m.day}`));
		for (const key of days) {
			const [locationId, day] = key.split(' ');
			this.changedOn(Number(locationId), day!);
		}
		return missed.length;
	}

	/** A booking of `day` changed: if that is today at its location, the consoles hear of it. */
	private changedOn(locationId: number, day: string): void {
		const location = this.office.location(locationId);
		if (location && localTime(this.clock(), location.hours.timeZone).day === day) {
			this.onTodayChanged(locationId);
		}
	}

	/** Retention: delete the e-mail and phone of bookings whose slot was over CONTACT_KEPT_DAYS ago. */
	forgetContacts(): number {
		const now = this.clock();
		return this.bookings.deleteContacts(now - CONTACT_KEPT_DAYS * 86_400_000, now);
	}

	/** The active matters of a location that take appointments (those with a schedule). */
	bookableMatters(locationId: number): number[] {
		return this.office
			.services(locationId)
			.filter((s) => s.active && this.bookings.schedule(s.id).length > 0)
			.map((s) => s.id);
	}

	/** The rules bookings follow (the booking page tells visitors the numbers). */
	rules(): BookingPolicy {
		return this.policy;
	}

	/**
	 * A 6-digit code no booking still to come at the location has. Random, so a code says nothing
	 * of another booking; typed at the kiosk, so it is short, and guessing is rate-limited there.
	 */
	private freeCode(locationId: number): string {
		for (;;) {
			const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
			if (!this.bookings.codeInUse(locationId, code)) return code;
		}
	}

	private requireLocation(locationId: number) {
		const location = this.office.location(locationId);
		if (!location) throw new DomainError('not_found', { what: 'location' });
		return location;
	}

	/** An active matter of the location, or 404. */
	private requireService(locationId: number, serviceId: number) {
		const service = this.office.services(locationId).find((s) => s.id === serviceId && s.active);
		if (!service) throw new DomainError('not_found', { what: 'service' });
		return service;
	}
}
