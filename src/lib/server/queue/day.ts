import { ticketEvent } from './events';
import { hoursOn, weekdayOf } from './calendar';
import { localTime, parseClock } from './clock';
import type { Change } from './lifecycle';
import type { OpeningHours, Service, Ticket } from './types';

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
 * The minute of the day (local time) at which a matter's queue closes on an office day: the
 * location's closing time, or the matter's later acceptance that day (complaints and requests on
 * Monday until 17:30 while the office closes at 17:00: their tickets are not ended at 17:00).
 * Null on a closed day (by the week, a holiday or the location's closure day).
 */
export function closingMinute(
	hours: OpeningHours,
	service: Pick<Service, 'lateAcceptance'> | undefined,
	day: string
): number | null {
	const open = hoursOn(hours, day);
	if (!open) return null;
	const late = service?.lateAcceptance[weekdayOf(day)];
	return Math.max(parseClock(open.closes), late ? parseClock(late) : 0);
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
		const closes = closingMinute(hours, services.get(t.serviceId), now.day);
		return closes === null || now.minutes >= closes;
	});
}
