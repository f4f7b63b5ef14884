/**
 * One visitor's own settings on a public screen (issue 16, "a kiosk for every body"): larger
 * text, high contrast, and on the kiosk every button brought down within reach of a person in a
 * wheelchair or of small stature. They belong to the visitor, not to the device: the kiosk
 * forgets them when it goes back to its start after a while without a touch (kiosk-flow), and a
 * phone keeps them for its browser session only (sessionStorage), never in a cookie.
 */
export type VisitorSetting = 'lowReach' | 'largerText' | 'highContrast' | 'readAloud';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const KEY = 'okienko.visitor';

export class VisitorSettings {
	lowReach = $state(false);
	largerText = $state(false);
	highContrast = $state(false);
	/** Audio at the kiosk (issue 16), where the administrator offers it; how it starts is theirs too. */
	readAloud = $state(false);
	#readAloudAtStart = false;
	/** Bumped by every reset: a screen going back to its start by itself says nothing aloud. */
	resets = $state(0);
	readonly #store: Store | null;

	/** `store`: where a phone keeps them for its session; a kiosk keeps them in memory only. */
	constructor(store: Store | null = null) {
		this.#store = store;
	}

	/** The session's settings, once the page is live (the server's page has them all off). */
	restore(): void {
		const saved = this.#store?.getItem(KEY)?.split(',') ?? [];
		this.largerText = saved.includes('largerText');
		this.highContrast = saved.includes('highContrast');
	}

	/** Whether anything differs from how the screen starts. */
	get changed(): boolean {
		return (
			this.lowReach ||
			this.largerText ||
			this.highContrast ||
			this.readAloud !== this.#readAloudAtStart
		);
	}

	toggle = (setting: VisitorSetting): void => {
		this[setting] = !this[setting];
		this.#save();
	};

	/** The kiosk's own start for reading aloud: on where the administrator chose so. */
	startReadAloud(on: boolean): void {
		this.readAloud = this.#readAloudAtStart = on;
	}

	/** The next visitor's screen: every setting off (reading aloud as the kiosk starts it). */
	reset = (): void => {
		this.lowReach = this.largerText = this.highContrast = false;
		this.readAloud = this.#readAloudAtStart;
		this.resets++;
		this.#save();
	};

	#save(): void {
		if (!this.#store) return;
		const on = (['largerText', 'highContrast'] as const).filter((s) => this[s]);
		if (on.length) this.#store.setItem(KEY, on.join(','));
		else this.#store.removeItem(KEY);
	}
}

/** The page's session store, or none where the browser refuses it (private mode, no storage). */
export function sessionStore(): Store | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}
