import type { Db } from '../open';
import type { SlotSchedule, Span } from '../../queue';

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
	/** The slot's end (migration 025); null for bookings made before it. */
	endsAt: number | null;
}

/**
 * A booking to write. Without `endsAt` (a caller that does not know the slot's length, such as a
 * benchmark's seed) it takes only its start's minute of the interpreter.
 */
export type NewBooking = Omit<
	Booking,
	'id' | 'state' | 'ticketId' | 'ticketCode' | 'changedAt' | 'endsAt'
> & {
	endsAt?: number | null;
};

/** A stretch of a matter's appointment schedule as stored, with its row id (for editing it). */
export interface ScheduleRow extends SlotSchedule {
	id: number;
	serviceId: number;
}

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
	ends_at: number | null;
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
	changedAt: r.changed_at,
	endsAt: r.ends_at
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
				   email, phone, interpreter, accessible, booked_by, created_at, changed_at, ends_at)
				 VALUES (@locationId, @serviceId, @day, @start, @slotAt, @code, @viewToken, @lang,
				   @email, @phone, @interpreter, @accessible, @bookedBy, @createdAt, @createdAt, @endsAt)`
			),
			...staffQueries(db),
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
				 WHERE state = 'booked' AND slot_at < @before AND location_id = @locationId
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
				endsAt: b.endsAt ?? null,
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
	markMissed(
		locationId: number,
		before: number,
		now: number
	): { locationId: number; day: string }[] {
		return this.q.markMissed.all({ locationId, before, now }) as {
			locationId: number;
			day: string;
		}[];
	}

	/** The schedule's stretches with their ids (the admin page edits them one by one). */
	scheduleRows(serviceIds: readonly number[]): ScheduleRow[] {
		if (serviceIds.length === 0) return [];
		return this.q.scheduleRows.all(JSON.stringify(serviceIds)) as ScheduleRow[];
	}

	scheduleRow(id: number): ScheduleRow | null {
		return (this.q.scheduleRow.get(id) as ScheduleRow | undefined) ?? null;
	}

	addStretch(serviceId: number, s: SlotSchedule): number {
		return Number(this.q.addSchedule.run({ serviceId, ...s }).lastInsertRowid);
	}

	updateStretch(id: number, serviceId: number, s: SlotSchedule): void {
		this.q.updateStretch.run({ id, serviceId, ...s });
	}

	deleteStretch(id: number): void {
		this.q.deleteStretch.run(id);
	}

	/** The spans of a location's bookings with an interpreter in [from, to), one booking left out. */
	interpreterSpans(locationId: number, from: number, to: number, exceptId = 0): Span[] {
		return this.q.interpreterSpans.all({ locationId, from, to, exceptId }) as Span[];
	}

	byId(id: number): Booking | null {
		const r = this.q.byId.get(id) as Row | undefined;
		return r ? toBooking(r) : null;
	}

	/** The newest booking with this code at the location, whatever its state (staff look-up). */
	latestByCode(locationId: number, code: string): Booking | null {
		const r = this.q.latestByCode.get(locationId, code) as Row | undefined;
		return r ? toBooking(r) : null;
	}

	/** A location's bookings of a day, by time. */
	ofDay(locationId: number, day: string): Booking[] {
		return (this.q.ofDay.all(locationId, day) as Row[]).map(toBooking);
	}

	/** Bookings with an interpreter, still to come or checked in, from `from` on (the diary). */
	interpreterDiary(locationId: number, from: number): Booking[] {
		return (this.q.interpreterDiary.all(locationId, from) as Row[]).map(toBooking);
	}

	/** Another slot of the same matter for a booking still to come; its code stays. */
	move(id: number, to: { day: string; start: string; slotAt: number; endsAt: number }, at: number) {
		this.q.move.run({ id, ...to, at });
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

/** Staff booking's reads and writes (migration 025's end of a slot, the interpreter's overlap). */
function staffQueries(db: Db) {
	return {
		scheduleRows: db.prepare(
			`SELECT id, service_id AS serviceId, weekday, from_time AS "from", to_time AS "to",
			   slot_minutes AS slotMinutes, capacity
			 FROM appointment_schedules WHERE service_id IN (SELECT value FROM json_each(?))
			 ORDER BY service_id, weekday, from_time, id`
		),
		scheduleRow: db.prepare(
			`SELECT id, service_id AS serviceId, weekday, from_time AS "from", to_time AS "to",
			   slot_minutes AS slotMinutes, capacity
			 FROM appointment_schedules WHERE id = ?`
		),
		updateStretch: db.prepare(
			`UPDATE appointment_schedules SET service_id = @serviceId, weekday = @weekday, from_time = @from, to_time = @to,
			   slot_minutes = @slotMinutes, capacity = @capacity WHERE id = @id`
		),
		deleteStretch: db.prepare('DELETE FROM appointment_schedules WHERE id = ?'),
		// A booking from before migration 025 has no end: it takes its start's minute.
		interpreterSpans: db.prepare(
			`SELECT slot_at AS at, coalesce(ends_at, slot_at + 60000) AS "end" FROM bookings
			 WHERE location_id = @locationId AND interpreter = 1 AND state IN ('booked', 'checked_in')
			   AND slot_at < @to AND coalesce(ends_at, slot_at + 60000) > @from AND id <> @exceptId`
		),
		byId: db.prepare(`${SELECT_BOOKING} WHERE b.id = ?`),
		latestByCode: db.prepare(
			`${SELECT_BOOKING} WHERE b.location_id = ? AND b.code = ? ORDER BY b.slot_at DESC, b.id DESC LIMIT 1`
		),
		ofDay: db.prepare(
			`${SELECT_BOOKING} WHERE b.location_id = ? AND b.day = ? ORDER BY b.slot_at, b.id`
		),
		interpreterDiary: db.prepare(
			`SELECT * FROM bookings
			 WHERE location_id = ? AND interpreter = 1 AND state IN ('booked', 'checked_in') AND slot_at >= ?
			 ORDER BY slot_at, id LIMIT 500`
		),
		move: db.prepare(
			`UPDATE bookings SET day = @day, start = @start, slot_at = @slotAt, ends_at = @endsAt,
			   changed_at = @at WHERE id = @id AND state = 'booked'`
		)
	};
}
