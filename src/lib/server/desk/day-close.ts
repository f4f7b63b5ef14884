import type { Db } from '../db/open';
import type { DayClosures } from '../db/repositories/day-closures';
import type { TicketRepository } from '../db/repositories/tickets';
import type { OfficeRepository } from '../office/repository';
import type { LocationRecord } from '../office/records';
import type { AuditLog } from '../audit/audit-log';
import { mayActOnDepartment, type Principal } from '../auth/guard';
import {
	closeDay,
	closingMinute,
	hoursOn,
	DomainError,
	dueToClose,
	localTime,
	type Change,
	type Service,
	type Ticket,
	zonedInstant
} from '../queue';
import type { CommandResult } from './queue-service';
import { log } from '../log';

/** What the end of the day tells the live screens (the Broadcaster is one). */
export interface DayPublisher {
	publish(result: CommandResult): void;
	/** Fresh snapshots for a location's screens although nothing in its queue changed. */
	refresh(locationId: number): void;
}

export interface ClosedDay {
	day: string;
	/** The tickets ended, as they are now. */
	closed: Ticket[];
}

/**
 * The end of the office day (issue 12, item 16): the tickets still waiting end as `closed`,
 * either when a manager closes the day by hand ("Zamknij dzień", audited) or when the location's
 * closing time passes (the scheduler's `closeDue`). Each closing is recorded in day_closures, so
 * the boards drop the day's past calls; the screens get fresh snapshots. Called and served
 * tickets stay with their clerk (SR-30).
 */
export class DayDesk {
	/** Each location's office day at the scheduler's last turn, to notice midnight. */
	private readonly lastDay = new Map<number, string>();

	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly tickets: TicketRepository,
		private readonly closures: DayClosures,
		private readonly publisher: DayPublisher,
		private readonly audit: AuditLog,
		private readonly clock: () => number
	) {}

	/**
	 * A manager's "Zamknij dzień" at a location: the waiting tickets of the departments they may
	 * act on (every department for an administrator) end now, with the audit entry in the same
	 * transaction.
	 */
	closeByHand(locationId: number, actor: Principal, ip?: string): ClosedDay {
		const location = this.office.location(locationId);
		if (!location) throw new DomainError('not_found', { what: 'location' });
		const { day, change } = this.db
			.transaction(() => {
				const now = this.clock();
				const day = localTime(now, location.hours.timeZone).day;
				const theirs = this.tickets
					.waiting(locationId)
					.filter((t) => mayActOnDepartment(actor, t.departmentId));
				const change = closeDay(theirs, now);
				this.save(location, change, day, now, actor.staff?.id ?? null);
				this.audit.record({
					actor,
					action: 'day.close',
					ip,
					subject: `location:${location.slug}`,
					detail: {
						day,
						closed: change.tickets.length,
						numbers: change.tickets.map((t) => t.number)
					}
				});
				return { day, change };
			})
			.immediate();
		this.announce(locationId, change);
		return { day, closed: change.tickets };
	}

	/** What the "Zamknij dzień" page shows: the office day, its hours, what waits, the last closing. */
	status(locationId: number, actor: Principal) {
		const location = this.office.location(locationId);
		if (!location) throw new DomainError('not_found', { what: 'location' });
		const today = localTime(this.clock(), location.hours.timeZone);
		return {
			day: today.day,
			hours: hoursOn(location.hours, today.day),
			enforced: location.hours.enforced,
			waiting: this.tickets
				.waiting(locationId)
				.filter((t) => mayActOnDepartment(actor, t.departmentId)).length,
			closedAt: this.closures.latest(locationId, today.day)
		};
	}

	/**
	 * The scheduler's turn, for every location: end the waiting tickets whose day is over
	 * (queue/day.ts `dueToClose`), record the closing of a day whose hours are over, and give the
	 * screens fresh snapshots when the office day has changed since the last turn, so that no
	 * board or console shows yesterday in the morning.
	 */
	closeDue(): void {
		for (const location of this.office.locations()) {
			try {
				this.closeDueAt(location);
			} catch (err) {
				// A timer has no caller to answer; the next turn tries again.
				log.error({ err, location: location.slug }, 'closing the day failed');
			}
		}
	}

	private closeDueAt(location: LocationRecord): void {
		const now = this.clock();
		const today = localTime(now, location.hours.timeZone);
		const services = new Map(this.office.services(location.id).map((s) => [s.id, s] as const));
		const { some, all: over } = this.queuesClosed(location, [...services.values()], now);
		// Most turns find nothing to do: no queue has closed yet and nothing waits from an earlier
		// day (one look-up in an index), so they read no ticket and take no write lock.
		const midnight = zonedInstant(today.day, 0, location.hours.timeZone);
		const mayBeDue = some || this.tickets.waitingIssuedBefore(location.id, midnight);
		const due = mayBeDue
			? dueToClose(this.tickets.waiting(location.id), location.hours, services, now)
			: [];
		const alreadyClosed = this.closures.latest(location.id, today.day) !== null;
		let change: Change | null = null;
		if (due.length > 0 || (over && !alreadyClosed)) {
			change = this.db
				.transaction((): Change => {
					const at = this.clock();
					const change = closeDay(
						dueToClose(this.tickets.waiting(location.id), location.hours, services, at),
						at
					);
					this.save(location, change, today.day, at, null);
					return change;
				})
				.immediate();
		}
		const previous = this.lastDay.get(location.id);
		this.lastDay.set(location.id, today.day);
		const dayChanged = previous !== undefined && previous !== today.day;
		if (change || dayChanged) this.announce(location.id, change);
	}

	/**
	 * Where hours are enforced: whether some matter's queue has closed for today, and whether all
	 * have (the latest acceptance has passed); on a closed day, both.
	 */
	private queuesClosed(
		location: LocationRecord,
		services: readonly Service[],
		at: number
	): { some: boolean; all: boolean } {
		if (!location.hours.enforced) return { some: false, all: false };
		const now = localTime(at, location.hours.timeZone);
		const closes = [undefined, ...services].map((s) => closingMinute(location.hours, s, now.day));
		if (closes[0] === null) return { some: true, all: true };
		const minutes = closes.map((c) => c ?? 0);
		return { some: now.minutes >= Math.min(...minutes), all: now.minutes >= Math.max(...minutes) };
	}

	private save(
		location: LocationRecord,
		change: Change,
		day: string,
		at: number,
		staffId: number | null
	): void {
		for (const t of change.tickets) this.tickets.save(t);
		for (const e of change.events) this.tickets.appendEvent(e, staffId);
		this.closures.record({
			locationId: location.id,
			day,
			closedAt: at,
			staffId,
			closedTickets: change.tickets.length
		});
	}

	/**
	 * The boards, consoles and phones of the location get fresh snapshots: through the closing's
	 * events when tickets were ended (the phones following them hear of it), else as a refresh.
	 */
	private announce(locationId: number, change: Change | null): void {
		if (change && change.events.length > 0) {
			this.publisher.publish({ ticket: null, windowId: null, events: change.events });
		} else {
			this.publisher.refresh(locationId);
		}
	}
}

/** Every `everyMs` (and once now), DayDesk.closeDue; answers a function that stops it. */
export function scheduleDayClose(desk: DayDesk, everyMs: number): () => void {
	desk.closeDue();
	const timer = setInterval(() => desk.closeDue(), everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
