/**
 * The queue's commands: issuing a ticket and every clerk's action, each one transaction around the
 * domain's rules (queue/) with its events. Just over 300 lines because every command of the queue
 * takes this one path, so that none can bypass the rules, the events or the group commit.
 */
import type { Transaction } from 'better-sqlite3';
import { randomFillSync } from 'node:crypto';
import type { Db } from '../db/open';
import type { OfficeRepository } from '../office/repository';
import type { TicketRepository } from '../db/repositories/tickets';
import {
	APPOINTMENT_PREFIX,
	callChosen,
	callNext,
	canIssueTicket,
	cancelTicket,
	DomainError,
	endConsulting,
	finishService,
	formatTicketNumber,
	hasServingWindow,
	localTime,
	markNoShow,
	pauseWindow,
	recall,
	restoreTicket,
	resumeWindow,
	returnToQueue,
	servingWindows,
	setWindowStatus,
	settleConsulting,
	startConsulting,
	startService,
	ticketEvent,
	ticketPrefix,
	transfer,
	undoEnd,
	type Change,
	type QueueEvent,
	type Ticket,
	type WindowStatus
} from '../queue';
import type { IssueTicketRequest, WindowActionRequest } from '$lib/shared/schemas';
import type { Outcome } from './group-commit';

/** What a command changed: the ticket and window it concerned, and the events to broadcast. */
export interface CommandResult {
	ticket: Ticket | null;
	windowId: number | null;
	events: QueueEvent[];
}

/**
 * Random bytes for ticket codes, drawn from the system's CSPRNG 4 KiB at a time (as Node's own
 * randomUUID does): one call per 157 tickets instead of one per ticket, about 5 µs each.
 */
const pool = Buffer.alloc(26 * 157);
let used = pool.length;

/** 26 random base32 letters (130 bits): unguessable, and easy to put in a QR code. */
export function newTicketCode(): string {
	if (used === pool.length) {
		randomFillSync(pool);
		used = 0;
	}
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	let out = '';
	for (let i = used; i < used + 26; i++) out += alphabet[pool[i]! & 31];
	used += 26;
	return out;
}

/**
 * The one path for every change to the queue. Each command runs a pure domain rule inside one
 * SQLite transaction (IMMEDIATE: the write lock is taken first, so two windows calling at the
 * same moment are served one after the other and never get the same ticket), saves the result,
 * appends the events, and returns them; the caller broadcasts them after the commit.
 */
