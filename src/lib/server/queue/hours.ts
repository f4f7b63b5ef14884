import { wallClock } from '../../shared/wall-clock';
import type { OpeningHours, Service, Weekday } from './types';

/** Wall-clock facts of an instant in a time zone: the office day, weekday and minute of day. */
export interface LocalTime {
	day: string; // YYYY-MM-DD
	weekday: Weekday; // 1 = Monday … 7 = Sunday
	minutes: number; // minutes since local midnight
}

/**
 * The last answer per zone, by minute: the answer has a minute's resolution and zones' offsets
 * are whole minutes, so every instant of one minute has the same answer. formatToParts is slow
 * next to the rest of the rules, and issuing a ticket asks twice.
 */
const lastAnswers = new Map<string, { minute: number; answer: LocalTime }>();

/** Deterministic for a given instant and zone; Warsaw's DST changes are handled by ICU. */
export function localTime(at: number, timeZone: string): LocalTime {
	const minute = Math.floor(at / 60_000);
	const last = lastAnswers.get(timeZone);
	if (last?.minute === minute) return { ...last.answer };
	const answer = computeLocalTime(at, timeZone);
	lastAnswers.set(timeZone, { minute, answer: { ...answer } });
	return answer;
}

function computeLocalTime(at: number, timeZone: string): LocalTime {
	const c = wallClock(at, timeZone);
	const two = (n: number) => String(n).padStart(2, '0');
	return {
		day: `${c.year}-${two(c.month)}-${two(c.day)}`,
		weekday: c.weekday,
		minutes: c.hour * 60 + c.minute
	};
}

/** "HH:MM" → minutes since midnight; "24:00" is allowed as the end of a day. */
export function parseClock(hhmm: string): number {
	const m = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/.exec(hhmm);
	if (!m) throw new RangeError(`"${hhmm}" is not a time of day (HH:MM)`);
	return m[1] === undefined ? 24 * 60 : Number(m[1]) * 60 + Number(m[2]);
}

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
	const today = hours.week[now.weekday];
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
