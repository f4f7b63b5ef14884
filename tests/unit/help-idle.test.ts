/**
 * The domain's rules for help and idle alerts (issue 15): what a kiosk's press does (SR-32) and
 * when a window is idle with clients waiting too long (SR-03). Time is passed in.
 */
import { describe, expect, it } from 'vitest';
import {
	HELP_COMING_MS,
	HELP_LIMIT,
	HELP_LIMIT_WINDOW_MS,
	HELP_OPEN_MS,
	idleAlert,
	pressHelp,
	type HelpRequest,
	type IdleWindow
} from '../../src/lib/server/queue';

const T = Date.parse('2026-11-27T09:00:00Z');

function request(at: number, acknowledgedAt: number | null = null): HelpRequest {
	return {
		id: at,
		locationId: 1,
		kiosk: 'lobby',
		place: 'Lobby',
		departmentId: 7,
		requestedAt: at,
		acknowledgedAt,
		acknowledgedBy: acknowledgedAt === null ? null : 3
	};
}

describe('pressHelp', () => {
	it('alerts on a first press', () => {
		expect(pressHelp([], T)).toEqual({ kind: 'new' });
	});

	it('shows the open request instead of alerting again, until nobody could still be waiting', () => {
		const open = request(T);
		expect(pressHelp([open], T + 1000)).toEqual({ kind: 'open', request: open });
		expect(pressHelp([open], T + HELP_OPEN_MS - 1).kind).toBe('open');
		expect(pressHelp([open], T + HELP_OPEN_MS).kind).toBe('new');
	});

	it('says a clerk is coming for a while after "Idę"', () => {
		const answered = request(T, T + 30_000);
		expect(pressHelp([answered], T + 30_000 + HELP_COMING_MS - 1).kind).toBe('coming');
		expect(pressHelp([answered], T + 30_000 + HELP_COMING_MS).kind).toBe('new');
	});

	it(`limits a kiosk to ${HELP_LIMIT} alerts in the window, and says when the next may go`, () => {
		const recent = Array.from({ length: HELP_LIMIT }, (_, i) =>
			request(T + i * 60_000, T + i * 60_000)
		).reverse();
		const now = T + HELP_LIMIT * 60_000 + HELP_COMING_MS;
		expect(pressHelp(recent, now)).toEqual({ kind: 'limited', retryAt: T + HELP_LIMIT_WINDOW_MS });
		expect(pressHelp(recent, T + HELP_LIMIT_WINDOW_MS).kind).toBe('new');
		// Fewer alerts than the limit: a new one goes.
		expect(pressHelp(recent.slice(0, HELP_LIMIT - 1), now).kind).toBe('new');
	});
});

describe('idleAlert', () => {
	const window: IdleWindow = { id: 4, status: 'open', busy: false, serviceIds: [10, 11] };
	const target = (serviceId: number) => (serviceId === 10 ? 15 : 5);
	const minutes = (n: number) => n * 60_000;

	it('alerts an open, free window whose matter waited past its target: the longest over first', () => {
		const oldest = new Map([
			[10, T - minutes(20)], // 5 minutes over its 15
			[11, T - minutes(12)], // 7 minutes over its 5
			[12, T - minutes(90)] // not served here
		]);
		expect(idleAlert(window, oldest, target, T)).toEqual({
			windowId: 4,
			serviceId: 11,
			overSince: T - minutes(7)
		});
	});

	it('stays quiet while waits are within target, or the window is busy, paused or closed', () => {
		const oldest = new Map([[10, T - minutes(15)]]);
		expect(idleAlert(window, oldest, target, T)).toBeNull();
		const late = new Map([[10, T - minutes(16)]]);
		expect(idleAlert(window, late, target, T)).not.toBeNull();
		expect(idleAlert({ ...window, busy: true }, late, target, T)).toBeNull();
		expect(idleAlert({ ...window, status: 'paused' }, late, target, T)).toBeNull();
		expect(idleAlert({ ...window, status: 'closed' }, late, target, T)).toBeNull();
		expect(idleAlert(window, new Map(), target, T)).toBeNull();
	});
});