export class QueueService {
	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly tickets: TicketRepository,
		private readonly clock: () => number
	) {
		// Prepared once. A transaction function called inside another runs as a savepoint.
		this.issueInTransaction = db.transaction(
			(req: IssueTicketRequest & { appointmentAt?: number }) => this.issue(req)
		);
		this.issueAll = db.transaction((reqs: IssueTicketRequest[]) =>
			reqs.map((req): Outcome<CommandResult> => {
				try {
					return { ok: true, value: this.issueInTransaction(req) };
				} catch (error) {
					if (!db.inTransaction) throw error;
					return { ok: false, error };
				}
			})
		);
	}

	private readonly issueInTransaction: Transaction<
		(req: IssueTicketRequest & { appointmentAt?: number }) => CommandResult
	>;
	private readonly issueAll: Transaction<(reqs: IssueTicketRequest[]) => Outcome<CommandResult>[]>;

	/** Told how long each write transaction took, commit included (observe/metrics.ts). */
	onWrite: ((command: 'issue' | 'window_action', ms: number) => void) | null = null;

	/** One ticket in a transaction of its own (tests, scripts); the kiosks go through issueTickets. */
	issueTicket(req: IssueTicketRequest): CommandResult {
		return this.issueInTransaction.immediate(req);
	}

	/**
	 * Group commit (desk/group-commit.ts): several kiosks' tickets in one IMMEDIATE
	 * transaction, each in its own savepoint, so a refused request rolls back only itself and
	 * gets its own error. If SQLite gave up the whole transaction (a full disk, an I/O error),
	 * the batch fails as one: nothing in it is acknowledged.
	 */
	issueTickets(reqs: IssueTicketRequest[]): Outcome<CommandResult>[] {
		const started = performance.now();
		try {
			return this.issueAll.immediate(reqs);
		} finally {
			this.onWrite?.('issue', performance.now() - started);
		}
	}

	/**
	 * A checked-in appointment's ticket (issue 14): the walk-in's checks and path, with the
	 * appointments' prefix and the slot's start (the ordering rule calls it from then). Runs inside
	 * the check-in's own transaction (desk/check-in.ts) as a savepoint, so the booking's change
	 * lands with it; check-ins are not group-committed, and the kiosks' walk-in path is unchanged.
	 */
	issueAppointment(req: IssueTicketRequest, appointmentAt: number): CommandResult {
		return this.issueInTransaction({ ...req, priority: null, appointmentAt });
	}

	private issue(req: IssueTicketRequest & { appointmentAt?: number }): CommandResult {
		const now = this.clock();
		const location = this.office.location(req.locationId);
		if (!location) throw new DomainError('not_found', { what: 'location' });
		const service = this.office.service(req.serviceId);
		const department = service && this.office.department(service.departmentId);
		if (!service || !service.active || !department || department.locationId !== location.id) {
			throw new DomainError('not_found', { what: 'service' });
		}
		if (req.priority && !service.priorityAllowed) throw new DomainError('priority_not_allowed');
		const decision = canIssueTicket(location.hours, service, now);
		if (!decision.ok) {
			throw new DomainError(
				decision.reason === 'limited_mode' ? 'service_unavailable' : 'office_closed',
				{ reason: decision.reason }
			);
		}
		// A ticket no window will call today is refused (issue 12 item 7); paused windows count,
		// as a break ends.
		if (!hasServingWindow(servingWindows(this.office.windows(location.id), service.id))) {
			throw new DomainError('no_window');
		}
		const day = localTime(now, location.hours.timeZone).day;
		const appointmentAt = req.appointmentAt ?? null;
		const prefix = appointmentAt === null ? ticketPrefix(service, department) : APPOINTMENT_PREFIX;
		const sequence = this.tickets.nextSequence(location.id, day, prefix);
		const ticket = this.tickets.insert(
			{
				code: newTicketCode(),
				number: formatTicketNumber(prefix, sequence),
				day,
				locationId: location.id,
				departmentId: department.id,
				serviceId: service.id,
				priority: req.priority,
				state: 'waiting',
				issuedAt: now,
				calledAt: null,
				startedAt: null,
				finishedAt: null,
				windowId: null,
				recalls: 0,
				transfers: 0,
				transferNote: null,
				appointmentAt
			},
			req.kiosk ?? null
		);
		const event = ticketEvent('ticket_issued', ticket, now);
		this.tickets.appendEvent(event);
		return { ticket, windowId: null, events: [event] };
	}

	/**
	 * A clerk's action at a window; see WINDOW_ACTIONS. `staffId` is stored with the events (the
	 * statistics by clerk); `alsoRecord` runs inside the same transaction (the audit log's entry
	 * for a transfer), so both land or neither.
	 */
	act(
		req: WindowActionRequest,
		staffId: number | null = null,
		alsoRecord?: (result: CommandResult) => void
	): CommandResult {
		const started = performance.now();
		try {
			return this.actInTransaction(req, staffId, alsoRecord);
		} finally {
			this.onWrite?.('window_action', performance.now() - started);
		}
	}

	private actInTransaction(
		req: WindowActionRequest,
		staffId: number | null,
		alsoRecord?: (result: CommandResult) => void
	): CommandResult {
		return this.db
			.transaction((): CommandResult => {
				const now = this.clock();
				const window = this.office.window(req.windowId);
				if (!window) throw new DomainError('not_found', { what: 'window' });
				const current = this.tickets.currentOfWindow(window.id);
				if (
					'ticketId' in req &&
					req.ticketId !== undefined &&
					!['call', 'call_ticket', 'undo', 'restore'].includes(req.action)
				) {
					if (current?.id !== req.ticketId) {
						const asked = this.tickets.byId(req.ticketId);
						throw new DomainError('stale', { number: asked?.number ?? `#${req.ticketId}` });
					}
				}
				const withCurrent = (rule: (t: Ticket) => Change): Change => {
					if (!current) throw new DomainError('no_current_ticket');
					return rule(current);
				};
				let change: Change;
				switch (req.action) {
					case 'call': {
						const location = this.office.location(window.locationId)!;
						const waiting = this.tickets.waitingAt(window);
						change = callNext(window, current, waiting, location.policy, now);
						break;
					}
					case 'call_ticket': {
						const location = this.office.location(window.locationId)!;
						const chosen = this.chosenTicket(req.ticketId, window.locationId);
						const waiting = this.tickets.waitingAt(window);
						change = callChosen(window, current, chosen, waiting, location.policy, now);
						break;
					}
					case 'undo':
						change = undoEnd(
							window,
							current,
							this.chosenTicket(req.ticketId, window.locationId),
							now
						);
						break;
					case 'restore': {
						const location = this.office.location(window.locationId)!;
						const today = localTime(now, location.hours.timeZone).day;
						const graceMs = location.restoreGraceMinutes * 60_000;
						const ticket = this.chosenTicket(req.ticketId, window.locationId);
						change = restoreTicket(ticket, window, today, graceMs, now);
						break;
					}
					case 'recall':
						change = withCurrent((t) => recall(t, now));
						break;
					case 'start':
						change = withCurrent((t) => startService(t, now));
						break;
					case 'finish':
						change = withCurrent((t) => finishService(t, now));
						break;
					case 'no_show':
						change = withCurrent((t) => markNoShow(t, now));
						break;
					case 'return':
						change = withCurrent((t) => returnToQueue(t, now));
						break;
					case 'cancel':
						change = withCurrent((t) => cancelTicket(t, now));
						break;
					case 'transfer': {
						const target = this.office.service(req.serviceId);
						const department = target && this.office.department(target.departmentId);
						if (!target || !target.active || !department) {
							throw new DomainError('not_found', { what: 'service' });
						}
						change = withCurrent((t) =>
							transfer(
								t,
								{
									serviceId: target.id,
									departmentId: department.id,
									locationId: department.locationId
								},
								req.note,
								now
							)
						);
						break;
					}
					case 'pause':
						change = pauseWindow(window, req.reason, now);
						break;
					case 'resume':
						change = resumeWindow(window, now);
						break;
					case 'consult':
						change = startConsulting(window, current, now);
						break;
					case 'consult_end':
						change = endConsulting(window, current, now);
						break;
				}
				// SR-08: checking a matter ends with the visit, whichever action ended it.
				change = settleConsulting(window, current, change, now);
				this.persist(change, staffId);
				const result = {
					ticket: change.tickets[0] ?? current,
					windowId: window.id,
					events: change.events
				};
				alsoRecord?.(result);
				return result;
			})
			.immediate();
	}

	/**
	 * An administrator sets a window's status on its set-up form (office/admin.ts): the queue's
	 * rules for opening, pausing and closing (queue/windows.ts), saved with the same event a
	 * clerk's pause or resume writes, `staffId` being the administrator. It runs inside the form's
	 * own transaction, so it lands with the form's other changes and their audit entry, or not at
	 * all; the set-up change's announcement brings the live screens up to date.
	 */
	setWindowStatus(
		windowId: number,
		status: WindowStatus,
		reason: string | null,
		staffId: number | null
	): CommandResult {
		return this.db.transaction((): CommandResult => {
			const window = this.office.window(windowId);
			if (!window) throw new DomainError('not_found', { what: 'window' });
			const current = this.tickets.currentOfWindow(window.id);
			const change = setWindowStatus(window, current, status, reason, this.clock());
			this.persist(change, staffId);
			return { ticket: null, windowId: window.id, events: change.events };
		})();
	}

	/** A ticket a clerk picked by id: only one of the window's location is found. */
	private chosenTicket(ticketId: number, locationId: number): Ticket {
		const ticket = this.tickets.byId(ticketId);
		if (!ticket || ticket.locationId !== locationId) {
			throw new DomainError('not_found', { what: 'ticket' });
		}
		return ticket;
	}

	private persist(change: Change, staffId: number | null = null): void {
		for (const t of change.tickets) this.tickets.save(t);
		for (const w of change.windows) this.office.saveWindowState(w);
		for (const e of change.events) this.tickets.appendEvent(e, staffId);
	}
}
