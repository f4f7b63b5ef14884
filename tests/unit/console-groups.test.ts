/**
 * A console's snapshot (views.ts forWindow): its window and the windows that serve exactly the
 * same matters, with those matters' queue; one snapshot serves the whole group's consoles.
 */
import { describe, expect, it } from 'vitest';
import { forWindow } from '../../src/lib/server/desk/console-groups';
import type { ConsoleTicketDto, StaffSnapshotDto, WindowDto } from '../../src/lib/shared/dto';

const window = (id: number, serviceIds: number[]) => ({ id, serviceIds }) as unknown as WindowDto;
const ticket = (id: number, serviceId: number) =>
	({ id, serviceId, number: `A${id}` }) as unknown as ConsoleTicketDto;

const staff = {
	location: { id: 1, slug: 't', name: 'T', mode: 'normal' },
	windows: [window(1, [1, 2]), window(2, [2, 1]), window(3, [1]), window(4, []), window(5, [])],
	waiting: [ticket(10, 1), ticket(11, 2), ticket(12, 3)],
	departments: [],
	services: [],
	at: 0
} as StaffSnapshotDto;

const ids = (s: StaffSnapshotDto | null) => s?.windows.map((w) => w.id);

describe('console snapshot groups', () => {
	it('groups windows that serve the same matters, whatever their order', () => {
		expect(ids(forWindow(staff, 1))).toEqual([1, 2]);
		expect(ids(forWindow(staff, 2))).toEqual([1, 2]);
		expect(forWindow(staff, 2)?.waiting.map((t) => t.id)).toEqual([10, 11]);
	});

	it('keeps a window with a subset of those matters apart, with its own queue', () => {
		expect(ids(forWindow(staff, 3))).toEqual([3]);
		expect(forWindow(staff, 3)?.waiting.map((t) => t.id)).toEqual([10]);
	});

	it('never groups windows that serve no matter (they belong to no department)', () => {
		expect(ids(forWindow(staff, 4))).toEqual([4]);
		expect(ids(forWindow(staff, 5))).toEqual([5]);
		expect(forWindow(staff, 4)?.waiting).toEqual([]);
	});

	it('answers null for a window that does not exist', () => {
		expect(forWindow(staff, 99)).toBeNull();
	});
});
