import type { AppointmentState } from './dto';

/**
 * How long a checked-in client has waited past their appointment (ms), or null if they are not
 * overdue: not checked in, already called, or their time has not come. The wait counts from the
 * slot, or from the check-in for a client who came late (within the grace): the office owes them
 * nothing for the minutes before they arrived. Shared: the server's rules (queue/appointments.ts)
 * and the console, which turns a line into the alert on its own clock between snapshots.
 */
export function overdueMs(
	appointment: { state: AppointmentState; slotAt: number; checkedInAt: number | null },
	now: number
): number | null {
	if (appointment.state !== 'checked_in' || now <= appointment.slotAt) return null;
	return now - Math.max(appointment.slotAt, appointment.checkedInAt ?? appointment.slotAt);
}
