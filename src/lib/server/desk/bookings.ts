/**
 * Appointments (issue 14): booking a matter's slot, looking a booking up by its code or link,
 * cancelling it, and the retention of its contact data. The slot rules are the domain's
 * (queue/slots.ts); this joins them to the office's set-up and the bookings' table.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Db } from '../db/open';
import type { Booking, BookingRepository } from '../db/repositories/bookings';
import { BookingSettingsRepository } from '../db/repositories/booking-settings';
import type { OfficeRepository } from '../office/repository';
import {
	addDays,
	bookableDays,
	checkBooking,
	DomainError,
	localTime,
	noShowBefore,
	interpreterFree,
	slotLength,
	slotsOn,
	zonedInstant,
	type BookingPolicy,
	type OpeningHours,
	type Slot
} from '../queue';
import { log } from '../log';

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

/**
 * How long a booking's e-mail and phone are kept after its slot (privacy: only as needed), unless
 * the office sets its own (OKIENKO_BOOKING_CONTACT_DAYS).
 */
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
		readonly clock: () => number,
		/** Each location's policy and interpreter's week, set at /admin/appointments. */
		readonly settings: BookingSettingsRepository = new BookingSettingsRepository(db),
		/** Days after its slot a booking's contact data is kept (config.ts bookingContactDays). */
		readonly contactKeptDays = CONTACT_KEPT_DAYS
	) {}

	/** The location's booking policy (its own, else DEFAULT_BOOKING_POLICY). */
	policy(locationId: number): BookingPolicy {
		return this.settings.policy(locationId);
	}

	/** The days a matter may be booked on now (with an interpreter: after the notice). */
	days(locationId: number, interpreter = false): string[] {
		const location = this.requireLocation(locationId);
		return bookableDays(location.hours, this.clock(), this.policy(locationId), interpreter);
	}

	/**
	 * A day's slots of a matter with how many places each has left; with an interpreter, a slot
	 * without an interpreter free for its whole length has no place.
	 */
	freeSlots(locationId: number, serviceId: number, day: string, interpreter = false): FreeSlot[] {
		const location = this.requireLocation(locationId);
		this.requireService(locationId, serviceId);
		const schedule = this.bookings.schedule(serviceId);
		const slots = slotsOn(schedule, location.hours, day);
		if (slots.length === 0) return [];
		const tz = location.hours.timeZone;
		const dayStart = zonedInstant(day, 0, tz);
		const dayEnd = zonedInstant(addDays(day, 1), 0, tz);
		const taken = this.bookings.takenBetween(serviceId, dayStart, dayEnd);
		const week = interpreter ? this.settings.interpreterWeek(locationId) : [];
		const spans = interpreter ? this.bookings.interpreterSpans(locationId, dayStart, dayEnd) : [];
		return slots.map((s) => {
			let free = Math.max(0, s.capacity - (taken.get(s.at) ?? 0));
			if (interpreter && free > 0) {
				const minutes = slotLength(schedule, day, s.start) ?? 0;
				const span = { day, start: s.start, minutes, at: s.at, end: s.at + minutes * 60_000 };
				if (!interpreterFree(week, span, spans)) free = 0;
			}
			return { ...s, free };
		});
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
				const decision = this.decide(request.locationId, location.hours, now, request);
				if (!decision.ok) throw new DomainError('booking_refused', { reason: decision.reason });
				const booking = {
					locationId: request.locationId,
					serviceId: request.serviceId,
					day: request.day,
					start: request.start,
					slotAt: decision.slot.at,
					endsAt: decision.endsAt,
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

	/**
	 * Move a booking still to come to another slot of its matter (staff, for a client on the
	 * phone): the same checks as booking, in one IMMEDIATE transaction; the code and link stay,
	 * and the old place is free at once.
	 */
	move(id: number, to: { day: string; start: string }): { before: Booking; after: Booking } {
		const now = this.clock();
		const moved = this.db
			.transaction(() => {
				const before = this.bookings.byId(id);
				if (!before) throw new DomainError('not_found', { what: 'booking' });
				if (before.state !== 'booked') {
					throw new DomainError('invalid_state', { state: before.state });
				}
				const location = this.requireLocation(before.locationId);
				const wanted = { ...before, day: to.day, start: to.start };
				const decision = this.decide(before.locationId, location.hours, now, wanted, before.id);
				if (!decision.ok) throw new DomainError('booking_refused', { reason: decision.reason });
				const slot = { ...to, slotAt: decision.slot.at, endsAt: decision.endsAt };
				this.bookings.move(id, slot, now);
				const after = this.bookings.byId(id)!;
				// In the move's transaction, like a booking's confirmation: both or neither.
				this.tell('booking_moved', after);
				return { before, after };
			})
			.immediate();
		this.changedOn(moved.before.locationId, moved.before.day);
		this.changedOn(moved.after.locationId, moved.after.day);
		return moved;
	}

	/** The booking behind a link, or null. */
	byToken(token: string): Booking | null {
		return this.bookings.byToken(token);
	}

	/** Cancel a booking still to come by its link (its place is free again). */
	cancel(token: string): Booking {
		return this.cancelBooking(this.bookings.byToken(token));
	}

	/** Cancel a booking still to come by its id (staff, for a client on the phone). */
	cancelById(id: number): Booking {
		return this.cancelBooking(this.bookings.byId(id));
	}

	private cancelBooking(booking: Booking | null): Booking {
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
			log.error({ err }, 'the booking message was not written');
		}
	}

	/**
	 * No-shows: bookings still `booked` once their check-in grace has passed become `missed`
	 * (queue/appointments.ts noShowBefore). Answers how many; run each minute (no-show-job.ts).
	 */
	markNoShows(): number {
		const now = this.clock();
		const missed = this.office
			.locations()
			.flatMap((l) => this.bookings.markMissed(l.id, noShowBefore(now, this.policy(l.id)), now));
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

	/** Retention: delete the e-mail and phone of bookings whose slot was over contactKeptDays ago. */
	forgetContacts(): number {
		const now = this.clock();
		return this.bookings.deleteContacts(now - this.contactKeptDays * 86_400_000, now);
	}

	/** The active matters of a location that take appointments (those with a schedule). */
	bookableMatters(locationId: number): number[] {
		return this.office
			.services(locationId)
			.filter((s) => s.active && this.bookings.schedule(s.id).length > 0)
			.map((s) => s.id);
	}

	/**
	 * May this booking (or `moving`, moved to this time) take the slot: a bookable day, a slot of
	 * the matter with a place left, and with an interpreter, one free for the whole slot. Runs
	 * inside the caller's transaction, so what it counts cannot change before the write.
	 */
	private decide(
		locationId: number,
		hours: OpeningHours,
		now: number,
		wanted: { serviceId: number; day: string; start: string; interpreter: boolean },
		moving = 0
	) {
		const policy = this.policy(locationId);
		const days = bookableDays(hours, now, policy, wanted.interpreter);
		const schedule = this.bookings.schedule(wanted.serviceId);
		const slots = slotsOn(schedule, hours, wanted.day);
		const slot = slots.find((s) => s.start === wanted.start);
		let taken = slot ? this.bookings.taken(wanted.serviceId, slot.at) : 0;
		// A booking moved within its own slot does not take a second place.
		if (slot && moving && this.bookings.byId(moving)?.slotAt === slot.at) taken -= 1;
		const decision = checkBooking(slots, days, wanted, taken);
		if (!decision.ok) return decision;
		const minutes = slotLength(schedule, wanted.day, wanted.start) ?? 0;
		const endsAt = decision.slot.at + minutes * 60_000;
		if (wanted.interpreter) {
			const span = { ...decision.slot, minutes, end: endsAt };
			const booked = this.bookings.interpreterSpans(locationId, span.at, endsAt, moving);
			const week = this.settings.interpreterWeek(locationId);
			if (!interpreterFree(week, span, booked)) {
				return { ok: false as const, reason: 'no_interpreter' as const };
			}
		}
		return { ...decision, endsAt };
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
