import { describe, expect, it } from 'vitest';
import {
	addWorkingDays,
	calendarDay,
	canIssueTicket,
	closingInstant,
	closingMinute,
	isOpen,
	nextOpening,
	weekdayOf,
	type CalendarException,
	type OpeningHours
} from '../../../src/lib/server/queue';
import { polishHoliday } from '../../../src/lib/server/office/holidays';
import { at, hours, service } from './builders';

/** The Bieruń week (builders' hours) with Poland's holidays and the location's own days. */
function office(own: Record<string, CalendarException> = {}): OpeningHours {
	return hours({
		calendar: { holiday: polishHoliday, exceptions: new Map(Object.entries(own)) }
	});
}

describe('the office calendar', () => {
	it('names weekdays without a time zone', () => {
		expect(weekdayOf('2026-12-03')).toBe(4);
		expect(weekdayOf('2026-12-06')).toBe(7);
		expect(weekdayOf('2027-03-29')).toBe(1);
	});

	it('closes on a public holiday that falls on a working day, and says which', () => {
		expect(calendarDay(office(), '2026-12-24')).toMatchObject({
			closed: 'holiday',
			hours: null,
			note: 'Wigilia Bożego Narodzenia'
		});
		expect(calendarDay(office(), '2026-12-23')).toMatchObject({ closed: null, note: null });
		expect(calendarDay(office(), '2026-12-27')).toMatchObject({ closed: 'weekly' });
		// Without the calendar, the week alone: 24 December 2026 is a Thursday like any other.
		expect(calendarDay(hours(), '2026-12-24').closed).toBeNull();
	});

	it("lets the location's own days win: a closure day, and an extra working Saturday", () => {
		const own = office({
			'2026-11-10': { open: false, note: 'Dzień wolny za 15 sierpnia' },
			'2026-12-05': { open: true, hours: { opens: '08:00', closes: '12:00' }, note: '' },
			'2026-12-24': { open: true, hours: { opens: '08:00', closes: '11:00' }, note: 'Dyżur' }
		});
		expect(calendarDay(own, '2026-11-10')).toMatchObject({
			closed: 'closure',
			note: 'Dzień wolny za 15 sierpnia'
		});
		expect(calendarDay(own, '2026-12-05')).toMatchObject({
			closed: null,
			hours: { opens: '08:00', closes: '12:00' }
		});
		expect(calendarDay(own, '2026-12-24').closed).toBeNull();
	});

	it('is open between opening and closing of a working day only (CET and CEST)', () => {
		// Thursday 3 December 2026, CET (UTC+1): 07:30–15:30.
		expect(isOpen(office(), at('2026-12-03T06:29Z'))).toBe(false);
		expect(isOpen(office(), at('2026-12-03T06:30Z'))).toBe(true);
		expect(isOpen(office(), at('2026-12-03T14:29Z'))).toBe(true);
		expect(isOpen(office(), at('2026-12-03T14:30Z'))).toBe(false);
		// Thursday 4 June 2026 is Corpus Christi: closed all day.
		expect(isOpen(office(), at('2026-06-04T08:00Z'))).toBe(false);
		// Wednesday 3 June 2026, CEST (UTC+2): 07:30 local is 05:30 UTC.
		expect(isOpen(office(), at('2026-06-03T05:30Z'))).toBe(true);
		expect(isOpen(office(), at('2026-06-03T05:29Z'))).toBe(false);
	});

	it('opens next on the first working day after holidays, at the right hour across DST', () => {
		// Christmas Eve 2026 (Thu) to Boxing Day, then the weekend: Monday 28th at 08:00 CET.
		expect(nextOpening(office(), at('2026-12-23T15:00Z'))).toEqual({
			day: '2026-12-28',
			weekday: 1,
			opens: '08:00',
			at: at('2026-12-28T07:00Z')
		});
		// Easter 2027 (28–29 March) right after the clocks go forward (28 March): Tuesday 30th
		// at 07:30 CEST.
		expect(nextOpening(office(), at('2027-03-26T15:00Z'))).toMatchObject({
			day: '2027-03-30',
			at: at('2027-03-30T05:30Z')
		});
		// A closure day on Monday pushes it on; an extra Saturday pulls it in.
		const own = office({ '2026-12-28': { open: false, note: '' } });
		expect(nextOpening(own, at('2026-12-23T15:00Z'))?.day).toBe('2026-12-29');
		const saturday = office({
			'2026-12-19': { open: true, hours: { opens: '09:00', closes: '13:00' }, note: '' }
		});
		expect(nextOpening(saturday, at('2026-12-18T15:00Z'))).toMatchObject({
			day: '2026-12-19',
			opens: '09:00',
			at: at('2026-12-19T08:00Z')
		});
	});

	it('counts N working days after a day, skipping weekends, holidays and closure days', () => {
		// Taken Friday 18 December 2026: Mon 21, Tue 22, Wed 23.
		expect(addWorkingDays(office(), '2026-12-18', 3)).toBe('2026-12-23');
		// Taken Wednesday 23 December: 24–27 closed, Mon 28, Tue 29, Wed 30.
		expect(addWorkingDays(office(), '2026-12-23', 3)).toBe('2026-12-30');
		// Taken Thursday 30 April 2026: 1 May (Fri) and 3 May (Sun) holidays; Mon 4, Tue 5, Wed 6.
		expect(addWorkingDays(office(), '2026-04-30', 3)).toBe('2026-05-06');
		const own = office({ '2026-05-04': { open: false, note: '' } });
		expect(addWorkingDays(own, '2026-04-30', 3)).toBe('2026-05-07');
		// A location with no working day at all answers none instead of looping.
		expect(addWorkingDays(hours({ week: {} }), '2026-04-30', 1)).toBeNull();
	});

	it("ends a working day at its closing time, in the location's zone", () => {
		expect(closingInstant(office(), '2026-12-07')).toBe(at('2026-12-07T16:00Z'));
		expect(closingInstant(office(), '2026-12-25')).toBeNull();
	});

	it('refuses tickets on a holiday and on a closure day, and issues on an extra working day', () => {
		const s = service({ id: 1 });
		expect(canIssueTicket(office(), s, at('2026-11-11T09:00Z'))).toEqual({
			ok: false,
			reason: 'closed_day'
		});
		const own = office({
			'2026-11-10': { open: false, note: '' },
			'2026-11-14': { open: true, hours: { opens: '08:00', closes: '12:00' }, note: '' }
		});
		expect(canIssueTicket(own, s, at('2026-11-10T09:00Z')).ok).toBe(false);
		expect(canIssueTicket(own, s, at('2026-11-14T09:00Z')).ok).toBe(true);
		// The extra day's own hours and cut-off (15 min) apply.
		expect(canIssueTicket(own, s, at('2026-11-14T10:50Z'))).toEqual({
			ok: false,
			reason: 'after_cutoff'
		});
		// The end of the day follows too: nothing closes on a day without hours.
		expect(closingMinute(own, undefined, '2026-11-14')).toBe(12 * 60);
		expect(closingMinute(own, undefined, '2026-11-10')).toBeNull();
	});
});
