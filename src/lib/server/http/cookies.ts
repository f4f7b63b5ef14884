/**
 * One cookie from a raw Cookie header, as SvelteKit's `cookies.get` reads it (first of that name,
 * quotes stripped, percent-decoded; a malformed encoding is kept as sent, never thrown): for the
 * requests that do not pass through SvelteKit, the socket handshake and the kiosk's fast path.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
	for (const part of header?.split(';') ?? []) {
		const eq = part.indexOf('=');
		if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
		let value = part.slice(eq + 1).trim();
		if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
		try {
			return decodeURIComponent(value);
		} catch {
			return value;
		}
	}
	return undefined;
}
