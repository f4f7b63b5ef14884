/**
 * A console's snapshot (console-groups.ts forWindow): its window and the windows that serve
 * exactly the same matters, with those matters' queue; one snapshot serves the whole group's
 * consoles. The queue comes from the whole list here (tests/support/console-reference.ts); that
 * the server's own, from the window's queue heads, is the same is console-view.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { forWindow as narrow } from '../../src/lib/server/desk/console-groups';
import type { ConsoleTicketDto, StaffSnapshotDto, WindowDto } from '../../src/lib/shared/dto';
import { wholeQueueOf } from '../support/console-reference';

const forWindow = (staff: StaffSnapshotDto, windowId: number, limit?: number) =>
	narrow(staff, windowId, wholeQueueOf(staff, limit));

const window = (id: number, serviceIds: number[], priorityRun = 0) =>
	({ id, serviceIds, priorityRun }) as unknown as WindowDto;
const ticket = (id: number, serviceId: number, priority: 'elderly' | null = null) =>
	({ id, serviceId, number: `A${id}`, issuedAt: id, priority }) as unknown as ConsoleTicketDto;

const staff = {
	location: {
		id: 1,
		slug: 't',
		name: 'T',
		mode: 'normal',
		fairnessCap: 3,
		restoreGraceMinutes: 30
	},
	windows: [window(1, [1, 2]), window(2, [2, 1]), window(3, [1]), window(4, []), window(5, [])],
	waiting: [ticket(10, 1), ticket(11, 2), ticket(12, 3)],
	waitingCount: 3,
	waitingPriorityCount: 0,
	missed: [],
	appointments: [],
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

	it('lists the queue in call order, and parts windows whose priority runs order it apart', () => {
		const queue = [ticket(1, 1), ticket(2, 1, 'elderly'), ticket(3, 1, 'elderly')];
		const run = (...runs: number[]) => ({
			...staff,
			windows: runs.map((r, i) => window(i + 1, [1], r)),
			waiting: queue
		});
		// Priority first, oldest first; the normal ticket after the cap of three in a row.
		expect(forWindow(run(0, 0), 1)?.waiting.map((t) => t.id)).toEqual([2, 3, 1]);
		expect(forWindow(run(2, 0), 1)?.waiting.map((t) => t.id)).toEqual([2, 1, 3]);
		expect(ids(forWindow(run(2, 0), 1))).toEqual([1]);
		// Any run at or past the cap orders alike: one snapshot serves both.
		expect(ids(forWindow(run(3, 7), 1))).toEqual([1, 2]);
		expect(forWindow(run(3, 7), 2)?.waiting.map((t) => t.id)).toEqual([1, 2, 3]);
	});

	it('lists the first tickets of a long queue only, and counts them all', () => {
		const queue = [ticket(1, 1), ticket(2, 1, 'elderly'), ticket(3, 1), ticket(4, 2)];
		const view = forWindow({ ...staff, waiting: queue }, 3, 2);
		expect(view?.waiting.map((t) => t.id)).toEqual([2, 1]);
		expect(view?.waitingCount).toBe(3);
		expect(view?.waitingPriorityCount).toBe(1);
	});
});
