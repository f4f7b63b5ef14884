import { describe, expect, it } from 'vitest';
import {
	addDays,
	closeDay,
	closingMinute,
	dueToClose,
	localTime,
	nextOpening,
	zonedInstant
} from '../../../src/lib/server/queue';
import { at, calledTicket, deepFreeze, hours, service, servingTicket, ticket } from './builders';

const WAW = 'Europe/Warsaw';
const complaints = service({ id: 5, lateAcceptance: { 1: '17:30' } });
const services = new Map([
	[1, service({ id: 1 })],
	[5, complaints]
]);

describe('closeDay', () => {
	it('ends every waiting ticket as closed, and leaves called and served ones to their clerk', () => {
		const waiting = ticket({ id: 1 });
		const priority = ticket({ id: 2, priority: 'elderly' });
		const called = calledTicket({ id: 3 });
		const serving = servingTicket({ id: 4 });
		const done = ticket({ id: 5, state: 'done', finishedAt: 3_000 });
		const input = deepFreeze([waiting, priority, called, serving, done]);
		const change = closeDay(input, 9_000);
		expect(change.tickets.map((t) => [t.id, t.state, t.finishedAt])).toEqual([
			[1, 'closed', 9_000],
			[2, 'closed', 9_000]
		]);
		expect(change.windows).toEqual([]);
		expect(change.events.map((e) => [e.type, e.ticketId, e.at, e.serviceId])).toEqual([
			['ticket_closed', 1, 9_000, 1],
			['ticket_closed', 2, 9_000, 1]
		]);
		expect(change.events[1]!.priority).toBe('elderly');
	});

	it('changes nothing when nothing waits', () => {
		expect(closeDay([calledTicket()], 1)).toEqual({ tickets: [], windows: [], events: [] });
	});
});

describe('closingMinute', () => {
	it("is the location's closing time, or a matter's later acceptance that day", () => {
		expect(closingMinute(hours(), undefined, '2026-01-05')).toBe(17 * 60);
		expect(closingMinute(hours(), complaints, '2026-01-05')).toBe(17 * 60 + 30);
		expect(closingMinute(hours(), complaints, '2026-01-06')).toBe(15 * 60 + 30);
		expect(closingMinute(hours(), undefined, '2026-01-10')).toBeNull();
	});
});

describe('dueToClose', () => {
	// Monday 5 January 2026 (CET, UTC+1).
	const today = (over = {}) => ticket({ day: '2026-01-05', serviceId: 1, ...over });

	it('closes today’s queue at closing time when hours are enforced, matter by matter', () => {
		const normal = today({ id: 1 });
		const late = today({ id: 2, serviceId: 5 });
		const before = dueToClose([normal, late], hours(), services, at('2026-01-05T15:59Z'));
		expect(before).toEqual([]);
		const atFive = dueToClose([normal, late], hours(), services, at('2026-01-05T16:00Z'));
		expect(atFive.map((t) => t.id)).toEqual([1]); // complaints are taken until 17:30
		const atHalfPast = dueToClose([normal, late], hours(), services, at('2026-01-05T16:30Z'));
		expect(atHalfPast.map((t) => t.id)).toEqual([1, 2]);
	});

	it('closes whatever waits from an earlier office day, even where hours are not enforced', () => {
		const yesterday = ticket({ id: 3, day: '2026-01-04' });
		const now = today({ id: 4 });
		const demo = hours({ enforced: false });
		// 00:00 in Warsaw on Tuesday is 23:00 UTC on Monday.
		expect(dueToClose([now], demo, services, at('2026-01-05T22:59Z'))).toEqual([]);
		expect(
			dueToClose([yesterday, now], demo, services, at('2026-01-05T12:00Z')).map((t) => t.id)
		).toEqual([3]);
		expect(dueToClose([now], demo, services, at('2026-01-05T23:00Z')).map((t) => t.id)).toEqual([
			4
		]);
	});

	it('never touches a called ticket', () => {
		const called = calledTicket({ day: '2026-01-04' });
		expect(dueToClose([called], hours(), services, at('2026-01-06T12:00Z'))).toEqual([]);
	});
});

describe('nextOpening', () => {
	it('is today’s opening before it, else the next day with hours', () => {
		// Monday 5 January 2026, 06:00 in Warsaw: opens today at 08:00 (07:00 UTC).
		expect(nextOpening(hours(), at('2026-01-05T05:00Z'))).toEqual({
			day: '2026-01-05',
			weekday: 1,
			opens: '08:00',
			at: at('2026-01-05T07:00Z')
		});
		// Friday evening: Monday.
		expect(nextOpening(hours(), at('2026-01-09T17:00Z'))).toMatchObject({
			day: '2026-01-12',
			weekday: 1,
			at: at('2026-01-12T07:00Z')
		});
	});

	it('crosses the change to summer time (last Sunday of March) at the right hour', () => {
		// Saturday 28 March 2026 20:00 CET; the clocks go forward on Sunday 29 March; Monday
		// opens at 08:00 CEST = 06:00 UTC.
		expect(nextOpening(hours(), at('2026-03-28T19:00Z'))).toEqual({
			day: '2026-03-30',
			weekday: 1,
			opens: '08:00',
			at: at('2026-03-30T06:00Z')
		});
	});

	it('crosses the change back to winter time (last Sunday of October) at the right hour', () => {
		// Friday 23 October 2026 16:00 CEST; back to CET on Sunday 25 October; Monday 08:00 CET.
		expect(nextOpening(hours(), at('2026-10-23T14:00Z'))).toEqual({
			day: '2026-10-26',
			weekday: 1,
			opens: '08:00',
			at: at('2026-10-26T07:00Z')
		});
	});

	it('is unknown when the location is closed or never opens', () => {
		expect(nextOpening(hours({ mode: 'closed' }), at('2026-01-05T05:00Z'))).toBeNull();
		expect(nextOpening(hours({ week: {} }), at('2026-01-05T05:00Z'))).toBeNull();
	});

	it('finds the same weekday a week later when only today has hours and it has passed', () => {
		const mondays = hours({ week: { 1: { opens: '08:00', closes: '17:00' } } });
		expect(nextOpening(mondays, at('2026-01-05T17:00Z'))?.day).toBe('2026-01-12');
	});
});

describe('zonedInstant', () => {
	it('turns a Warsaw wall time into the instant on both sides of each DST change', () => {
		expect(zonedInstant('2026-03-28', 8 * 60, WAW)).toBe(at('2026-03-28T07:00Z'));
		expect(zonedInstant('2026-03-29', 8 * 60, WAW)).toBe(at('2026-03-29T06:00Z'));
		expect(zonedInstant('2026-10-25', 8 * 60, WAW)).toBe(at('2026-10-25T07:00Z'));
		expect(zonedInstant('2026-10-24', 8 * 60, WAW)).toBe(at('2026-10-24T06:00Z'));
		expect(zonedInstant('2026-03-29', 0, WAW)).toBe(at('2026-03-28T23:00Z'));
	});

	it('agrees with localTime for every hour of a year', () => {
		for (let h = 0; h < 365 * 24; h += 7) {
			const instant = at('2026-01-01T00:00Z') + h * 3_600_000;
			const local = localTime(instant, WAW);
			const back = zonedInstant(local.day, local.minutes, WAW);
			// Within the repeated hour of October either occurrence is the same wall time.
			expect(localTime(back, WAW)).toEqual(local);
		}
	});
});

describe('addDays', () => {
	it('is calendar arithmetic across month, year and DST boundaries', () => {
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-10-24', 3)).toBe('2026-10-27');
	});
});
