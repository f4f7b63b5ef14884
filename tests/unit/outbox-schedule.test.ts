/**
 * When the outbox tries a message again (notify/backoff.ts), when a booking's reminder is due
 * (notify/reminders.ts, on the office's calendar) and how staff see a recipient (notify/mask.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	GIVE_UP_AFTER_MS,
	MAX_RETRY_MS,
	nextAttempt,
	retryDelay
} from '../../src/lib/server/notify/backoff';
import { maskRecipient } from '../../src/lib/server/notify/mask';
import { reminderAt, reminderDue } from '../../src/lib/server/notify/reminders';
import { polishHoliday } from '../../src/lib/server/office/holidays';
import { at, hours } from './queue/builders';

const MIN = 60_000;

describe('retrying a message that could not be sent', () => {
	it('waits 1, 2, 4 … minutes, doubling up to one hour', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => retryDelay(n) / MIN)).toEqual([
			1, 2, 4, 8, 16, 32, 60, 60, 60
		]);
		expect(retryDelay(10_000)).toBe(MAX_RETRY_MS);
	});

	it('gives up a day after the message was written, or when the next try would be after the slot', () => {
		const created = at('2026-12-03T10:00Z');
		const far = created + 30 * 86_400_000;
		expect(nextAttempt(1, created, created, far)).toBe(created + MIN);
		// After 7 attempts the waits are an hour; the one that would pass the day is not made.
		expect(nextAttempt(30, created + GIVE_UP_AFTER_MS - 2 * MAX_RETRY_MS, created, far)).toBe(
			created + GIVE_UP_AFTER_MS - MAX_RETRY_MS
		);
		expect(nextAttempt(30, created + GIVE_UP_AFTER_MS - MAX_RETRY_MS, created, far)).toBeNull();
		// A slot at 10:30: a try at 10:32 would be too late.
		expect(nextAttempt(2, created + 29 * MIN, created, created + 30 * MIN)).toBeNull();
	});

	it('gives up on the whole schedule within a day: about 30 attempts, none lost to overflow', () => {
		const created = 0;
		let t = created;
		let attempts = 0;
		for (;;) {
			attempts++;
			const next = nextAttempt(attempts, t, created, Number.MAX_SAFE_INTEGER);
			if (next === null) break;
			expect(next).toBeGreaterThan(t);
			t = next;
		}
		expect(t).toBeLessThan(GIVE_UP_AFTER_MS);
		expect(attempts).toBeGreaterThan(20);
		expect(attempts).toBeLessThan(35);
	});
});

describe("a booking's reminder", () => {
	const office = hours({ calendar: { holiday: polishHoliday, exceptions: new Map() } });

	it('is due from the opening of the last working day before the slot', () => {
		// A Monday slot: Friday at 07:30 (Warsaw, UTC+1).
		expect(reminderAt(office, '2026-12-07')).toEqual({
			day: '2026-12-04',
			at: at('2026-12-04T06:30Z')
		});
		// A Tuesday slot: Monday, which opens at 08:00.
		expect(reminderAt(office, '2026-12-08').at).toBe(at('2026-12-07T07:00Z'));
		// After Christmas (24–26 December are holidays, 27th a Sunday): Wednesday 23rd.
		expect(reminderAt(office, '2026-12-28').day).toBe('2026-12-23');
		// Summer time: a slot on Tuesday 9 June 2026 is reminded Monday 08:00 CEST = 06:00 UTC.
		expect(reminderAt(office, '2026-06-09').at).toBe(at('2026-06-08T06:00Z'));
		// A closure day the location set wins over the week.
		const closed = hours({
			calendar: {
				holiday: polishHoliday,
				exceptions: new Map([['2026-12-04', { open: false as const, note: '' }]])
			}
		});
		expect(reminderAt(closed, '2026-12-07').day).toBe('2026-12-03');
	});

	it('falls back to the day before at 08:00 for an office without hours', () => {
		expect(reminderAt(hours({ week: {} }), '2026-12-07')).toEqual({
			day: '2026-12-06',
			at: at('2026-12-06T07:00Z')
		});
	});

	it('is written only between its time and the slot, and not for a booking made or moved that day', () => {
		const booking = {
			day: '2026-12-07',
			slotAt: at('2026-12-07T07:00Z'),
			changedAt: at('2026-12-01T10:00Z')
		};
		expect(reminderDue(office, booking, at('2026-12-04T06:29Z'))).toBe(false);
		expect(reminderDue(office, booking, at('2026-12-04T06:30Z'))).toBe(true);
		expect(reminderDue(office, booking, at('2026-12-06T20:00Z'))).toBe(true);
		expect(reminderDue(office, booking, booking.slotAt)).toBe(false);
		const late = { ...booking, changedAt: at('2026-12-04T09:00Z') };
		expect(reminderDue(office, late, at('2026-12-04T10:00Z'))).toBe(false);
	});
});

describe('a recipient as staff see it', () => {
	it('keeps the first letter and the domain of an address, the last digits of a phone', () => {
		expect(maskRecipient('jan.kowalski@example.pl')).toBe('j***@example.pl');
		expect(maskRecipient('+48 600 123 456')).toBe('***456');
		expect(maskRecipient('12')).toBe('***');
		expect(maskRecipient(null)).toBe('');
	});
});
