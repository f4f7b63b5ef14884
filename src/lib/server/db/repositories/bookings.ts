import type { Db } from '../open';
import type { SlotSchedule } from '../../queue';

export type BookingState = 'booked' | 'checked_in' | 'cancelled' | 'missed';

/** A booking as stored (migration 022). */
export interface Booking {
	id: number;
	locationId: number;
	serviceId: number;
	day: string;
	start: string;
	slotAt: number;
	code: string;
	viewToken: string;
	lang: 'pl' | 'en' | 'uk';
	email: string | null;
	phone: string | null;
	interpreter: boolean;
	accessible: boolean;
	state: BookingState;
	ticketId: number | null;
	/** The code of the ticket the booking became at check-in (its live page /t/{code}), or null. */
	ticketCode: string | null;
	bookedBy: number | null;
	createdAt: number;
	changedAt: number;
}

export type NewBooking = Omit<Booking, 'id' | 'state' | 'ticketId' | 'ticketCode' | 'changedAt'>;

interface Row {
	id: number;
	location_id: number;
	service_id: number;
	day: string;
	start: string;
	slot_at: number;
	code: string;
	view_token: string;
	lang: Booking['lang'];
	email: string | null;
	phone: string | null;
	interpreter: number;
	accessible: number;
	state: BookingState;
	ticket_id: number | null;
	/** tickets.code joined through ticket_id. */
	ticket_code: string | null;
	booked_by: number | null;
	created_at: number;
	changed_at: number;
}

const toBooking = (r: Row): Booking => ({
	id: r.id,
	locationId: r.location_id,
	serviceId: r.service_id,
	day: r.day,
	start: r.start,
	slotAt: r.slot_at,
	code: r.code,
	viewToken: r.view_token,
	lang: r.lang,
	email: r.email,
	phone: r.phone,
	interpreter: r.interpreter === 1,
	accessible: r.accessible === 1,
	state: r.state,
	ticketId: r.ticket_id,
	ticketCode: r.ticket_code ?? null,
	bookedBy: r.booked_by,
	createdAt: r.created_at,
	changedAt: r.changed_at
});

/** A booking with the code of the ticket it became (the holder's link leads on to that ticket). */
const SELECT_BOOKING =
	'SELECT b.*, t.code AS ticket_code FROM bookings b LEFT JOIN tickets t ON t.id = b.ticket_id';

/** The one module that reads and writes appointment_schedules and bookings. */
export class BookingRepository {
	private readonly q;

	constructor(private readonly db: Db) {
		this.q = {
			schedule: db.prepare(
				`SELECT weekday, from_time AS "from", to_time AS "to", slot_minutes AS slotMinutes, capacity
				 FROM appointment_schedules WHERE service_id = ? ORDER BY weekday, from_time`
			),
			clearSchedule: db.prepare('DELETE FROM appointment_schedules WHERE service_id = ?'),
			addSchedule: db.prepare(
				`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
				 VALUES (@serviceId, @weekday, @from, @to, @slotMinutes, @capacity)`
			),
			taken: db
				.prepare(
					`SELECT count(*) FROM bookings
					 WHERE service_id = ? AND slot_at = ? AND state IN ('booked', 'checked_in')`
				)
				.pluck(),
			takenBetween: db.prepare(
				`SELECT slot_at AS at, count(*) AS n FROM bookings
				 WHERE service_id = ? AND slot_at >= ? AND slot_at < ? AND state IN ('booked', 'checked_in')
				 GROUP BY slot_at`
			),
			codeInUse: db
				.prepare("SELECT 1 FROM bookings WHERE location_id = ? AND code = ? AND state = 'booked'")
				.pluck(),
			insert: db.prepare(
				`INSERT INTO bookings (location_id, service_id, day, start, slot_at, code, view_token, lang,
				   email, phone, interpreter, accessible, booked_by, created_at, changed_at)
				 VALUES (@locationId, @serviceId, @day, @start, @slotAt, @code, @viewToken, @lang,
				   @email, @phone, @interpreter, @accessible, @bookedBy, @createdAt, @createdAt)`
			),
			byToken: db.prepare(`${SELECT_BOOKING} WHERE b.view_token = ?`),
			byCode: db.prepare(
				`${SELECT_BOOKING} WHERE b.location_id = ? AND b.code = ? AND b.state = 'booked'`
			),
			setState: db.prepare(
				'UPDATE bookings SET state = @state, ticket_id = coalesce(@ticketId, ticket_id), changed_at = @at WHERE id = @id'
			),
			upcomingWithContact: db.prepare(
				`SELECT * FROM bookings
				 WHERE slot_at >= ? AND slot_at < ? AND state = 'booked'
				   AND contact_deleted_at IS NULL AND (email IS NOT NULL OR phone IS NOT NULL)`
			),
			schedulesOf: db.prepare(
				`SELECT service_id AS serviceId, weekday, from_time AS "from", to_time AS "to",
				   slot_minutes AS slotMinutes, capacity
				 FROM appointment_schedules
				 WHERE service_id IN (SELECT value FROM json_each(?)) ORDER BY weekday, from_time`
			),
			// bookings_location_slot (migration 026): every matter's bookings of one day at once.
			takenAt: db.prepare(
				`SELECT service_id AS serviceId, slot_at AS at, count(*) AS n FROM bookings
				 WHERE location_id = ? AND slot_at >= ? AND slot_at < ? AND state IN ('booked', 'checked_in')
				 GROUP BY service_id, slot_at`
			),
			// bookings_location_slot (migration 026): one day's range of one location.
			between: db.prepare(
				`SELECT * FROM bookings WHERE location_id = ? AND slot_at >= ? AND slot_at < ?
				 ORDER BY slot_at, id`
			),
			// bookings_due (migration 026): only bookings still to come are in the index.
			markMissed: db.prepare(
				`UPDATE bookings SET state = 'missed', changed_at = @now
				 WHERE state = 'booked' AND slot_at < @before
				 RETURNING location_id AS locationId, day`
			),
			deleteContacts: db.prepare(
				`UPDATE bookings SET email = NULL, phone = NULL, contact_deleted_at = @now
				 WHERE slot_at < @before AND contact_deleted_at IS NULL
				   AND (email IS NOT NULL OR phone IS NOT NULL)`
			)
		};
	}

