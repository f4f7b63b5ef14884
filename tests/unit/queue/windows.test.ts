/**
 * A window's status set by an administrator (queue/windows.ts): the console's pause and resume
 * rules, and closing, each with one event; what the window already is changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { closeWindow, setWindowStatus } from '../../../src/lib/server/queue';
import { calledTicket, codeOf, deepFreeze, servingTicket, window } from './builders';

const NOW = 1_767_600_000_000;

describe('closeWindow', () => {
	it.each(['open', 'paused'] as const)('closes a %s window, one window_closed event', (status) => {
		const w = deepFreeze(window({ status, pauseReason: status === 'paused' ? 'break' : null }));
		const before = structuredClone(w);
		const change = closeWindow(w, null, NOW);
		expect(w).toEqual(before);
		expect(change.tickets).toEqual([]);
		expect(change.windows).toEqual([{ ...w, status: 'closed', pauseReason: null }]);
		expect(change.events).toEqual([
			{
				type: 'window_closed',
				at: NOW,
				locationId: 1,
				ticketId: null,
				windowId: 7,
				serviceId: null,
				departmentId: null,
				priority: null,
				data: {}
			}
		]);
	});

	it('refuses while a client is called to the window or served there', () => {
		expect(codeOf(() => closeWindow(window(), calledTicket(), NOW))).toBe('window_busy');
		expect(codeOf(() => closeWindow(window(), servingTicket(), NOW))).toBe('window_busy');
	});

	it('refuses a window that is closed already', () => {
		expect(codeOf(() => closeWindow(window({ status: 'closed' }), null, NOW))).toBe(
			'window_closed'
		);
	});
});

describe('setWindowStatus (the administrator’s form)', () => {
	it('pauses, opens and closes as the console does, with the same events', () => {
		const paused = setWindowStatus(window(), null, 'paused', ' szkolenie ', NOW);
		expect(paused.windows[0]).toMatchObject({ status: 'paused', pauseReason: 'szkolenie' });
		expect(paused.events.map((e) => [e.type, e.data])).toEqual([
			['window_paused', { reason: 'szkolenie' }]
		]);
		const opened = setWindowStatus(paused.windows[0]!, null, 'open', null, NOW);
		expect(opened.windows[0]).toMatchObject({ status: 'open', pauseReason: null });
		expect(opened.events.map((e) => e.type)).toEqual(['window_resumed']);
		const closed = setWindowStatus(window(), null, 'closed', null, NOW);
		expect(closed.events.map((e) => e.type)).toEqual(['window_closed']);
	});

	it('pauses a window with a client (it is still served), but does not close it', () => {
		expect(setWindowStatus(window(), calledTicket(), 'paused', 'x', NOW).windows).toHaveLength(1);
		expect(codeOf(() => setWindowStatus(window(), calledTicket(), 'closed', null, NOW))).toBe(
			'window_busy'
		);
	});

	it('gives a paused window a new reason, and pauses a closed one', () => {
		const w = window({ status: 'paused', pauseReason: 'przerwa' });
		const again = setWindowStatus(w, null, 'paused', 'szkolenie', NOW);
		expect(again.windows[0]).toMatchObject({ status: 'paused', pauseReason: 'szkolenie' });
		expect(again.events.map((e) => [e.type, e.data])).toEqual([
			['window_paused', { reason: 'szkolenie' }]
		]);
		const closed = window({ status: 'closed' });
		const fromClosed = setWindowStatus(closed, null, 'paused', 'szkolenie', NOW);
		expect(fromClosed.windows[0]).toMatchObject({ status: 'paused', pauseReason: 'szkolenie' });
	});

	it('changes nothing when the window already is what the form says', () => {
		const none = { tickets: [], windows: [], events: [] };
		expect(setWindowStatus(window(), calledTicket(), 'open', null, NOW)).toEqual(none);
		const paused = window({ status: 'paused', pauseReason: 'przerwa' });
		expect(setWindowStatus(paused, null, 'paused', 'przerwa', NOW)).toEqual(none);
		const closed = window({ status: 'closed' });
		expect(setWindowStatus(closed, calledTicket(), 'closed', null, NOW)).toEqual(none);
	});

	it('refuses a pause without a reason or with one over 200 characters', () => {
		expect(codeOf(() => setWindowStatus(window(), null, 'paused', '  ', NOW))).toBe(
			'invalid_input'
		);
		const closed = window({ status: 'closed' });
		expect(codeOf(() => setWindowStatus(closed, null, 'paused', 'r'.repeat(201), NOW))).toBe(
			'invalid_input'
		);
	});
});
