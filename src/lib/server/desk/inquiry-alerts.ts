/**
 * Overdue inquiries flagged the moment their due day ends (SR-11): every minute the register is
 * asked which open inquiries passed their due instant since the last look, and the people each
 * concerns see it on their screens at once. The lists show every overdue one whenever a page is
 * opened (the morning's look), so a flag missed while the server was down is not lost.
 */
import type { Broadcaster } from '../realtime/broadcast';
import type { InquiryRegister } from './inquiries';
import { log } from '../log';

export const INQUIRY_ALERT_EVERY_MS = 60_000;

export function scheduleInquiryAlerts(
	register: Pick<InquiryRegister, 'becameOverdue' | 'alertRecipients'>,
	broadcaster: Pick<Broadcaster, 'inquiryOverdue'>,
	clock: () => number,
	everyMs = INQUIRY_ALERT_EVERY_MS
): () => void {
	let since = clock();
	const run = () => {
		try {
			const now = clock();
			for (const inquiry of register.becameOverdue(since, now)) {
				broadcaster.inquiryOverdue(register.alertRecipients(inquiry), {
					id: inquiry.id,
					dueDay: inquiry.dueDay
				});
			}
			since = now;
		} catch (err) {
			// A timer has no caller to answer; the next run looks again from the same instant.
			log.error({ err }, 'inquiry alerts failed');
		}
	};
	const timer = setInterval(run, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
