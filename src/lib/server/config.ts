/** Server settings from the environment, read once at start-up. Documented in the README. */
import path from 'node:path';
import { readKioskPrinters, type KioskPrinters } from '$printer/config';

export interface ServerConfig {
	/** SQLite database file. Created, migrated and (if new) seeded with the demo office on start. */
	databasePath: string;
	/** Seed the demo office into a new, empty database. */
	seedDemo: boolean;
	/** Public base URL for links printed on tickets (QR codes); empty = the request's own origin. */
	publicUrl: string;
	/** Each kiosk's printer (OKIENKO_KIOSKS, OKIENKO_PRINTER); none = the placeholder. */
	printers?: KioskPrinters;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	return {
		databasePath: path.resolve(env.OKIENKO_DB || path.join('data', 'okienko.sqlite')),
		seedDemo: (env.OKIENKO_SEED ?? 'demo') === 'demo',
		publicUrl: (env.OKIENKO_PUBLIC_URL ?? '').replace(/\/+$/, ''),
		printers: readKioskPrinters(env)
	};
}
