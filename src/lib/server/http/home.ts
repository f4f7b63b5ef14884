/** Where a person lands after signing in: their work, by role; or the page they asked for. */
import { isPage, type StaffRole } from '../auth/guard';

export function homeOf(role: StaffRole): string {
	return role === 'clerk' ? '/clerk' : role === 'manager' ? '/manage' : '/admin';
}

/** Longer than any link to one of our pages; a longer `next` is not followed. */
const MAX_NEXT = 500;

/**
 * The page `next` asks for, or null (then the caller sends the person home): `next` must never
 * send someone to another site after signing in. It is read as a URL against the server's own
 * origin, the way a browser would read it in a Location header (tabs and line breaks dropped,
 * backslashes as slashes), and is followed only if it stays on this origin and names one of the
 * app's pages (guard.ts `isPage`). What is returned is that parsed URL's path and query, never
 * the raw text: percent-encoded, so it is always a valid header value.
 */
export function safeNext(next: string | null, origin: string): string | null {
	if (!next || next.length > MAX_NEXT * 2 || !next.startsWith('/')) return null;
	let url: URL;
	try {
		url = new URL(next, origin);
	} catch {
		return null;
	}
	if (url.origin !== origin || !isPage(url.pathname)) return null;
	const target = url.pathname + url.search;
	return target.length <= MAX_NEXT ? target : null;
}
