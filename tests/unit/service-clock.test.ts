import { describe, expect, it } from 'vitest';
import { elapsed, readClock, usualMinutes } from '../../src/lib/client/service-clock';
import type { ConsoleTicketDto } from '../../src/lib/shared/dto';
import { usualServiceMs } from '../../src/lib/server/queue';

const MIN = 60_000;
const ticket = (t: Partial<ConsoleTicketDto>): ConsoleTicketDto =>
	({ issuedAt: 0, calledAt: null, startedAt: null, ...t }) as ConsoleTicketDto;

describe('time at a glance', () => {
	it('counts the wait up to the call, then since the call, then the service', () => {
		expect(readClock(ticket({ calledAt: 12 * MIN }), 5 * MIN, 13 * MIN)).toEqual({
			waitedMs: 12 * MIN,
			sinceCallMs: MIN,
			servedMs: null,
			over: false
		});
		const serving = ticket({ calledAt: 12 * MIN, startedAt: 14 * MIN });
		expect(readClock(serving, 5 * MIN, 19 * MIN)).toMatchObject({
			waitedMs: 12 * MIN,
			sinceCallMs: null,
			servedMs: 5 * MIN,
			over: false
		});
		expect(readClock(serving, 5 * MIN, 19 * MIN + 1).over).toBe(true);
		expect(readClock(serving, null, 99 * MIN).over).toBe(false);
	});

	it('writes durations as a clock and the usual time in whole minutes', () => {
		expect(elapsed(0)).toBe('0:00');
		expect(elapsed(65_432)).toBe('1:05');
		expect(elapsed(3_725_000)).toBe('1:02:05');
		expect(usualMinutes(59_999)).toBe(0);
		expect(usualMinutes(8.4 * MIN)).toBe(8);
	});

	it('takes the matter’s recent median, or its default before any visit was measured', () => {
		expect(usualServiceMs([], 5)).toBe(5 * MIN);
		expect(usualServiceMs([2 * MIN, 9 * MIN, 4 * MIN], 5)).toBe(4 * MIN);
		expect(usualServiceMs([1_500], 5)).toBe(1_500);
	});
});
