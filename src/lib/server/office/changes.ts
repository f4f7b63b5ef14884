/**
 * "The office's set-up changed" (a location's hours or mode, a department, a matter, a window):
 * OfficeRepository.change announces it here once committed; the set-up cache drops what it holds
 * and the broadcaster pushes fresh menus and boards to the kiosks and boards of that location.
 */
export type OfficeChangeListener = (locationId: number) => void;

export class OfficeChanges {
	private readonly listeners = new Set<OfficeChangeListener>();

	subscribe(listener: OfficeChangeListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Call after the change is committed. */
	notify(locationId: number): void {
		for (const listener of this.listeners) listener(locationId);
	}
}
