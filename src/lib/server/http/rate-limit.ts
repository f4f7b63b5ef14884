/**
 * A fixed-window counter per key (e.g. per client address), in memory: enough to stop one
 * device from flooding a public endpoint. Old windows are forgotten as they pass.
 */
export class RateLimiter {
	private readonly hits = new Map<string, { window: number; count: number }>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		private readonly clock: () => number = Date.now
	) {}

	/** Count one attempt; false when the key is over its limit in the current window. */
	take(key: string): boolean {
		const window = Math.floor(this.clock() / this.windowMs);
		const entry = this.hits.get(key);
		if (!entry || entry.window !== window) {
			if (this.hits.size > 10_000) this.forgetOld(window);
			this.hits.set(key, { window, count: 1 });
			return true;
		}
		entry.count += 1;
		return entry.count <= this.limit;
	}

	/** Whether one more attempt would be allowed now, without counting it. */
	allows(key: string): boolean {
		const entry = this.hits.get(key);
		return (
			!entry ||
			entry.window !== Math.floor(this.clock() / this.windowMs) ||
			entry.count < this.limit
		);
	}

	private forgetOld(window: number): void {
		for (const [key, entry] of this.hits) if (entry.window !== window) this.hits.delete(key);
	}
}
