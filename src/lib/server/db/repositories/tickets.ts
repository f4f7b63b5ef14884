/**
 * The one module that reads and writes the tickets table (and its events). Over 300 lines on
 * purpose: the project's rule is one owner per table, and the queue reads tickets in several
 * shapes (heads of a window's queues, people ahead, the day's missed, a report's), each a
 * prepared statement here.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';
import type { PriorityGroup, QueueEvent, Ticket, TicketState } from '../../queue';
import { RecentDurations } from './recent-durations';
import { PRIORITY_GROUPS } from '$lib/shared/vocabulary';
import { WaitingCounts, type WaitingOfMatter } from './waiting-counts';
import { DataVersion } from '../data-version';

/**
 * The columns in a fixed order, read as arrays (better-sqlite3's raw mode) and mapped by
 * position: cheaper than row objects, which counts where many tickets are read at once (a staff
 * snapshot reads every waiting ticket of the location).
 */
const COLUMNS = `id, code, location_id, day, number, department_id, service_id, priority, state,
	issued_at, called_at, started_at, finished_at, window_id, recalls, transfers, transfer_note,
	appointment_at`;
type RawTicket = [
	number,
	string,
	number,
	string,
	string,
	number,
	number,
	PriorityGroup | null,
	TicketState,
	number,
	number | null,
	number | null,
	number | null,
	number | null,
	number,
	number,
	string | null,
	number | null
];

function fromRaw(r: RawTicket): Ticket {
	return {
		id: r[0],
		code: r[1],
		locationId: r[2],
		day: r[3],
		number: r[4],
		departmentId: r[5],
		serviceId: r[6],
		priority: r[7],
		state: r[8],
		issuedAt: r[9],
		calledAt: r[10],
		startedAt: r[11],
		finishedAt: r[12],
		windowId: r[13],
		recalls: r[14],
		transfers: r[15],
		transferNote: r[16],
		appointmentAt: r[17]
	};
}

export type NewTicket = Omit<Ticket, 'id'>;

/** Tickets, their daily number sequences, and the append-only event log. */
export class TicketRepository {
	private readonly q;
	private readonly waitingByClass: WaitingCounts;
	private readonly recentDurations: RecentDurations;
	private readonly dataVersion: DataVersion;

	/** A matter's first appointment tickets, by how many (queueHeads). */
	private readonly firstAppointments = new Map<number, Statement>();

