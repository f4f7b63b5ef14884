/**
 * One clerk per window (issue 12, item 4). Two clerks working one window at once finish each
 * other's clients, so a window is held by the clerk who opened it: only they act there. A free
 * window is taken by the first clerk who opens it (or acts at it); a window held by another is
 * taken over only when the clerk confirms it (`takeOver`), and the previous holder is named so
 * their console can say who took over. A hold lapses with the session that took it (the caller
 * passes only a live hold, or null).
 */
import { DomainError } from './errors';

export interface WindowHold {
	windowId: number;
	staffId: number;
	/** The holder's name as shown to other clerks ("Katarzyna Kowalczyk"). */
	name: string;
	/** The session that took it: the hold ends with it. */
	sessionId: string;
	since: number;
}

/** Who is asking to hold a window, or to act at it. */
export interface Claimant {
	staffId: number;
	name: string;
	sessionId: string;
}

/** A clerk may act at a window that is free or theirs; another's hold refuses them by name. */
export function requireHolder(hold: WindowHold | null, staffId: number): void {
	if (hold && hold.staffId !== staffId) throw new DomainError('window_held', { name: hold.name });
}

export type HoldChange =
	/** Nothing changes: the window is already this clerk's, from this session. */
	| { kind: 'kept'; hold: WindowHold }
	/** The hold is written: a free window taken, or the clerk's own hold moved to this session. */
	| { kind: 'taken'; hold: WindowHold }
	/** Another clerk's hold passes to this one, after their confirmation. */
	| { kind: 'taken_over'; hold: WindowHold; from: WindowHold };

/**
 * The hold after `claimant` opens the window: theirs if it was free or already theirs (moved to
 * their current session, so that signing out there ends it); another's only with `takeOver`,
 * otherwise refused with `window_held`.
 */
export function takeHold(
	current: WindowHold | null,
	windowId: number,
	claimant: Claimant,
	takeOver: boolean,
	now: number
): HoldChange {
	if (current && current.staffId === claimant.staffId) {
		if (current.sessionId === claimant.sessionId) return { kind: 'kept', hold: current };
		return { kind: 'taken', hold: { ...current, sessionId: claimant.sessionId } };
	}
	const hold: WindowHold = { windowId, ...claimant, since: now };
	if (!current) return { kind: 'taken', hold };
	if (!takeOver) throw new DomainError('window_held', { name: current.name });
	return { kind: 'taken_over', hold, from: current };
}
