/**
 * Sign-in throttle: after too many failures for one login, or from one address, further attempts
 * are refused until the window has passed, whether or not the password is right. Counted per
 * login (guessing one person's password from many addresses) and per address (trying many
 * logins from one machine). In memory: a restart forgets, which an attacker cannot trigger.
 */
export const LOGIN_LIMIT = { perLogin: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

interface Entry {
	failures: number;
	since: number;
}

export class LoginThrottle {
	private readonly byLogin = new Map<string, Entry>();
	private readonly byAddress = new Map<string, Entry>();

	constructor(
		private readonly clock: () => number,
		private readonly limit = LOGIN_LIMIT
	) {}

	/** Milliseconds until another attempt is allowed; 0 = allowed now. */
	retryAfter(login: string, address: string): number {
		const now = this.clock();
		const wait = (map: Map<string, Entry>, key: string, max: number) => {
			const e = map.get(key);
			if (!e) return 0;
			if (now - e.since >= this.limit.windowMs) {
				map.delete(key);
				return 0;
			}
			return e.failures >= max ? e.since + this.limit.windowMs - now : 0;
		};
		return Math.max(
			wait(this.byLogin, key(login), this.limit.perLogin),
			wait(this.byAddress, address, this.limit.perAddress)
		);
	}

	failed(login: string, address: string): void {
		this.count(this.byLogin, key(login));
		this.count(this.byAddress, address);
	}

	/** A successful sign-in clears that login's count (not the address's). */
	succeeded(login: string): void {
		this.byLogin.delete(key(login));
	}

	private count(map: Map<string, Entry>, k: string): void {
		const now = this.clock();
		const e = map.get(k);
		if (!e || now - e.since >= this.limit.windowMs) {
			if (map.size > 50_000) map.clear();
			map.set(k, { failures: 1, since: now });
		} else e.failures += 1;
	}
}

function key(login: string): string {
	return login.trim().toLowerCase().slice(0, 100);
}
