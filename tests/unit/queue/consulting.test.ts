/**
 * SR-08, "Sprawdzam / konsultuję" (queue/consulting.ts): only with a client at the window, one
 * event each way, and it ends with the visit whichever action ends it.
 */
import { describe, expect, it } from 'vitest';
import {
	cancelTicket,
	endConsulting,
	finishService,
	markNoShow,
	recall,
	returnToQueue,
	settleConsulting,
	startConsulting,
	startService,
	transfer,
	type Change,
	type Ticket
} from '../../../src/lib/server/queue';
import { calledTicket, codeOf, deepFreeze, servingTicket, window } from './builders';

const NOW = 1_767_600_000_000;

describe('startConsulting', () => {
	it('marks the window with the time, one window_consulting event naming the visit', () => {
		const w = deepFreeze(window());
		const t = deepFreeze(servingTicket({ id: 5, serviceId: 1, departmentId: 10 }));
		const change = startConsulting(w, t, NOW);
		expect(change.tickets).toEqual([]);
		expect(change.windows).toEqual([{ ...w, consultingSince: NOW }]);
		expect(change.events).toEqual([
			{
				type: 'window_consulting',
				at: NOW,
				locationId: 1,
				ticketId: 5,
				windowId: 7,
				serviceId: 1,
				departmentId: 10,
				priority: null,
				data: {}
			}
		]);
	});

	it('works while the client is only called, too', () => {
		expect(startConsulting(window(), calledTicket(), NOW).windows[0]!.consultingSince).toBe(NOW);
	});

	it('is refused without a client at the window', () => {
		expect(codeOf(() => startConsulting(window(), null, NOW))).toBe('no_current_ticket');
	});

	it('is refused when already on', () => {
		const w = window({ consultingSince: NOW - 1_000 });
		expect(codeOf(() => startConsulting(w, servingTicket(), NOW))).toBe('invalid_input');
	});
});

describe('endConsulting', () => {
	it('clears it, with how long the check took', () => {
		const w = deepFreeze(window({ consultingSince: NOW - 90_000 }));
		const change = endConsulting(w, servingTicket({ id: 5 }), NOW);
		expect(change.windows).toEqual([{ ...w, consultingSince: null }]);
		expect(change.events).toMatchObject([
			{ type: 'window_consulting_ended', ticketId: 5, data: { by: 'clerk', ms: 90_000 } }
		]);
	});

	it('is refused when it is not on', () => {
		expect(codeOf(() => endConsulting(window(), servingTicket(), NOW))).toBe('invalid_input');
	});
});

describe('settleConsulting: the visit ends, so does the check', () => {
	const since = NOW - 60_000;
	const w = deepFreeze(window({ consultingSince: since }));
	const serving = deepFreeze(servingTicket({ id: 5 }));
	const called = deepFreeze(calledTicket({ id: 6 }));
	const target = { serviceId: 2, departmentId: 10, locationId: 1 };
	const endings: [string, Ticket, (t: Ticket) => Change][] = [
		['finish', serving, (t) => finishService(t, NOW)],
		['return', serving, (t) => returnToQueue(t, NOW)],
		['transfer', serving, (t) => transfer(t, target, 'do wydziału B', NOW)],
		['no-show', called, (t) => markNoShow(t, NOW)],
		['cancel', called, (t) => cancelTicket(t, NOW)]
	];

	it.each(endings)('%s clears it, one window_consulting_ended after', (_name, t, rule) => {
		const change = rule(t);
		const settled = settleConsulting(w, t, change, NOW);
		expect(settled.tickets).toEqual(change.tickets);
		expect(settled.windows).toEqual([{ ...w, consultingSince: null }]);
		expect(settled.events.slice(0, -1)).toEqual(change.events);
		expect(settled.events.at(-1)).toMatchObject({
			type: 'window_consulting_ended',
			windowId: 7,
			ticketId: t.id,
			data: { by: 'visit_ended', ms: 60_000 }
		});
	});

	it.each([
		['start', called, (t: Ticket) => startService(t, NOW)],
		['recall', called, (t: Ticket) => recall(t, NOW)]
	] as const)('%s keeps it: the client is still at the window', (_name, t, rule) => {
		const change = rule(t);
		expect(settleConsulting(w, t, change, NOW)).toBe(change);
	});

	it('changes nothing at a window that is not consulting', () => {
		const change = finishService(serving, NOW);
		expect(settleConsulting(window(), serving, change, NOW)).toBe(change);
	});
});
