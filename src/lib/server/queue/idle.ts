/**
 * The idle alert (SR-03: external clients first): an open window with no client called or
 * served, while a ticket it could call has waited longer than its matter's target wait. Pure:
 * the window, what waits and the time are passed in.
 */

export interface IdleWindow {
	id: number;
	status: 'open' | 'paused' | 'closed';
	/** A client is called to or served at the window. */
	busy: boolean;
	serviceIds: readonly number[];
}

/** The oldest waiting ticket of each matter at the location: when it was issued. */
export type OldestWaiting = ReadonlyMap<number, number>;

export interface IdleAlert {
	windowId: number;
	/** The matter whose ticket waited longest beyond its target, and since when it is over it. */
	serviceId: number;
	overSince: number;
}

/**
 * The alert for `window` at `now`, or null: the matter it serves whose oldest ticket went past its
 * target first. `targetMinutes` is the matter's target wait (services.wait_target_minutes).
 */
export function idleAlert(
	window: IdleWindow,
	oldest: OldestWaiting,
	targetMinutes: (serviceId: number) => number,
	now: number
): IdleAlert | null {
	if (window.status !== 'open' || window.busy) return null;
	let alert: IdleAlert | null = null;
	for (const serviceId of window.serviceIds) {
		const issuedAt = oldest.get(serviceId);
		if (issuedAt === undefined) continue;
		const overSince = issuedAt + targetMinutes(serviceId) * 60_000;
		if (overSince < now && (!alert || overSince < alert.overSince)) {
			alert = { windowId: window.id, serviceId, overSince };
		}
	}
	return alert;
}
