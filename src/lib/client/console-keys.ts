/**
 * What a key pressed at the clerk's console does, given what the console shows. Pure, so the
 * rules (one key per action, a second press or Enter to end a visit, U to undo) are tested apart
 * from the page, which only wires the outcome to its actions.
 */
import { actionForKey, type ConsoleAction } from './window-actions';

export interface ConsoleKeyState {
	/** A no-show or cancellation waiting for its second press (or Enter). */
	confirming: 'no_show' | 'cancel' | null;
	/** The last no-show or cancellation may still be taken back. */
	undoable: boolean;
	/** A dialog (transfer, pause, a chosen call) has the keyboard. */
	dialogOpen: boolean;
	/** The key went to a text field: it types there. */
	inField: boolean;
	/** The key went to a button or link: Enter presses that. */
	onControl: boolean;
}

export type ConsoleKeyOutcome =
	/** Esc while asking: keep the ticket. */
	{ keep: true } | { undo: true } | { run: ConsoleAction };

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat'>;

/** The outcome of a key, or null when the console leaves it to the browser. */
export function consoleKey(event: Key, state: ConsoleKeyState): ConsoleKeyOutcome | null {
	// Ctrl, Alt and Meta combinations are the browser's; a held key must not press twice.
	if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return null;
	if (state.dialogOpen || state.inField) return null;
	if (state.confirming && event.key === 'Escape') return { keep: true };
	// Enter on a focused button presses that button; elsewhere it confirms.
	if (state.confirming && event.key === 'Enter' && !state.onControl) {
		return { run: state.confirming };
	}
	if (event.key.toUpperCase() === 'U' && state.undoable) return { undo: true };
	const action = actionForKey(event.key);
	return action ? { run: action } : null;
}
