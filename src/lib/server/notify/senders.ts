/**
 * How a message leaves the office: one sender per channel behind one interface, so the outbox
 * (notify/outbox.ts) retries e-mail and SMS alike. E-mail goes by SMTP with nodemailer; SMS by
 * SMSAPI.pl's HTTP API (https://www.smsapi.pl/docs, "sms.do"). Either is off until configured.
 *
 * A failure is reported as a SendError with a short code (ECONNREFUSED, smtp_450, smsapi_101):
 * the outbox keeps it as the message's last error, and server errors quote addresses, so their
 * text is never kept or logged.
 */
import nodemailer from 'nodemailer';
import type { Channel } from '../db/repositories/outbox';
import type { MessagingConfig } from '../config';

export interface OutgoingMessage {
	recipient: string;
	subject: string;
	body: string;
	lang: string;
}

export interface MessageSender {
	readonly channel: Channel;
	send(message: OutgoingMessage): Promise<void>;
	close?(): void;
}

export class SendError extends Error {
	/**
	 * @param code what went wrong, without personal data
	 * @param kind 'permanent': trying again cannot help (the address refused for good);
	 *   'unreachable': the server did not answer, so the channel's other messages wait too;
	 *   'message': this message failed for now (a full mailbox, a busy server)
	 */
	constructor(
		readonly code: string,
		readonly kind: 'permanent' | 'unreachable' | 'message' = 'message'
	) {
		super(code);
	}
}

/** Connections that hang give up after this, so one message never holds the loop for long. */
const TIMEOUT_MS = 15_000;

export class EmailSender implements MessageSender {
	readonly channel = 'email' as const;
	private readonly transport;

	constructor(
		smtpUrl: string,
		private readonly from: string
	) {
		// The URL's own settings (host, port, TLS, user) win over these.
		this.transport = nodemailer.createTransport({
			url: smtpUrl,
			connectionTimeout: TIMEOUT_MS,
			greetingTimeout: TIMEOUT_MS,
			socketTimeout: TIMEOUT_MS
		});
	}

	async send(m: OutgoingMessage): Promise<void> {
		try {
			await this.transport.sendMail({
				from: this.from,
				to: m.recipient,
				subject: m.subject,
				text: m.body,
				// RFC 3834: an automatic message; auto-responders should not answer it.
				headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': m.lang }
			});
		} catch (err) {
			const e = err as { code?: unknown; responseCode?: unknown };
			if (typeof e.responseCode === 'number') {
				// 5xx: the server refused for good (no such mailbox); 4xx: try later.
				const kind = e.responseCode >= 500 ? 'permanent' : 'message';
				throw new SendError(`smtp_${e.responseCode}`, kind);
			}
			// No answer from the server: refused, timed out, TLS failed.
			throw new SendError(typeof e.code === 'string' ? e.code : 'smtp_failed', 'unreachable');
		}
	}

	close(): void {
		this.transport.close();
	}
}

/** SMSAPI.pl error codes after which trying again cannot help: a wrong number or message. */
const SMSAPI_PERMANENT = new Set([11, 13, 14]);

export class SmsApiSender implements MessageSender {
	readonly channel = 'sms' as const;

	constructor(
		private readonly token: string,
		private readonly baseUrl = 'https://api.smsapi.pl',
		private readonly from = ''
	) {}

	async send(m: OutgoingMessage): Promise<void> {
		const params = new URLSearchParams({
			to: m.recipient.replace(/[\s\-()+]/g, ''),
			message: m.body,
			format: 'json',
			encoding: 'utf-8'
		});
		// A sender name must be registered with SMSAPI first; without one, its default is used.
		if (this.from) params.set('from', this.from);
		let res: Response;
		try {
			res = await fetch(`${this.baseUrl}/sms.do`, {
				method: 'POST',
				headers: {
					authorization: `Bearer ${this.token}`,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: params.toString(),
				signal: AbortSignal.timeout(TIMEOUT_MS)
			});
		} catch (err) {
			const cause = (err as { cause?: { code?: unknown }; name?: string }).cause;
			const code = typeof cause?.code === 'string' ? cause.code : 'sms_unreachable';
			throw new SendError(code, 'unreachable');
		}
		const answer = (await res.json().catch(() => null)) as {
			error?: unknown;
			count?: unknown;
		} | null;
		if (answer && typeof answer.error === 'number') {
			const kind = SMSAPI_PERMANENT.has(answer.error) ? 'permanent' : 'message';
			throw new SendError(`smsapi_${answer.error}`, kind);
		}
		if (!res.ok || !answer || typeof answer.count !== 'number') {
			throw new SendError(`sms_http_${res.status}`, 'unreachable');
		}
	}
}

/** The senders the configuration turns on (none: every message waits as "not configured"). */
export function sendersFrom(config: MessagingConfig | undefined): MessageSender[] {
	const senders: MessageSender[] = [];
	if (config?.smtpUrl) senders.push(new EmailSender(config.smtpUrl, config.mailFrom));
	if (config?.smsapiToken) {
		senders.push(new SmsApiSender(config.smsapiToken, config.smsapiUrl, config.smsFrom));
	}
	return senders;
}
