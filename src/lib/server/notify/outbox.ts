/**
 * Messages to visitors about their bookings (issue 14): written to the outbox when a booking is
 * made, moved or cancelled (in the booking's own transaction) and on the working day before the
 * slot (the reminder job), then sent by the sender loop. A mail server that is down loses
 * nothing: the message waits in SQLite and is retried with backoff (backoff.ts), across restarts.
 */
import type { Booking, BookingRepository } from '../db/repositories/bookings';
import type {
	Channel,
	MessageKind,
	MessageState,
	OutboxMessage,
	OutboxRepository
} from '../db/repositories/outbox';
import type { Db } from '../db/open';
import type { OfficeRepository } from '../office/repository';
import { DEFAULT_BOOKING_POLICY, type BookingPolicy } from '../queue';
import { nextAttempt } from './backoff';
import { maskRecipient } from './mask';
import { renderMessage } from './messages';
import { reminderDue } from './reminders';
import { SendError, type MessageSender } from './senders';
import { log } from '../log';

/** A booking's change that the visitor is told of. */
export type BookingChange = Exclude<MessageKind, 'booking_reminder'>;

/** How many messages one pass takes of a channel; the next pass (or kick) takes the rest. */
const BATCH = 20;
/** The furthest a reminder is written before its slot (a long closure before it). */
const REMINDER_HORIZON_MS = 16 * 86_400_000;

/** A message as staff see it: the recipient masked, no body (it holds the booking's link). */
export interface OutboxEntry {
	id: number;
	departmentId: number | null;
	kind: MessageKind;
	channel: Channel;
	recipient: string | null;
	state: MessageState;
	attempts: number;
	nextAttemptAt: number | null;
	lastError: string | null;
	createdAt: number;
	sentAt: number | null;
	/** Waits because its channel is not configured. */
	notConfigured: boolean;
}

