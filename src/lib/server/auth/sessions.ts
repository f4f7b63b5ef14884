/**
 * Staff sessions, the Lucia pattern: the cookie holds a random token, the table its SHA-256.
 * The expiry slides: a session used in the second half of its life is extended, so a clerk who
 * works all day stays signed in and a forgotten browser signs itself out after SESSION_MS idle.
 */
import type { Db } from '../db/open';
import { hashToken, newToken } from './tokens';

export const SESSION_MS = 12 * 60 * 60 * 1000;

export interface Session {
	id: string;
	staffId: number;
	createdAt: number;
	expiresAt: number;
}

interface Row {
	id: string;
	staff_id: number;
	created_at: number;
	expires_at: number;
}

export class SessionStore {
	private readonly q;

	constructor(
		db: Db,
		private readonly clock: () => number
	) {
		this.q = {
			insert: db.prepare(
				'INSERT INTO sessions (id, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)'
			),
			get: db.prepare('SELECT * FROM sessions WHERE id = ?'),
			extend: db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?'),
			delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
			deleteForStaff: db.prepare('DELETE FROM sessions WHERE staff_id = ? RETURNING id'),
			deleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
			live: db.prepare('SELECT 1 FROM sessions WHERE id = ? AND expires_at > ?'),
			countForStaff: db.prepare(
				'SELECT COUNT(*) FROM sessions WHERE staff_id = ? AND expires_at > ?'
			)
		};
	}

	create(staffId: number): { token: string; session: Session } {
		const token = newToken();
		const now = this.clock();
		const session = { id: hashToken(token), staffId, createdAt: now, expiresAt: now + SESSION_MS };
		this.q.deleteExpired.run(now);
		this.q.insert.run(session.id, staffId, now, session.expiresAt);
		return { token, session };
	}

	/** The live session for a cookie's token, extended if past half its life; null if none. */
	validate(token: string): { session: Session; extended: boolean } | null {
		if (!/^[a-z2-7]{32}$/.test(token)) return null;
		const row = this.q.get.get(hashToken(token)) as Row | undefined;
		if (!row) return null;
		const now = this.clock();
		if (now >= row.expires_at) {
			this.q.delete.run(row.id);
			return null;
		}
		const session = {
			id: row.id,
			staffId: row.staff_id,
			createdAt: row.created_at,
			expiresAt: row.expires_at
		};
		if (row.expires_at - now < SESSION_MS / 2) {
			session.expiresAt = now + SESSION_MS;
			this.q.extend.run(session.expiresAt, row.id);
			return { session, extended: true };
		}
		return { session, extended: false };
	}

	invalidate(sessionId: string): void {
		this.q.delete.run(sessionId);
	}

	/** "Log out everywhere", a password change, a deactivated account: the ids that were ended. */
	invalidateAllOf(staffId: number): string[] {
		return (this.q.deleteForStaff.all(staffId) as { id: string }[]).map((r) => r.id);
	}

	/** Whether a session has neither ended nor expired (a window hold lasts as long as it does). */
	isLive(sessionId: string): boolean {
		return this.q.live.get(sessionId, this.clock()) !== undefined;
	}

	activeCount(staffId: number): number {
		return this.q.countForStaff.pluck().get(staffId, this.clock()) as number;
	}
}
