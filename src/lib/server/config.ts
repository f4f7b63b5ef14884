/** Server settings from the environment, read once at start-up. Documented in the README. */
import path from 'node:path';
import { readKioskPrinters, type KioskPrinters } from '$printer/config';

export interface ServerConfig {
	/** SQLite database file. Created, migrated and (if new) seeded with the demo office on start. */
	databasePath: string;
	/**
	 * What a new, empty database starts with: 'demo' = the demo office and demo accounts;
	 * 'office' = the office's departments, matters and windows, no accounts; 'none' = nothing.
	 */
	seed: 'demo' | 'office' | 'none';
	/** Public base URL for links printed on tickets (QR codes); empty = the request's own origin. */
	publicUrl: string;
	/** Each kiosk's printer (OKIENKO_KIOSKS, OKIENKO_PRINTER); none = the placeholder. */
	printers?: KioskPrinters;
	/**
	 * Tests only (OKIENKO_TEST_HOLD_SNAPSHOTS=1): changes send no snapshots to the live screens,
	 * only their own events (realtime/broadcast.ts). Set by whoever starts the server, never by
	 * a request.
	 */
	holdSnapshots?: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	return {
		databasePath: path.resolve(env.OKIENKO_DB || path.join('data', 'okienko.sqlite')),
		seed: seedOf(env.OKIENKO_SEED),
		publicUrl: (env.OKIENKO_PUBLIC_URL ?? '').replace(/\/+$/, ''),
		printers: readKioskPrinters(env),
		holdSnapshots: env.OKIENKO_TEST_HOLD_SNAPSHOTS === '1'
	};
}

function seedOf(value: string | undefined): ServerConfig['seed'] {
	const seed = value ?? 'demo';
	if (seed === 'demo' || seed === 'office' || seed === 'none') return seed;
	throw new Error(`OKIENKO_SEED must be demo, office or none (got "${seed}")`);
}
