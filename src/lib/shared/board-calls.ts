/**
 * When a call leaves "Zapraszamy" for the last calls: a pure rule shared by the server (the
 * snapshot it sends) and the board (its timer between snapshots), so a board that was never
 * reloaded and one opened just now show the same calls. Time is an argument, in server time.
 */
import type { BoardCallDto, BoardSnapshotDto } from './dto';

/** Whether a call still stands under "Zapraszamy": announced less than `highlightMs` ago. */
export function stillInvited(call: BoardCallDto, now: number, highlightMs: number): boolean {
	return now - call.announcedAt < highlightMs;
}

/** Newest call first, as the board lists its last calls. */
const byCallTime = (a: BoardCallDto, b: BoardCallDto) => b.calledAt - a.calledAt;

/**
 * The board at `now`: the calls whose highlight has run out join the last calls, in call order
 * (a recall renews the highlight but not the call's place in the list).
 */
export function boardAt(
	snapshot: Pick<BoardSnapshotDto, 'current' | 'history' | 'callHighlightMs'>,
	now: number
): { current: BoardCallDto[]; history: BoardCallDto[] } {
	const current: BoardCallDto[] = [];
	const expired: BoardCallDto[] = [];
	for (const call of snapshot.current) {
		(stillInvited(call, now, snapshot.callHighlightMs) ? current : expired).push(call);
	}
	if (expired.length === 0) return { current, history: snapshot.history };
	return { current, history: [...expired, ...snapshot.history].sort(byCallTime) };
}

/** When the next call of `current` expires (server time), or null if none will. */
export function nextExpiry(current: BoardCallDto[], highlightMs: number): number | null {
	if (current.length === 0) return null;
	return Math.min(...current.map((c) => c.announcedAt + highlightMs));
}
