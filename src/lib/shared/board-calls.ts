/**
 * When a call leaves "Zapraszamy" for the last calls: a pure rule shared by the server (the
 * snapshot it sends) and the board (its timer between snapshots), so a board that was never
 * reloaded and one opened just now show the same calls. Time is an argument, in server time.
 * And how a board shows a call the moment `board:call` arrives, before the (coalesced)
 * snapshot that follows it (withCall, notYetIn).
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

/** What of a board a call changes: the calls under "Zapraszamy" and the last calls. */
export type BoardCalls = Pick<BoardSnapshotDto, 'current' | 'history'>;

/**
 * Whether the board already shows this announcement of the call or a later one: its ticket
 * called later (after a transfer), or the same call announced as often or more (a recall).
 */
export function knows(board: BoardCalls, call: BoardCallDto): boolean {
	return [...board.current, ...board.history].some(
		(c) =>
			c.ticketNumber === call.ticketNumber &&
			(c.calledAt > call.calledAt ||
				(c.calledAt === call.calledAt && c.announcement >= call.announcement))
	);
}

/**
 * The board the moment a call (or recall) arrives, before any snapshot: the call stands under
 * "Zapraszamy" in its call-time place; the same ticket's earlier entry goes; any other call at
 * the same window is over (a window calls only when it is free, queue/lifecycle.ts), so it joins
 * the last calls. Everything else waits for the next snapshot, which reconciles.
 */
export function withCall<B extends BoardCalls>(board: B, call: BoardCallDto): B {
	if (knows(board, call)) return board;
	const others = (c: BoardCallDto) => c.ticketNumber !== call.ticketNumber;
	const current = board.current.filter(others);
	const over = current.filter((c) => c.windowLabel === call.windowLabel);
	return {
		...board,
		current: [call, ...current.filter((c) => c.windowLabel !== call.windowLabel)].sort(byCallTime),
		history:
			over.length > 0
				? [...over, ...board.history.filter(others)].sort(byCallTime)
				: board.history.filter(others)
	};
}

/**
 * Of the calls a board applied on arrival, those a (newer) snapshot does not show yet, to apply
 * again on top of it. Why both tests: the server builds a snapshot when it sends it, and one
 * socket delivers in order, so a snapshot that arrives after a call normally shows it; but a
 * snapshot taken earlier (`at` before the call's announcement) must not undo a call already on
 * the screen. A call the snapshot neither shows nor predates was over when it was built.
 */
export function notYetIn(
	snapshot: BoardCalls & Pick<BoardSnapshotDto, 'at'>,
	applied: BoardCallDto[]
): BoardCallDto[] {
	return applied.filter((c) => c.announcedAt >= snapshot.at && !knows(snapshot, c));
}
