/** The session and device cookies: HttpOnly, SameSite=Lax, Secure when served over https. */
import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'okienko_session';
export const DEVICE_COOKIE = 'okienko_device';

/** Browsers keep a cookie at most 400 days; a device re-sends its credential on every page load. */
const DEVICE_COOKIE_DAYS = 400;

function options(url: URL, expires: Date) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		expires
	};
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: number) {
	cookies.set(SESSION_COOKIE, token, options(url, new Date(expiresAt)));
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, { ...options(url, new Date(0)), expires: undefined });
}

export function setDeviceCookie(cookies: Cookies, url: URL, token: string, now = Date.now()) {
	cookies.set(DEVICE_COOKIE, token, options(url, new Date(now + DEVICE_COOKIE_DAYS * 86_400_000)));
}
