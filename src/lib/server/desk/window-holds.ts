/**
 * The one module that reads and writes `window_holds` (migration 013): which clerk's console
 * holds each window. The rules are the domain's (queue/holding.ts); this keeps them. A hold whose
 * session has ended or expired is not a hold: it reads as free, and the next claim replaces it.
 */
import type { WindowHolderDto } from '$lib/shared/dto';
import type { Principal } from '../auth/guard';
import type { SessionStore } from '../auth/sessions';
import type { StaffRepository } from '../auth/staff';
import type { Db } from '../db/open';
import { requireHolder, takeHold, type Claimant, type HoldChange, type WindowHold } from '../queue';

interface Row {
	window_id: number;
	staff_id: number;
	staff_name: string;
	session_id: string;
	since: number;
}

const toHold = (r: Row): WindowHold => ({
	windowId: r.window_id,
	staffId: r.staff_id,
	name: r.staff_name,
	sessionId: r.session_id,
	since: r.since
});

export const holderDto = (h: WindowHold): WindowHolderDto => ({
	staffId: h.staffId,
	name: h.name,
	since: h.since
});

export class WindowHolds {
	private readonly q;

	constructor(
		db: Db,
		private readonly sessions: Pick<SessionStore, 'isLive'>,
		private readonly staff: Pick<StaffRepository, 'byId'>,
		private readonly clock: () => number
	) {
		this.q = {
			one: db.prepare('SELECT * FROM window_holds WHERE window_id = ?'),
			all: db.prepare('SELECT * FROM window_holds'),
			save: db.prepare(
				`INSERT OR REPLACE INTO window_holds (window_id, staff_id, staff_name, session_id, since)
				 VALUES (@windowId, @staffId, @name, @sessionId, @since)`
			)
		};
	}

	/** The signed-in staff member behind a principal, or null (the system acting, in tests). */
	claimantOf(principal: Principal): Claimant | null {
		const session = principal.staff;
		const member = session && this.staff.byId(session.id);
		if (!session || !member) return null;
		const name = `${member.firstName} ${member.lastName}`;
		return { staffId: member.id, name, sessionId: session.sessionId };
	}

	/** The window's live hold, or null when it is free. */
	current(windowId: number): WindowHold | null {
		const row = this.q.one.get(windowId) as Row | undefined;
		return row && this.sessions.isLive(row.session_id) ? toHold(row) : null;
	}

	/** Every live hold by window: one small table (a row per window at most), read once. */
	all(): Map<number, WindowHold> {
		const holds = new Map<number, WindowHold>();
		for (const row of this.q.all.all() as Row[]) {
			if (this.sessions.isLive(row.session_id)) holds.set(row.window_id, toHold(row));
		}
		return holds;
	}

	/** Refuses (409 window_held) a staff member acting at a window another clerk holds. */
	require(windowId: number, principal: Principal): void {
		if (principal.staff) requireHolder(this.current(windowId), principal.staff.id);
	}

	/**
	 * A clerk acting at a free window takes it (run inside the action's transaction, so a refused
	 * action takes nothing). Answers the new hold, or null when nothing changed.
	 */
	claimIfFree(windowId: number, principal: Principal): WindowHold | null {
		if (!principal.staff || this.current(windowId)) return null;
		const claimant = this.claimantOf(principal);
		if (!claimant) return null;
		const change = takeHold(null, windowId, claimant, false, this.clock());
		this.q.save.run(change.hold);
		return change.hold;
	}

	/** A clerk opens the window (holding.ts `takeHold`); the change is saved unless kept as it was. */
	take(windowId: number, claimant: Claimant, takeOver: boolean): HoldChange {
		const change = takeHold(this.current(windowId), windowId, claimant, takeOver, this.clock());
		if (change.kind !== 'kept') this.q.save.run(change.hold);
		return change;
	}
}
