/**
 * When a booking's reminder goes out: on the office's last working day before the slot, from that
 * day's opening time (Friday's opening for a Monday slot; before a holiday, the day before it).
 * A booking made (or moved) on that day or later gets none: its confirmation is fresh. Pure: the calendar
 * and the times are passed in.
 */
import { addDays, hoursOn, parseClock, zonedInstant, type OpeningHours } from '../queue';

/** How far back a working day is looked for (a long closure: Christmas to New Year). */
const LOOK_BACK_DAYS = 14;
/** The hour a reminder goes out on a day the calendar gives no hours for. */
const DEFAULT_REMINDER_MINUTES = 8 * 60;

/** The day of the reminder for a slot on `slotDay`, and the instant it is due. */
export function reminderAt(hours: OpeningHours, slotDay: string): { day: string; at: number } {
	for (let back = 1; back <= LOOK_BACK_DAYS; back++) {
		const day = addDays(slotDay, -back);
		const open = hoursOn(hours, day);
		if (open) return { day, at: zonedInstant(day, parseClock(open.opens), hours.timeZone) };
	}
	// An office without opening hours (the demo): the calendar day before, in the morning.
	const day = addDays(slotDay, -1);
	return { day, at: zonedInstant(day, DEFAULT_REMINDER_MINUTES, hours.timeZone) };
}

/**
 * Whether a booking's reminder should be written now. `changedAt`: when it was made or last
 * moved; a booking made or moved on the reminder's day has just been told its time.
 */
export function reminderDue(
	hours: OpeningHours,
	booking: { day: string; slotAt: number; changedAt: number },
	now: number
): boolean {
	const { at } = reminderAt(hours, booking.day);
	return now >= at && now < booking.slotAt && booking.changedAt < at;
}
