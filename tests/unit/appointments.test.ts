/**
 * The appointment rules of the console (queue/appointments.ts, SR-09): a booking's state on the
 * console from its own and its ticket's, the no-show instant, and when a checked-in client is
 * overdue and for how long.
 */
import { describe, expect, it } from 'vitest';
import {
	appointmentState,
	DEFAULT_BOOKING_POLICY,
	noShowBefore,
	overdueMs
} from '../../src/lib/server/queue';

const MIN = 60_000;

describe('appointmentState', () => {
	it("follows the booking, then the ticket's state after check-in", () => {
		expect(appointmentState('booked', null)).toBe('booked');
		expect(appointmentState('missed', null)).toBe('missed');
		expect(appointmentState('cancelled', null)).toBeNull();
		expect(appointmentState('checked_in', null)).toBe('checked_in');
		expect(appointmentState('checked_in', 'waiting')).toBe('checked_in');
		expect(appointmentState('checked_in', 'called')).toBe('called');
		expect(appointmentState('checked_in', 'serving')).toBe('in_service');
		expect(appointmentState('checked_in', 'done')).toBe('served');
		expect(appointmentState('checked_in', 'no_show')).toBe('missed');
		expect(appointmentState('checked_in', 'cancelled')).toBe('ended');
		expect(appointmentState('checked_in', 'closed')).toBe('ended');
	});
});

describe('noShowBefore', () => {
	it('is the check-in grace before now', () => {
		expect(noShowBefore(100 * MIN, DEFAULT_BOOKING_POLICY)).toBe(90 * MIN);
	});
});

describe('overdueMs', () => {
	const slotAt = 600 * MIN;
	it('is null before the slot, and for anyone not waiting after check-in', () => {
		const a = { state: 'checked_in' as const, slotAt, checkedInAt: slotAt - 5 * MIN };
		expect(overdueMs(a, slotAt)).toBeNull();
		expect(overdueMs({ ...a, state: 'called' }, slotAt + 20 * MIN)).toBeNull();
		expect(overdueMs({ ...a, state: 'booked' }, slotAt + 20 * MIN)).toBeNull();
	});
	it('counts from the slot, or from a check-in after it', () => {
		const a = { state: 'checked_in' as const, slotAt, checkedInAt: slotAt - 5 * MIN };
		expect(overdueMs(a, slotAt + 7 * MIN)).toBe(7 * MIN);
		expect(overdueMs({ ...a, checkedInAt: slotAt + 4 * MIN }, slotAt + 7 * MIN)).toBe(3 * MIN);
	});
});
