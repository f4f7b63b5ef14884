/**
 * Staff passwords: argon2id with the OWASP-recommended cost (19 MiB, 2 passes, 1 lane), hashes
 * stored as PHC strings so the parameters can be raised later without breaking old hashes.
 */
import { hash, hashSync, verify, type Options } from '@node-rs/argon2';

import { PASSWORD_MAX_LENGTH } from '$lib/shared/password-rules';

// 2 = Algorithm.Argon2id (a `const enum` in the typings, which isolated modules cannot import).
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** For seeding the demo office, which runs synchronously at start-up. */
export function hashPasswordSync(password: string): string {
	return hashSync(password, OPTIONS);
}

/** A hash that no password matches, verified for unknown logins so they take as long as known ones. */
let decoy: string | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
	if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
	if (!stored) {
		decoy ??= await hashPassword('decoy-' + crypto.randomUUID());
		await verify(decoy, password).catch(() => false);
		return false;
	}
	return verify(stored, password).catch(() => false);
}
