/**
 * Which clerk actions make sense for a window right now, and their keyboard shortcuts. Mirrors the
 * server's rules (queue/lifecycle.ts) so the console only offers what would be accepted; the
 * server still decides, and its refusal is shown if the screen was out of date.
 */
import type { WindowDto } from '$lib/shared/dto';
import { WINDOW_ACTIONS, type WindowAction } from '$lib/shared/vocabulary';

/**
 * The action bar's buttons: the window actions on its current ticket and itself; pause and resume
 * share one button (W), as do consulting and its end (K). Actions on a ticket the clerk picks
 * (call it, restore it) sit in the lists, and undo beside the message of what it undoes.
 */
const NOT_IN_BAR = ['resume', 'call_ticket', 'undo', 'restore', 'consult_end'] as const;
export type ConsoleAction = Exclude<WindowAction, (typeof NOT_IN_BAR)[number]>;
export const CONSOLE_ACTIONS = WINDOW_ACTIONS.filter(
	(a): a is ConsoleAction => !(NOT_IN_BAR as readonly string[]).includes(a)
) as readonly ConsoleAction[];

/** How long the console offers to undo a no-show or cancellation (the server allows more). */
export const UNDO_OFFER_MS = 15_000;

export const SHORTCUTS: Record<ConsoleAction, string> = {
	call: 'N',
	recall: 'R',
	start: 'S',
	finish: 'F',
	no_show: 'B',
	return: 'Z',
	cancel: 'A',
	transfer: 'P',
	pause: 'W',
	// K: "konsultuję".
	consult: 'K'
};

const BY_KEY = new Map(
	Object.entries(SHORTCUTS).map(([action, key]) => [key, action as ConsoleAction])
);

/** The action for a pressed key ("n" or "N"), if any. */
export function actionForKey(key: string): ConsoleAction | null {
	return BY_KEY.get(key.toUpperCase()) ?? null;
}

export function isEnabled(action: ConsoleAction, window: WindowDto, waiting: number): boolean {
	const state = window.current?.state;
	const called = state === 'called';
	const atWindow = state === 'called' || state === 'serving';
	switch (action) {
		case 'call':
			return window.status === 'open' && !window.current && waiting > 0;
		case 'recall':
		case 'start':
		case 'no_show':
		case 'cancel':
			return called;
		case 'finish':
		case 'return':
		case 'transfer':
			return atWindow;
		case 'pause':
			// Pause when open; resume (same button) when paused or closed.
			return true;
		case 'consult':
			// Start while a client is at the window; end (same button) whenever it is on.
			return atWindow || window.consultingSince !== null;
	}
}