	constructor(private readonly db: Db) {
		this.dataVersion = new DataVersion(db);
		this.waitingByClass = new WaitingCounts(db, this.dataVersion);
		this.recentDurations = new RecentDurations(db, this.dataVersion);
		this.q = {
			nextSeq: db.prepare(
				`INSERT INTO ticket_sequences (location_id, day, prefix, last_seq) VALUES (?, ?, ?, 1)
				 ON CONFLICT (location_id, day, prefix) DO UPDATE SET last_seq = last_seq + 1
				 RETURNING last_seq`
			),
			insert: db.prepare(
				`INSERT INTO tickets (code, location_id, day, number, department_id, service_id, priority,
				 state, issued_at, called_at, started_at, finished_at, window_id, recalls, transfers, transfer_note,
				 kiosk, appointment_at)
				 VALUES (@code, @locationId, @day, @number, @departmentId, @serviceId, @priority, @state,
				 @issuedAt, @calledAt, @startedAt, @finishedAt, @windowId, @recalls, @transfers, @transferNote,
				 @kiosk, @appointmentAt)`
			),
			update: db.prepare(
				// issued_at moves only when a missed ticket comes back late: it queues from then.
				`UPDATE tickets SET department_id = @departmentId, service_id = @serviceId, state = @state,
				 issued_at = @issuedAt, called_at = @calledAt, started_at = @startedAt, finished_at = @finishedAt,
				 window_id = @windowId, recalls = @recalls, transfers = @transfers,
				 transfer_note = @transferNote WHERE id = @id`
			),
			byId: db.prepare(`SELECT ${COLUMNS} FROM tickets WHERE id = ?`).raw(),
			byCode: db.prepare(`SELECT ${COLUMNS} FROM tickets WHERE code = ?`).raw(),
			byIds: db
				.prepare(`SELECT ${COLUMNS} FROM tickets WHERE id IN (SELECT value FROM json_each(?))`)
				.raw(),
			waiting: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets WHERE location_id = ? AND state = 'waiting'
					 ORDER BY issued_at, id`
				)
				.raw(),
			// The head of one matter's queue, normal or priority, from tickets_waiting_service
			// (migration 004), pinned: it is in (issued_at, id) order for one priority value, and the
			// few priority tickets of one matter are sorted. Left to itself, SQLite walked the whole
			// location's queue in issue order (tickets_waiting) looking for a priority ticket.
			// Walk-ins only: the index is in issue order, so this steps over the few appointment
			// tickets issued before the head.
			headNormal: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets INDEXED BY tickets_waiting_service
					 WHERE location_id = ? AND state = 'waiting' AND service_id = ? AND priority IS NULL
					   AND appointment_at IS NULL
					 ORDER BY issued_at, id LIMIT 1`
				)
				.raw(),
			headPriority: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets INDEXED BY tickets_waiting_service
					 WHERE location_id = ? AND state = 'waiting' AND service_id = ? AND priority IS NOT NULL
					 ORDER BY issued_at, id LIMIT 1`
				)
				.raw(),
			// The first tickets of one matter's queue of one class (normal, or one priority group),
			// in queue order straight from tickets_waiting_service (migration 004): equal up to the
			// priority column, so the index's order is (issued_at, id) and nothing is sorted.
			firstNormal: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets INDEXED BY tickets_waiting_service
					 WHERE location_id = ? AND state = 'waiting' AND service_id = ? AND priority IS NULL
					   AND appointment_at IS NULL
					 ORDER BY issued_at, id LIMIT ?`
				)
				.raw(),
			// A matter's first appointment ticket by slot time (tickets_waiting_appointment, migration
			// 023): a few rows, none in an office without appointments.
			headAppointment: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets INDEXED BY tickets_waiting_appointment
					 WHERE location_id = ? AND service_id = ? AND state = 'waiting' AND appointment_at IS NOT NULL
					 ORDER BY appointment_at, id LIMIT 1`
				)
				.raw(),
			appointmentsAhead: db
				.prepare(
					`SELECT count(*) FROM tickets INDEXED BY tickets_waiting_appointment
					 WHERE location_id = @locationId AND service_id = @serviceId AND state = 'waiting'
					   AND appointment_at IS NOT NULL AND (appointment_at, id) < (@appointmentAt, @id)`
				)
				.pluck(),
			firstOfGroup: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets INDEXED BY tickets_waiting_service
					 WHERE location_id = ? AND state = 'waiting' AND service_id = ? AND priority = ?
					 ORDER BY issued_at, id LIMIT ?`
				)
				.raw(),
			// Reads only the index tickets_waiting_service (migration 004).
			countAhead: db.prepare(
				`SELECT count(*) FROM tickets
				 WHERE location_id = @locationId AND state = 'waiting' AND service_id = @serviceId
				   AND id <> @id
				   AND (CASE WHEN @priority IS NOT NULL
				          THEN priority IS NOT NULL AND (issued_at, id) < (@issuedAt, @id)
				          ELSE priority IS NOT NULL OR (issued_at, id) < (@issuedAt, @id) END)`
			),
			current: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets WHERE location_id = ? AND state IN ('called', 'serving')`
				)
				.raw(),
			// The idle alert's look (desk/idle-watch.ts): a few times a minute, not per command.
			oldestWaiting: db
				.prepare(
					`SELECT service_id, min(issued_at) FROM tickets WHERE location_id = ? AND state = 'waiting'
					 GROUP BY service_id`
				)
				.raw(),
			currentOfWindow: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets WHERE window_id = ? AND state IN ('called', 'serving')`
				)
				.raw(),
			// The board's "Zapraszamy" counts from the last announcement, which a recall renews but
			// does not write on the ticket: read from the event log through events_ticket.
			lastAnnounced: db.prepare(
				`SELECT t.id, (SELECT max(e.at) FROM events e WHERE e.ticket_id = t.id
				   AND e.type IN ('ticket_called', 'ticket_recalled')) FROM tickets t
				 WHERE t.location_id = ? AND t.state = 'called'`
			),
			recentCalled: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets WHERE location_id = ? AND day = ? AND called_at IS NOT NULL
					 ORDER BY called_at DESC LIMIT ?`
				)
				.raw(),
			endedToday: db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets INDEXED BY tickets_ended_today
					 WHERE location_id = ? AND day = ? AND state IN ('no_show', 'cancelled')
					 ORDER BY finished_at DESC LIMIT ?`
				)
				.raw(),
			kioskOf: db.prepare('SELECT kiosk FROM tickets WHERE id = ?'),
			openOfService: db
				.prepare(
					"SELECT count(*) FROM tickets WHERE service_id = ? AND state IN ('waiting', 'called', 'serving')"
				)
				.pluck(),
			anyOfService: db.prepare('SELECT 1 FROM tickets WHERE service_id = ? LIMIT 1'),
			anyOfWindow: db.prepare('SELECT 1 FROM tickets WHERE window_id = ? LIMIT 1'),
			// From the index tickets_waiting: the scheduler's check for yesterday's queue.
			waitingIssuedBefore: db.prepare(
				"SELECT 1 FROM tickets WHERE location_id = ? AND state = 'waiting' AND issued_at < ? LIMIT 1"
			),
			appendEvent: db.prepare(
				`INSERT INTO events (at, type, location_id, ticket_id, window_id, service_id, department_id,
				 priority, data_json, staff_id) VALUES (@at, @type, @locationId, @ticketId, @windowId,
				 @serviceId, @departmentId, @priority, @data, @staffId)`
			)
		};
	}

	/**
	 * Runs `read`, whose people-ahead counts, queue lengths and recent visits look once for
	 * another connection's commit instead of once each (data-version.ts).
	 */
	readAtOnce<T>(read: () => T): T {
		return this.dataVersion.once(read);
	}

	/** Tickets waiting now, per location (the /metrics queue length; read when scraped). */
	waitingPerLocation(): { locationId: number; waiting: number }[] {
		return this.db
			.prepare(
				`SELECT location_id AS locationId, count(*) AS waiting FROM tickets
				 WHERE state = 'waiting' GROUP BY location_id`
			)
			.all() as { locationId: number; waiting: number }[];
	}

	/** The next number of the day for a prefix; atomic inside the issuing transaction. */
	nextSequence(locationId: number, day: string, prefix: string): number {
		return this.q.nextSeq.pluck().get(locationId, day, prefix) as number;
	}

	/** A new ticket, with the kiosk that issued it (its printer reprints it), in one statement. */
	insert(ticket: NewTicket, kiosk: string | null = null): Ticket {
		const { lastInsertRowid } = this.q.insert.run({
			...ticket,
			kiosk,
			appointmentAt: ticket.appointmentAt ?? null
		});
		return { ...ticket, id: Number(lastInsertRowid) };
	}

	save(ticket: Ticket): void {
		this.recentDurations.forget();
		this.q.update.run(ticket);
	}

	byId(id: number): Ticket | null {
		const row = this.q.byId.get(id) as RawTicket | undefined;
		return row ? fromRaw(row) : null;
	}

	/** The tickets with these ids (a day's appointments' tickets), in one query, by id. */
	byIds(ids: readonly number[]): Map<number, Ticket> {
		if (ids.length === 0) return new Map();
		const rows = this.q.byIds.all(JSON.stringify(ids)) as RawTicket[];
		return new Map(rows.map((r) => [r[0], fromRaw(r)]));
	}

	byCode(code: string): Ticket | null {
		const row = this.q.byCode.get(code) as RawTicket | undefined;
		return row ? fromRaw(row) : null;
	}

	/** Every waiting ticket of a location, in queue order. */
	waiting(locationId: number): Ticket[] {
		return (this.q.waiting.all(locationId) as RawTicket[]).map(fromRaw);
	}

	/**
	 * The heads of the queues a window serves: for each of its matters, the longest-waiting normal
	 * and the longest-waiting priority ticket. The ordering rule (queue/ordering.ts chooseNext)
	 * only ever picks the oldest priority or the oldest normal ticket among the window's matters,
	 * so these are all it needs, at most two rows per matter however long the queue. Why not the
	 * whole queue: this runs inside every call's transaction, on the way to the board, so a call's
	 * cost must not grow with the queue. tests/integration/people-ahead-sql.test.ts checks that
	 * both choose the same ticket.
	 */
	waitingAt(window: { locationId: number; serviceIds: readonly number[] }): Ticket[] {
		const heads: Ticket[] = [];
		for (const serviceId of window.serviceIds) {
			for (const head of [this.q.headNormal, this.q.headPriority]) {
				const row = head.get(window.locationId, serviceId) as RawTicket | undefined;
				if (row) heads.push(fromRaw(row));
			}
			// The earliest slot's appointment: called first once its slot has come, else last.
			const first = this.q.headAppointment.get(window.locationId, serviceId);
			if (first) heads.push(fromRaw(first as RawTicket));
		}
		return heads;
	}

	/**
	 * The first `limit` tickets of each queue a window serves (each matter's normal queue and
	 * each of its priority groups'), in no particular order. The first `limit` of the window's
	 * call order (queue/ordering.ts callOrder) are among them: that order only ever takes the
	 * oldest normal or the oldest priority ticket left, so `limit` steps take at most `limit` of
	 * either. Why not the whole queue: every console's list is built from this after every change
	 * at the location, and with thousands waiting that would cost more than the changes. `counts`
	 * (waitingByClass) skips the queues that are empty.
	 */
	queueHeads(
		window: { locationId: number; serviceIds: readonly number[] },
		limit: number,
		counts: Map<number, WaitingOfMatter>
	): Ticket[] {
		const rows: RawTicket[] = [];
		for (const serviceId of window.serviceIds) {
			const c = counts.get(serviceId);
			if (!c) continue;
			if (c.normal > 0) {
				// The counts keep appointments among the normal tickets (neither is out of turn).
				rows.push(...(this.q.firstNormal.all(window.locationId, serviceId, limit) as RawTicket[]));
				const some = this.appointmentsUpTo(limit).all(window.locationId, serviceId);
				rows.push(...(some as RawTicket[]));
			}
			if (c.priority === 0) continue;
			for (const group of PRIORITY_GROUPS) {
				const some = this.q.firstOfGroup.all(window.locationId, serviceId, group, limit);
				rows.push(...(some as RawTicket[]));
			}
		}
		return rows.map(fromRaw);
	}

	/**
	 * The first `limit` appointment tickets of a matter by slot time, from the small index
	 * tickets_waiting_appointment (migration 023). The limit is written into the statement: bound
	 * as a parameter (`LIMIT ?`), the same empty lookup measured about 5× slower.
	 */
	private appointmentsUpTo(limit: number): Statement {
		let statement = this.firstAppointments.get(limit);
		if (!statement) {
			if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit ${limit}`);
			statement = this.db
				.prepare(
					`SELECT ${COLUMNS} FROM tickets INDEXED BY tickets_waiting_appointment
					 WHERE location_id = ? AND service_id = ? AND state = 'waiting' AND appointment_at IS NOT NULL
					 ORDER BY appointment_at, id LIMIT ${limit}`
				)
				.raw();
			this.firstAppointments.set(limit, statement);
		}
		return statement;
	}

	/**
	 * How many tickets wait, per matter: the counts kept with every change (waiting-counts.ts),
	 * not counted from the index, which reads one entry per waiting ticket. The board, the kiosk
	 * menu and every followed ticket's estimate read them after each change.
	 */
	waitingCounts(locationId: number): Map<number, number> {
		const counts = new Map<number, number>();
		for (const [serviceId, c] of this.waitingByClass.perService(locationId)) {
			counts.set(serviceId, c.normal + c.priority);
		}
		return counts;
	}

	/** How many tickets wait, per matter, normal and out of turn, kept with every change. */
	waitingPerClass(locationId: number): Map<number, WaitingOfMatter> {
		return this.waitingByClass.perService(locationId);
	}

	/**
	 * The people ahead of a waiting ticket: queue/ordering.ts `peopleAhead`, counted by SQLite
	 * (tests/integration/people-ahead-sql.test.ts checks that both agree). Why not read the queue
	 * and apply that function: every waiting ticket of the location would be read and mapped for
	 * each issued ticket, so issuing would slow down as the queue grows.
	 */
	countAhead(ticket: Ticket): number {
		if (ticket.appointmentAt != null && ticket.state === 'waiting') {
			return this.q.appointmentsAhead.get({
				locationId: ticket.locationId,
				serviceId: ticket.serviceId,
				appointmentAt: ticket.appointmentAt,
				id: ticket.id
			}) as number;
		}
		// From the counts (waiting-counts.ts) and the few behind it, not every one ahead.
		const fromCounts = this.waitingByClass.ahead(ticket);
		if (fromCounts !== null) return fromCounts;
		return this.q.countAhead.pluck().get({
			locationId: ticket.locationId,
			serviceId: ticket.serviceId,
			id: ticket.id,
			priority: ticket.priority,
			issuedAt: ticket.issuedAt
		}) as number;
	}

	/** Tickets called or in service at the location's windows. */
	current(locationId: number): Ticket[] {
		return (this.q.current.all(locationId) as RawTicket[]).map(fromRaw);
	}

	/** When the oldest waiting ticket of each matter at the location was issued, by matter. */
	oldestWaiting(locationId: number): Map<number, number> {
		return new Map(this.q.oldestWaiting.all(locationId) as [number, number][]);
	}

	currentOfWindow(windowId: number): Ticket | null {
		const row = this.q.currentOfWindow.get(windowId) as RawTicket | undefined;
		return row ? fromRaw(row) : null;
	}

	/** When each called (not yet started) ticket of a location was last announced, by ticket id. */
	lastAnnounced(locationId: number): Map<number, number> {
		const rows = this.q.lastAnnounced.raw().all(locationId) as [number, number | null][];
		return new Map(rows.flatMap(([id, at]) => (at === null ? [] : [[id, at] as const])));
	}

	/** The day's most recent calls, newest first (for the board's history). */
	recentCalled(locationId: number, day: string, limit: number): Ticket[] {
		return (this.q.recentCalled.all(locationId, day, limit) as RawTicket[]).map(fromRaw);
	}

	/** The day's missed and cancelled tickets, the latest first (the console's restore list). */
	endedToday(locationId: number, day: string, limit: number): Ticket[] {
		return (this.q.endedToday.all(locationId, day, limit) as RawTicket[]).map(fromRaw);
	}

	/** The window's time per visitor (call → finish, ms) of the most recent finished visits of a matter. */
	recentServiceDurations(serviceId: number, limit: number): readonly number[] {
		return this.recentDurations.of(serviceId, limit);
	}

	/** Tickets of a matter still waiting, called or in service. */
	openOfService(serviceId: number): number {
		return this.q.openOfService.get(serviceId) as number;
	}

	/** Whether a matter or a window has ever had a ticket (its history keeps it in the set-up). */
	everUsed(what: 'service' | 'window', id: number): boolean {
		const query = what === 'service' ? this.q.anyOfService : this.q.anyOfWindow;
		return query.get(id) !== undefined;
	}

	/** Whether any ticket issued before `at` still waits at the location. */
	waitingIssuedBefore(locationId: number, at: number): boolean {
		return this.q.waitingIssuedBefore.get(locationId, at) !== undefined;
	}

	kioskOf(ticketId: number): string | null {
		return (this.q.kioskOf.pluck().get(ticketId) as string | null | undefined) ?? null;
	}

	/** `staffId`: who acted at the window (null for the kiosk and the system). */
	appendEvent(e: QueueEvent, staffId: number | null = null): void {
		this.q.appendEvent.run({ ...e, data: JSON.stringify(e.data), staffId });
	}
}
