import type { Db } from '../open';

export type MessageKind =
	'booking_confirmed' | 'booking_reminder' | 'booking_cancelled' | 'booking_moved';
export type Channel = 'email' | 'sms';
export type MessageState = 'pending' | 'retrying' | 'sent' | 'given_up';

/** A message to a visitor as stored (migration 024). */
export interface OutboxMessage {
	id: number;
	bookingId: number | null;
	departmentId: number | null;
	kind: MessageKind;
	channel: Channel;
	/** Null once the retention job deleted it. */
	recipient: string | null;
	lang: 'pl' | 'en';
	subject: string;
	body: string;
	state: MessageState;
	attempts: number;
	nextAttemptAt: number;
	expiresAt: number;
	lastError: string | null;
	createdAt: number;
	sentAt: number | null;
}

export type NewMessage = Pick<
	OutboxMessage,
	| 'bookingId'
	| 'departmentId'
	| 'kind'
	| 'channel'
	| 'recipient'
	| 'lang'
	| 'subject'
	| 'body'
	| 'expiresAt'
> & { createdAt: number };

interface Row {
	id: number;
	booking_id: number | null;
	department_id: number | null;
	kind: MessageKind;
	channel: Channel;
	recipient: string | null;
	lang: 'pl' | 'en';
	subject: string;
	body: string;
	state: MessageState;
	attempts: number;
	next_attempt_at: number;
	expires_at: number;
	last_error: string | null;
	created_at: number;
	sent_at: number | null;
}

const toMessage = (r: Row): OutboxMessage => ({
	id: r.id,
	bookingId: r.booking_id,
	departmentId: r.department_id,
	kind: r.kind,
	channel: r.channel,
	recipient: r.recipient,
	lang: r.lang,
	subject: r.subject,
	body: r.body,
	state: r.state,
	attempts: r.attempts,
	nextAttemptAt: r.next_attempt_at,
	expiresAt: r.expires_at,
	lastError: r.last_error,
	createdAt: r.created_at,
	sentAt: r.sent_at
});

/** The one module that reads and writes the outbox table. */
export class OutboxRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			insert: db.prepare(
				`INSERT INTO outbox (booking_id, department_id, kind, channel, recipient, lang, subject, body,
				   next_attempt_at, expires_at, created_at)
				 VALUES (@bookingId, @departmentId, @kind, @channel, @recipient, @lang, @subject, @body,
				   @createdAt, @expiresAt, @createdAt)
				 ON CONFLICT DO NOTHING`
			),
			due: db.prepare(
				`SELECT * FROM outbox
				 WHERE state IN ('pending', 'retrying') AND next_attempt_at <= ? AND channel = ?
				 ORDER BY next_attempt_at, id LIMIT ?`
			),
			byId: db.prepare('SELECT * FROM outbox WHERE id = ?'),
			recent: db.prepare(
				`SELECT * FROM outbox
				 WHERE @all = 1 OR department_id IN (SELECT value FROM json_each(@departments))
				 ORDER BY id DESC LIMIT @limit`
			),
			sent: db.prepare(
				`UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = @at, last_error = NULL
				 WHERE id = @id`
			),
			failed: db.prepare(
				`UPDATE outbox SET state = @state, attempts = attempts + 1, next_attempt_at = @next,
				   last_error = @error
				 WHERE id = @id`
			),
			giveUp: db.prepare(
				"UPDATE outbox SET state = 'given_up', last_error = @error WHERE id = @id AND state IN ('pending', 'retrying')"
			),
			retryNow: db.prepare(
				`UPDATE outbox SET next_attempt_at = @at,
				   state = CASE state WHEN 'given_up' THEN 'retrying' ELSE state END
				 WHERE id = @id AND recipient IS NOT NULL AND state <> 'sent' AND expires_at > @at`
			),
			reminded: db
				.prepare(
					"SELECT 1 FROM outbox WHERE booking_id = ? AND expires_at = ? AND kind = 'booking_reminder'"
				)
				.pluck(),
			dropReminders: db.prepare(
				`UPDATE outbox SET state = 'given_up', last_error = 'booking_changed'
				 WHERE booking_id = ? AND kind IN ('booking_reminder', 'booking_confirmed', 'booking_moved')
				   AND state IN ('pending', 'retrying')`
			),
			forget: db.prepare(
				`UPDATE outbox SET recipient = NULL, body = '', recipient_deleted_at = @now,
				   state = CASE WHEN state IN ('pending', 'retrying') THEN 'given_up' ELSE state END,
				   last_error = CASE WHEN state IN ('pending', 'retrying') THEN 'contact_deleted' ELSE last_error END
				 WHERE expires_at < @before AND recipient IS NOT NULL`
			)
		};
	}

	/** Writes a message due now; false if it was there already (a booking's one reminder). */
	insert(m: NewMessage): boolean {
		return this.q.insert.run(m).changes > 0;
	}

	/** A channel's messages to try at `now`, the longest waiting first. */
	due(channel: Channel, now: number, limit: number): OutboxMessage[] {
		return (this.q.due.all(now, channel, limit) as Row[]).map(toMessage);
	}

	byId(id: number): OutboxMessage | null {
		const r = this.q.byId.get(id) as Row | undefined;
		return r ? toMessage(r) : null;
	}

	/** The newest messages, of these departments' matters (null: all), for the staff's list. */
	recent(limit: number, departments: readonly number[] | null): OutboxMessage[] {
		const rows = this.q.recent.all({
			limit,
			all: departments === null ? 1 : 0,
			departments: JSON.stringify(departments ?? [])
		}) as Row[];
		return rows.map(toMessage);
	}

	markSent(id: number, at: number): void {
		this.q.sent.run({ id, at });
	}

	/** A failed attempt: tried again at `next`, or given up (next = null). */
	markFailed(id: number, error: string, next: number | null): void {
		this.q.failed.run({
			id,
			error,
			next: next ?? 0,
			state: next === null ? 'given_up' : 'retrying'
		});
	}

	/** Stops trying a message without an attempt (too late, its contact gone). */
	giveUp(id: number, error: string): void {
		this.q.giveUp.run({ id, error });
	}

	/** Staff's "retry now": due at `at` again, unless sent, expired or its recipient deleted. */
	retryNow(id: number, at: number): boolean {
		return this.q.retryNow.run({ id, at }).changes > 0;
	}

	/** Whether the booking's reminder of its slot at `slotAt` was written. */
	hasReminder(bookingId: number, slotAt: number): boolean {
		return this.q.reminded.get(bookingId, slotAt) !== undefined;
	}

	/** A cancelled or moved booking: what was not yet sent of it is no longer true. */
	dropUnsent(bookingId: number): void {
		this.q.dropReminders.run(bookingId);
	}

	/**
	 * Retention: messages of slots before `before` lose their recipient and body (with the
	 * booking's link); those not yet sent are given up. How many.
	 */
	forgetRecipients(before: number, now: number): number {
		return this.q.forget.run({ before, now }).changes;
	}
}
