/**
 * Secrets handed to browsers and devices (the Lucia pattern, with @oslojs): a random token goes
 * into the cookie, only its SHA-256 goes into the database, so a stolen database or backup holds
 * no usable session or device credential.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 160 random bits, base32: the session and device credential tokens. */
export function newToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored form of a token or a pairing code. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Letters and digits nobody confuses when reading a code aloud or off a screen (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time pairing code, typed on a kiosk or board: 10 characters (about 50 bits), XXXXX-XXXXX. */
export function newPairingCode(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
	return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** What a person typed, in the form the code was issued: upper case, the dash where it belongs. */
export function normalizePairingCode(typed: string): string | null {
	const chars = typed.toUpperCase().replace(/[\s-]/g, '');
	if (chars.length !== 10 || [...chars].some((c) => !CODE_ALPHABET.includes(c))) return null;
	return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
