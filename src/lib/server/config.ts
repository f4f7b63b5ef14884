/** Server settings from the environment, read once at start-up. Documented in the README. */
import path from 'node:path';
import { readKioskPrinters, type KioskPrinters } from '$printer/config';

export interface ServerConfig {
	/** SQLite database file. Created, migrated and (if new) seeded with the demo office on start. */
	databasePath: string;
	/**
	 * What a new, empty database starts with: 'demo' = the demo office and demo accounts;
	 * 'office' = the office's departments, matters and windows, no accounts; 'none' = nothing.
	 */
	seed: 'demo' | 'office' | 'none';
	/** Public base URL for links printed on tickets (QR codes); empty = the request's own origin. */
	publicUrl: string;
	/** Each kiosk's printer (OKIENKO_KIOSKS, OKIENKO_PRINTER); none = the placeholder. */
	printers?: KioskPrinters;
	/**
	 * Tests only (OKIENKO_TEST_HOLD_SNAPSHOTS=1): changes send no snapshots to the live screens,
	 * only their own events (realtime/broadcast.ts). Set by whoever starts the server, never by
	 * a request.
	 */
	holdSnapshots?: boolean;
	/** Messages to visitors (booking confirmations, reminders); none = they wait unsent. */
	messaging?: MessagingConfig;
	/**
	 * OKIENKO_BOOKING_CONTACT_DAYS: how many days after its slot a booking's e-mail and phone
	 * (and its messages' recipients) are deleted; 1–365, default 7 (desk/bookings.ts).
	 */
	bookingContactDays?: number;
	/** OKIENKO_METRICS_TOKEN: the Bearer token that opens /metrics from another machine; none = loopback only. */
	metricsToken?: string;
}

/**
 * E-mail and SMS to visitors (notify/senders.ts). Each channel is off until configured; its
 * messages then wait in the outbox, listed at /admin/outbox as "not configured".
 */
export interface MessagingConfig {
	/** OKIENKO_SMTP_URL: `smtp://host:25`, `smtp://user:pass@host:587` (STARTTLS), `smtps://user:pass@host:465`. */
	smtpUrl: string;
	/** OKIENKO_MAIL_FROM: the sender, e.g. `Urząd Miejski w Bieruniu <kolejka@um.bierun.pl>`. */
	mailFrom: string;
	/** OKIENKO_SMSAPI_TOKEN: an SMSAPI.pl OAuth token; empty = no SMS. */
	smsapiToken: string;
	/** OKIENKO_SMSAPI_URL: the API's base URL (default https://api.smsapi.pl; .com for SMSAPI.com). */
	smsapiUrl: string;
	/** OKIENKO_SMS_FROM: a sender name registered with SMSAPI; empty = the account's default. */
	smsFrom: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	return {
		databasePath: path.resolve(env.OKIENKO_DB || path.join('data', 'okienko.sqlite')),
		seed: seedOf(env.OKIENKO_SEED),
		publicUrl: (env.OKIENKO_PUBLIC_URL ?? '').replace(/\/+$/, ''),
		printers: readKioskPrinters(env),
		holdSnapshots: env.OKIENKO_TEST_HOLD_SNAPSHOTS === '1',
		messaging: readMessaging(env),
		bookingContactDays: contactDaysOf(env.OKIENKO_BOOKING_CONTACT_DAYS),
		metricsToken: env.OKIENKO_METRICS_TOKEN?.trim() ?? ''
	};
}

function contactDaysOf(value: string | undefined): number | undefined {
	if (value === undefined || value === '') return undefined;
	const days = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
	if (!(days >= 1 && days <= 365)) {
		throw new Error(
			`OKIENKO_BOOKING_CONTACT_DAYS must be a number of days, 1–365 (got "${value}")`
		);
	}
	return days;
}

export function readMessaging(env: NodeJS.ProcessEnv): MessagingConfig {
	const smtpUrl = env.OKIENKO_SMTP_URL ?? '';
	const mailFrom = env.OKIENKO_MAIL_FROM ?? '';
	if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
		throw new Error('OKIENKO_SMTP_URL must start with smtp:// or smtps://');
	}
	// Without a sender, every server would refuse or mark the mail as spam: say so at start.
	if (smtpUrl && !mailFrom) throw new Error('OKIENKO_SMTP_URL needs OKIENKO_MAIL_FROM too');
	return {
		smtpUrl,
		mailFrom,
		smsapiToken: env.OKIENKO_SMSAPI_TOKEN ?? '',
		smsapiUrl: (env.OKIENKO_SMSAPI_URL || 'https://api.smsapi.pl').replace(/\/+$/, ''),
		smsFrom: env.OKIENKO_SMS_FROM ?? ''
	};
}

function seedOf(value: string | undefined): ServerConfig['seed'] {
	const seed = value ?? 'demo';
	if (seed === 'demo' || seed === 'office' || seed === 'none') return seed;
	throw new Error(`OKIENKO_SEED must be demo, office or none (got "${seed}")`);
}