	/** A matter's weekly appointment schedule. */
	schedule(serviceId: number): SlotSchedule[] {
		return this.q.schedule.all(serviceId) as SlotSchedule[];
	}

	/** From now on exactly these stretches for the matter. */
	setSchedule(serviceId: number, stretches: readonly SlotSchedule[]): void {
		this.db.transaction(() => {
			this.q.clearSchedule.run(serviceId);
			for (const s of stretches) this.q.addSchedule.run({ serviceId, ...s });
		})();
	}

	/** How many bookings (booked or checked in) a slot has. */
	taken(serviceId: number, slotAt: number): number {
		return this.q.taken.get(serviceId, slotAt) as number;
	}

	/** Bookings per slot start in [from, to). */
	takenBetween(serviceId: number, from: number, to: number): Map<number, number> {
		const rows = this.q.takenBetween.all(serviceId, from, to) as { at: number; n: number }[];
		return new Map(rows.map((r) => [r.at, r.n]));
	}

	/** The weekly schedules of these matters, by matter (one query for a location's matters). */
	schedulesOf(serviceIds: readonly number[]): Map<number, SlotSchedule[]> {
		const rows = this.q.schedulesOf.all(JSON.stringify(serviceIds)) as (SlotSchedule & {
			serviceId: number;
		})[];
		const by = new Map<number, SlotSchedule[]>();
		for (const { serviceId, ...s } of rows) by.set(serviceId, [...(by.get(serviceId) ?? []), s]);
		return by;
	}

	/** A location's bookings per matter and slot start in [from, to): "matter slot_at" → count. */
	takenAt(locationId: number, from: number, to: number): Map<string, number> {
		const rows = this.q.takenAt.all(locationId, from, to) as {
			serviceId: number;
			at: number;
			n: number;
		}[];
		return new Map(rows.map((r) => [`${r.serviceId} ${r.at}`, r.n]));
	}

	codeInUse(locationId: number, code: string): boolean {
		return this.q.codeInUse.get(locationId, code) !== undefined;
	}

	insert(b: NewBooking): number {
		return Number(
			this.q.insert.run({
				...b,
				interpreter: b.interpreter ? 1 : 0,
				accessible: b.accessible ? 1 : 0
			}).lastInsertRowid
		);
	}

	byToken(token: string): Booking | null {
		const r = this.q.byToken.get(token) as Row | undefined;
		return r ? toBooking(r) : null;
	}

	/** The booking still to come with this code at the location, or null. */
	byCode(locationId: number, code: string): Booking | null {
		const r = this.q.byCode.get(locationId, code) as Row | undefined;
		return r ? toBooking(r) : null;
	}

	setState(id: number, state: BookingState, at: number, ticketId: number | null = null): void {
		this.q.setState.run({ id, state, at, ticketId });
	}

	/** A location's bookings whose slot starts in [from, to), by slot time: one day's, for the consoles. */
	between(locationId: number, from: number, to: number): Booking[] {
		return (this.q.between.all(locationId, from, to) as Row[]).map(toBooking);
	}

	/**
	 * No-shows: every booking still `booked` whose slot started before `before` becomes `missed`.
	 * Answers the location and day of each, so that the consoles showing that day are refreshed.
	 */
	markMissed(before: number, now: number): { locationId: number; day: string }[] {
		return this.q.markMissed.all({ before, now }) as { locationId: number; day: string }[];
	}

	/** Retention: e-mail and phone of bookings whose slot was before `before`; how many. */
	deleteContacts(before: number, now: number): number {
		return this.q.deleteContacts.run({ before, now }).changes;
	}

	/** Bookings still to come with a slot in [from, to) and an e-mail or phone (reminders). */
	upcomingWithContact(from: number, to: number): Booking[] {
		return (this.q.upcomingWithContact.all(from, to) as Row[]).map(toBooking);
	}
}
