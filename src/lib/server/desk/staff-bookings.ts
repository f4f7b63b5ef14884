/**
 * Staff booking (issue 14): a clerk on the phone books, moves or cancels for a client, finds a
 * booking by its code, lists a location's day and the interpreter's diary. The rules are the
 * booking service's (desk/bookings.ts); here each change also gets its audit entry in the same
 * transaction, so the log never says something happened that did not, or misses what did.
 */
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from '../auth/guard';
import type { Db } from '../db/open';
import { BookingRepository, type Booking } from '../db/repositories/bookings';
import type { BookingRequest, BookingService } from './bookings';

export interface StaffActor {
	principal: Principal;
	ip: string;
}

/** What the audit log keeps of a booking: never its e-mail or phone. */
const audited = (b: Booking) => ({
	code: b.code,
	serviceId: b.serviceId,
	day: b.day,
	start: b.start,
	interpreter: b.interpreter,
	accessible: b.accessible
});

export class StaffBookings {
	private readonly repo: BookingRepository;

	constructor(
		private readonly db: Db,
		private readonly service: BookingService,
		private readonly audit: AuditLog
	) {
		this.repo = new BookingRepository(db);
	}

	/** Book for a client: booked_by is the clerk. */
	book(actor: StaffActor, request: Omit<BookingRequest, 'bookedBy'>): Booking {
		return this.db
			.transaction(() => {
				const booking = this.service.book({ ...request, bookedBy: actor.principal.staff!.id });
				this.record(actor, 'booking.create', booking, audited(booking));
				return booking;
			})
			.immediate();
	}

	/** Another free slot of the same matter; the code and link stay. */
	move(actor: StaffActor, id: number, to: { day: string; start: string }): Booking {
		return this.db
			.transaction(() => {
				const { before, after } = this.service.move(id, to);
				this.record(actor, 'booking.move', after, {
					code: after.code,
					day: { before: before.day, after: after.day },
					start: { before: before.start, after: after.start }
				});
				return after;
			})
			.immediate();
	}

	/** Cancel a booking still to come: its place (and interpreter) is free again. */
	cancel(actor: StaffActor, id: number): Booking {
		return this.db
			.transaction(() => {
				const after = this.service.cancelById(id);
				this.record(actor, 'booking.cancel', after, audited(after));
				return after;
			})
			.immediate();
	}

	byId(id: number): Booking | null {
		return this.repo.byId(id);
	}

	/** The newest booking with this code at the location (a client reads it out on the phone). */
	byCode(locationId: number, code: string): Booking | null {
		return this.repo.latestByCode(locationId, code);
	}

	/** A location's bookings of a day, by time. */
	ofDay(locationId: number, day: string): Booking[] {
		return this.repo.ofDay(locationId, day);
	}

	/** The interpreter's diary: bookings with an interpreter from the start of today on. */
	interpreterDiary(locationId: number, from: number): Booking[] {
		return this.repo.interpreterDiary(locationId, from);
	}

	private record(actor: StaffActor, action: string, b: Booking, detail: Record<string, unknown>) {
		this.audit.record({
			actor: actor.principal,
			action,
			subject: `booking:${b.id}`,
			detail,
			ip: actor.ip
		});
	}
}

const INSTANCES = new WeakMap<object, StaffBookings>();

/** The application's staff booking desk (one per app, made on first use, as officeAdminOf). */
export function staffBookingsOf(app: {
	db: Db;
	bookings: BookingService;
	audit: AuditLog;
}): StaffBookings {
	let desk = INSTANCES.get(app);
	if (!desk) {
		desk = new StaffBookings(app.db, app.bookings, app.audit);
		INSTANCES.set(app, desk);
	}
	return desk;
}
