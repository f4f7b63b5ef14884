/**
 * Revocation announcements: signing out, staff administration and device administration all end
 * someone's access, and the realtime layer must disconnect those sockets at once. One announcer
 * shared by the three, so the realtime layer subscribes in one place (Accounts.onRevoke).
 */

/** Who lost access: the realtime layer disconnects these sockets. */
export interface Revocation {
	sessionIds?: string[];
	deviceId?: number;
}

export class Revocations {
	private readonly listeners = new Set<(r: Revocation) => void>();

	on(listener: (r: Revocation) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Called after the change committed; an empty revocation (nothing ended) stays quiet. */
	announce(r: Revocation): void {
		if ((r.sessionIds?.length ?? 0) === 0 && r.deviceId === undefined) return;
		for (const listener of this.listeners) listener(r);
	}
}