export class Outbox {
	private readonly senders: Map<Channel, MessageSender>;
	private running: Promise<unknown> = Promise.resolve();
	private kicked = false;
	private closed = false;

	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly bookings: BookingRepository,
		private readonly messages: OutboxRepository,
		senders: readonly MessageSender[],
		private readonly clock: () => number,
		private readonly options: {
			publicUrl: string;
			contactKeptDays: number;
			policy?: BookingPolicy;
		}
	) {
		this.senders = new Map(senders.map((s) => [s.channel, s]));
	}

	/** Which channels send (the others' messages wait, "not configured"). */
	configured(channel: Channel): boolean {
		return this.senders.has(channel);
	}

	/**
	 * A booking was made, moved or cancelled (BookingService's listener, inside its transaction):
	 * the visitor's messages, one per contact given.
	 */
	onBooking(change: BookingChange, booking: Booking): void {
		// What was said before and not yet sent is no longer true (a reminder of a cancelled visit).
		if (change !== 'booking_confirmed') this.messages.dropUnsent(booking.id);
		if (this.write(change, booking) > 0) this.kick();
	}

	/** The reminder job: bookings whose reminder is due now and not yet written. How many. */
	enqueueReminders(): number {
		const now = this.clock();
		const upcoming = this.bookings.upcomingWithContact(now, now + REMINDER_HORIZON_MS);
		let written = 0;
		this.db.transaction(() => {
			for (const b of upcoming) {
				const hours = this.office.location(b.locationId)?.hours;
				if (!hours || !reminderDue(hours, b, now) || this.messages.hasReminder(b.id, b.slotAt))
					continue;
				written += this.write('booking_reminder', b);
			}
		})();
		if (written > 0) this.kick();
		return written;
	}

	/**
	 * Send every message due now, channel by channel; one pass at a time (a call during a pass
	 * runs after it). Answers how many were sent. Never rejects: a failure is the message's.
	 */
	sendDue(): Promise<number> {
		const pass = this.running.then(() => this.pass());
		this.running = pass.catch(() => 0);
		return pass.catch((err) => {
			log.error({ err }, 'outbox: sending failed');
			return 0;
		});
	}

	/** Staff's "retry now": due at once again. False if it cannot be (sent, expired, forgotten). */
	retryNow(id: number): boolean {
		const ok = this.messages.retryNow(id, this.clock());
		if (ok) this.kick();
		return ok;
	}

	/** The newest messages of these departments (null: all) for the staff's list. */
	list(departments: readonly number[] | null = null, limit = 200): OutboxEntry[] {
		return this.messages.recent(limit, departments).map((m) => this.entry(m));
	}

	/** One message as staff see it, or null. */
	get(id: number): OutboxEntry | null {
		const m = this.messages.byId(id);
		return m ? this.entry(m) : null;
	}

	private entry(m: OutboxMessage): OutboxEntry {
		return {
			id: m.id,
			departmentId: m.departmentId,
			kind: m.kind,
			channel: m.channel,
			recipient: m.recipient === null ? null : maskRecipient(m.recipient),
			state: m.state,
			attempts: m.attempts,
			// A channel that is off tries nothing: no time to show.
			nextAttemptAt:
				(m.state === 'pending' || m.state === 'retrying') && this.configured(m.channel)
					? m.nextAttemptAt
					: null,
			lastError: m.lastError,
			createdAt: m.createdAt,
			sentAt: m.sentAt,
			notConfigured: m.state === 'pending' && !this.configured(m.channel)
		};
	}

	/** Retention: recipients of messages whose slot was over `contactKeptDays` ago. */
	forgetRecipients(): number {
		const now = this.clock();
		return this.messages.forgetRecipients(now - this.options.contactKeptDays * 86_400_000, now);
	}

	close(): void {
		this.closed = true;
		for (const s of this.senders.values()) s.close?.();
	}

	/** A pass soon after the current task (after the booking's transaction has committed). */
	private kick(): void {
		if (this.kicked) return;
		this.kicked = true;
		setImmediate(() => {
			this.kicked = false;
			if (!this.closed) void this.sendDue();
		});
	}

	private write(kind: MessageKind, booking: Booking): number {
		const location = this.office.location(booking.locationId);
		const service = this.office.service(booking.serviceId);
		if (!location || !service) return 0;
		const ctx = {
			location,
			service: service.name,
			publicUrl: this.options.publicUrl,
			policy: this.options.policy ?? DEFAULT_BOOKING_POLICY,
			contactKeptDays: this.options.contactKeptDays
		};
		const contacts: [Channel, string | null][] = [
			['email', booking.email],
			['sms', booking.phone]
		];
		let written = 0;
		for (const [channel, recipient] of contacts) {
			if (!recipient) continue;
			const text = renderMessage(kind, channel, booking, ctx);
			const inserted = this.messages.insert({
				bookingId: booking.id,
				departmentId: service.departmentId,
				kind,
				channel,
				recipient,
				lang: text.lang,
				subject: text.subject,
				body: text.body,
				expiresAt: booking.slotAt,
				createdAt: this.clock()
			});
			if (inserted) written++;
		}
		return written;
	}

	private async pass(): Promise<number> {
		let sent = 0;
		for (const sender of this.senders.values()) {
			channel: for (;;) {
				if (this.closed) return sent;
				const due = this.messages.due(sender.channel, this.clock(), BATCH);
				for (const m of due) {
					if (this.closed) return sent;
					const outcome = await this.attempt(sender, m);
					if (outcome === 'sent') sent++;
					// A server that does not answer is tried with one message per pass (the
					// longest waiting), not once for each, which would spend every message's
					// attempts, and a timeout each, on one outage.
					if (outcome === 'unreachable') break channel;
				}
				if (due.length < BATCH) break;
			}
		}
		return sent;
	}

	private async attempt(
		sender: MessageSender,
		m: OutboxMessage
	): Promise<'sent' | 'failed' | 'unreachable' | 'skipped'> {
		if (m.recipient === null) {
			this.messages.giveUp(m.id, 'contact_deleted');
			return 'skipped';
		}
		if (this.clock() >= m.expiresAt) {
			this.messages.giveUp(m.id, 'too_late');
			return 'skipped';
		}
		try {
			await sender.send({ recipient: m.recipient, subject: m.subject, body: m.body, lang: m.lang });
		} catch (err) {
			if (this.closed) return 'failed';
			const failure = err instanceof SendError ? err : new SendError('send_failed');
			const at = this.clock();
			const next =
				failure.kind === 'permanent'
					? null
					: nextAttempt(m.attempts + 1, at, m.createdAt, m.expiresAt);
			this.messages.markFailed(m.id, failure.code, next);
			return failure.kind === 'unreachable' ? 'unreachable' : 'failed';
		}
		if (!this.closed) this.messages.markSent(m.id, this.clock());
		return 'sent';
	}
}

/**
 * The sender loop: a pass every `everyMs` (and right after each new message), the reminder job
 * every `remindEveryMs`; both once at start, so messages left by a stopped server go out.
 */
export function scheduleOutbox(
	outbox: Outbox,
	everyMs = 30_000,
	remindEveryMs = 5 * 60_000
): () => void {
	const remind = () => {
		try {
			outbox.enqueueReminders();
		} catch (err) {
			// A timer has no caller to answer; the next run tries again.
			log.error({ err }, 'outbox: reminders failed');
		}
	};
	remind();
	void outbox.sendDue();
	const sending = setInterval(() => void outbox.sendDue(), everyMs);
	const reminding = setInterval(remind, remindEveryMs);
	sending.unref();
	reminding.unref();
	return () => {
		clearInterval(sending);
		clearInterval(reminding);
	};
}
