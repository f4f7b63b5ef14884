import { ticketEvent } from './events';
import { localTime, parseClock } from './hours';
import type { Change } from './lifecycle';
import type { OpeningHours, Service, Ticket, Weekday } from './types';

/**
 * The end of the office day (issue 12, item 16). At closing time, or when a manager closes the
 * day by hand, the tickets still waiting end as `closed`: not served, the office closed. Tickets
 * called or in service are left to their clerk (SR-30: only the clerk ends a visit).
 */
export function closeDay(tickets: readonly Ticket[], now: number): Change {
	const closed = tickets
		.filter((t) => t.state === 'waiting')
		.map((t): Ticket => ({ ...t, state: 'closed', finishedAt: now }));
	return {
		tickets: closed,
		windows: [],
		events: closed.map((t) => ticketEvent('ticket_closed', t, now))
	};
}

/**
 * The minute of the day (local time) at which a matter's queue closes on a weekday: the
 * location's closing time, or the matter's later acceptance that day (complaints and requests on
 * Monday until 17:30 while the office closes at 17:00: their tickets are not ended at 17:00).
 * Null on a closed day.
 */
export function closingMinute(
	hours: OpeningHours,
	service: Pick<Service, 'lateAcceptance'> | undefined,
	weekday: Weekday
): number | null {
	const day = hours.week[weekday];
	if (!day) return null;
	const late = service?.lateAcceptance[weekday];
	return Math.max(parseClock(day.closes), late ? parseClock(late) : 0);
}

/**
 * The waiting tickets the end of the day ends now. A ticket of an earlier office day always
 * (nothing of yesterday waits into the morning, whether or not hours are enforced: the demo
 * office's queue empties at midnight). Today's, only where hours are enforced: once its matter's
 * queue has closed, or on a day the location is closed.
 */
export function dueToClose(
	waiting: readonly Ticket[],
	hours: OpeningHours,
	services: ReadonlyMap<number, Pick<Service, 'lateAcceptance'>>,
	at: number
): Ticket[] {
	const now = localTime(at, hours.timeZone);
	return waiting.filter((t) => {
		if (t.state !== 'waiting') return false;
		if (t.day < now.day) return true;
		if (!hours.enforced || t.day > now.day) return false;
		const closes = closingMinute(hours, services.get(t.serviceId), now.weekday);
		return closes === null || now.minutes >= closes;
	});
}

/** When the office opens next: its local day and time, and the instant. */
export interface NextOpening {
	day: string; // YYYY-MM-DD in the location's time zone
	weekday: Weekday;
	opens: string; // HH:MM
	at: number;
}

/**
 * The next opening after `at`: today's if the office has not opened yet, else the first day after
 * with hours. Null when the location is closed (mode) or has no day with hours. The instant is
 * computed in the location's zone, so an opening after a DST change is at the right hour.
 */
export function nextOpening(hours: OpeningHours, at: number): NextOpening | null {
	if (hours.mode === 'closed') return null;
	const now = localTime(at, hours.timeZone);
	for (let ahead = 0; ahead <= 7; ahead++) {
		const weekday = (((now.weekday - 1 + ahead) % 7) + 1) as Weekday;
		const today = hours.week[weekday];
		if (!today) continue;
		const opens = parseClock(today.opens);
		if (ahead === 0 && now.minutes >= opens) continue;
		const day = addDays(now.day, ahead);
		return { day, weekday, opens: today.opens, at: zonedInstant(day, opens, hours.timeZone) };
	}
	return null;
}

/** A calendar day plus `n` days (YYYY-MM-DD; calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock of `timeZone` shows `minutes` past midnight of `day`. The
 * zone's offset is read at a first guess and read again at the answer, which settles it on either
 * side of a DST change. A wall time that does not exist (02:30 on the last Sunday of March in
 * Warsaw) comes out an hour later, as clocks show it.
 */
export function zonedInstant(day: string, minutes: number, timeZone: string): number {
	const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
	const offsetAt = (instant: number) => {
		const local = localTime(instant, timeZone);
		return Date.parse(`${local.day}T00:00:00Z`) + local.minutes * 60_000 - instant;
	};
	const guess = wall - offsetAt(wall);
	return wall - offsetAt(guess);
}
