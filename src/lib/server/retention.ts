/**
 * Personal data kept no longer than its purpose needs: the jobs that delete it, run once at start
 * and then every `everyMs`. Each job is a function of its own module (the table's owner) and is
 * tested there; this only runs them.
 * - A booking's e-mail and phone: some days after its slot (7, or OKIENKO_BOOKING_CONTACT_DAYS) (desk/bookings.ts), and
 *   by the same rule the recipients of its messages (notify/outbox.ts; unsent ones are given up).
 * - An inquiry's phone and client name: INQUIRY_PERSONAL_KEPT_DAYS after closing (desk/inquiries.ts).
 * - A summons' note (it may say more than it should): a day after it was sent (desk/summons.ts).
 * - Expired sessions: deleted whenever a session is created (auth/sessions.ts).
 */
import type { BookingService } from './desk/bookings';
import type { InquiryRegister } from './desk/inquiries';
import type { SummonsDesk } from './desk/summons';
import type { Outbox } from './notify/outbox';
import { log } from './log';

export const RETENTION_EVERY_MS = 60 * 60_000;

export function scheduleRetention(
	parts: {
		bookings: Pick<BookingService, 'forgetContacts'>;
		inquiries: Pick<InquiryRegister, 'erasePersonalData'>;
		outbox: Pick<Outbox, 'forgetRecipients'>;
		summons: Pick<SummonsDesk, 'forgetNotes'>;
	},
	everyMs = RETENTION_EVERY_MS
): () => void {
	const run = () => {
		try {
			const forgotten = parts.bookings.forgetContacts();
			if (forgotten > 0) log.info(`retention: contact data of ${forgotten} bookings deleted`);
			const erased = parts.inquiries.erasePersonalData();
			if (erased > 0) log.info(`retention: personal data of ${erased} inquiries erased`);
			const messages = parts.outbox.forgetRecipients();
			if (messages > 0) log.info(`retention: recipients of ${messages} messages deleted`);
			const notes = parts.summons.forgetNotes();
			if (notes > 0) log.info(`retention: notes of ${notes} summons blanked`);
		} catch (err) {
			// A timer has no caller to answer; the next run tries again.
			log.error({ err }, 'retention failed');
		}
	};
	run();
	const timer = setInterval(run, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
