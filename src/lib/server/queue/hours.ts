import { hoursOn } from './calendar';
import { localTime, parseClock } from './clock';
import type { OpeningHours, Service } from './types';

export type IssueRefusal =
	| 'closed_mode' // the office switched direct service off (SR-33)
	| 'limited_mode' // limited service, and this matter is not offered
	| 'closed_day'
	| 'before_opening'
	| 'after_cutoff'; // too close to closing (or past it) for a new ticket

export type IssueDecision = { ok: true } | { ok: false; reason: IssueRefusal; until?: string };

/**
 * May a ticket for this matter be issued now? The mode always applies. Hours apply when the
 * location enforces them: a ticket is issued from opening until `cutoffMinutes` before closing,
 * except that a service with a later acceptance time that day (complaints and requests on Monday
 * until 17:30, digest §1.3) takes tickets until exactly that time.
 */
export function canIssueTicket(hours: OpeningHours, service: Service, at: number): IssueDecision {
	if (hours.mode === 'closed') return { ok: false, reason: 'closed_mode' };
	if (hours.mode === 'limited' && !service.availableWhenLimited) {
		return { ok: false, reason: 'limited_mode' };
	}
	if (!hours.enforced) return { ok: true };
	const now = localTime(at, hours.timeZone);
	const today = hoursOn(hours, now.day);
	if (!today) return { ok: false, reason: 'closed_day' };
	if (now.minutes < parseClock(today.opens)) {
		return { ok: false, reason: 'before_opening', until: today.opens };
	}
	const late = service.lateAcceptance[now.weekday];
	const lastIssue = late
		? parseClock(late)
		: parseClock(today.closes) - Math.max(0, hours.cutoffMinutes);
	return now.minutes < lastIssue ? { ok: true } : { ok: false, reason: 'after_cutoff' };
}
