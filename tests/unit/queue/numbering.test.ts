import { describe, expect, it } from 'vitest';
import { floorOfRoom, formatTicketNumber, ticketPrefix } from '../../../src/lib/server/queue';
import { department, service } from './builders';

describe('formatTicketNumber', () => {
	it.each([
		['A', 7, 'A007'],
		['A', 1, 'A001'],
		['A', 42, 'A042'],
		['A', 999, 'A999'],
		['A', 1000, 'A1000'],
		['KP', 12, 'KP012']
	])('%s + %i → %s', (prefix, seq, expected) => {
		expect(formatTicketNumber(prefix, seq)).toBe(expected);
	});

	it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects sequence %s', (seq) => {
		expect(() => formatTicketNumber('A', seq)).toThrow();
	});
});

describe('ticketPrefix', () => {
	it("uses the service's own prefix", () => {
		expect(ticketPrefix(service({ prefix: 'K' }), department({ prefix: 'A' }))).toBe('K');
	});

	it("falls back to the department's prefix", () => {
		expect(ticketPrefix(service({ prefix: null }), department({ prefix: 'B' }))).toBe('B');
	});
});

describe('floorOfRoom', () => {
	it.each([
		['010', 0],
		['215', 2],
		['101', 1],
		['999', 9]
	])('%s is on floor %i', (room, floor) => {
		expect(floorOfRoom(room)).toBe(floor);
	});

	it.each(['10', 'abc', '1234', '', ' 215', '2a5', '21'])('rejects %j', (room) => {
		expect(() => floorOfRoom(room)).toThrow();
	});
});
