/**
 * A booking's message as text, in the booking's language, through the i18n catalog (parts/mail.ts).
 * Ukrainian bookings get English until the catalog has Ukrainian (issue 16). Plain text only: it
 * reads the same in every mail client and in a screen reader, and has nothing to sanitise.
 */
import { translate, type MessageKey } from '$lib/i18n';
import type { Lang, Localized } from '$lib/shared/dto';
import type { Booking } from '../db/repositories/bookings';
import type { Channel, MessageKind } from '../db/repositories/outbox';
import type { LocationRecord } from '../office/records';
import type { BookingPolicy } from '../queue';

export interface MessageContext {
	location: Pick<LocationRecord, 'name' | 'address' | 'contact'>;
	/** The matter's name in each language. */
	service: Localized;
	/** OKIENKO_PUBLIC_URL without a trailing slash; empty: the message names no link. */
	publicUrl: string;
	policy: Pick<BookingPolicy, 'checkInEarlyMinutes' | 'checkInGraceMinutes'>;
	/** Days the contact data is kept after the slot (said in the e-mail's footer). */
	contactKeptDays: number;
}

export interface RenderedMessage {
	lang: Exclude<Lang, 'uk'>;
	subject: string;
	body: string;
}

/** The language a booking's messages are written in. */
export function messageLang(lang: Booking['lang']): Exclude<Lang, 'uk'> {
	// Ukrainian falls back to English: the Ukrainian catalog covers the visitor's screens, not
	// yet the e-mails and SMS (parts/mail.ts).
	return lang === 'pl' ? 'pl' : 'en';
}

/** The link a booking's message gives to view or cancel it, or null without a public URL. */
export function bookingLink(publicUrl: string, token: string): string | null {
	return publicUrl ? `${publicUrl}/rezerwacja/${token}` : null;
}

/** Formatters by language and style: built once, as a booking's transaction renders its messages. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatDay(lang: Lang, style: 'long' | 'short', day: string): string {
	const key = `${lang}:${style}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(
			lang,
			style === 'long'
				? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
				: // "7.12" in Polish; English names the month, as "12/7" reads as July in Europe.
					{ day: 'numeric', month: lang === 'pl' ? 'numeric' : 'short', timeZone: 'UTC' }
		);
		formatters.set(key, f);
	}
	return f.format(Date.parse(`${day}T12:00:00Z`));
}

export function renderMessage(
	kind: MessageKind,
	channel: Channel,
	booking: Pick<
		Booking,
		'lang' | 'day' | 'start' | 'code' | 'viewToken' | 'interpreter' | 'accessible'
	>,
	ctx: MessageContext
): RenderedMessage {
	const lang = messageLang(booking.lang);
	const t = (key: MessageKey, params?: Record<string, string | number>) =>
		translate(lang, key, params);
	const service = ctx.service[lang];
	if (channel === 'sms') {
		const date = formatDay(lang, 'short', booking.day);
		const text = t(`sms.${kind}`, { service, date, time: booking.start, code: booking.code });
		// The office's name says who writes: an SMS sender name is not always shown.
		return { lang, subject: '', body: `${ctx.location.name}: ${text}` };
	}
	const date = formatDay(lang, 'long', booking.day);
	const lines: string[] = [t('mail.greeting'), '', t(`mail.lead.${kind}`), ''];
	lines.push(t('mail.matter', { service }), t('mail.when', { date, time: booking.start }));
	const where = t('mail.where', { office: ctx.location.name, address: ctx.location.address });
	if (kind === 'booking_cancelled') {
		lines.push('', t('mail.again'));
	} else {
		if (ctx.location.address) lines.push(where);
		lines.push(t('mail.code', { code: booking.code }), '');
		if (booking.interpreter) lines.push(t('mail.interpreter'));
		if (booking.accessible) lines.push(t('mail.accessible'));
		lines.push(
			t('mail.kiosk', {
				early: ctx.policy.checkInEarlyMinutes,
				grace: ctx.policy.checkInGraceMinutes
			}),
			''
		);
		const link = bookingLink(ctx.publicUrl, booking.viewToken);
		lines.push(link ? t('mail.link', { url: link }) : t('mail.link_none'));
	}
	lines.push('');
	if (ctx.location.contact.phone)
		lines.push(t('mail.contact', { phone: ctx.location.contact.phone }));
	lines.push(ctx.location.name, '', '-- ', t('mail.privacy', { count: ctx.contactKeptDays }));
	return {
		lang,
		subject: `${t(`mail.subject.${kind}`, { date, time: booking.start })} — ${ctx.location.name}`,
		body: lines.join('\n') + '\n'
	};
}
