// Credentials for the benchmark's clients, obtained the way real ones are (tests/support/auth.ts):
// the demo admin signs in over /login, and a kiosk and a board are paired over /admin/devices
// and /pair. Kiosks issue with the kiosk's cookie, boards join with the board's, consoles act as
// the admin (who operates every window).
import { loadTs } from './ts.mjs';

/** @param {string} url @returns {Promise<{admin: string, kiosk: string, board: string}>} */
export async function benchCredentials(url) {
	const { signIn, pairDevice } = await loadTs('/tests/support/auth.ts');
	const admin = await signIn(url, 'admin');
	return {
		admin,
		kiosk: await pairDevice(url, admin, 'kiosk', { name: 'bench kiosk' }),
		board: await pairDevice(url, admin, 'board', { name: 'bench board' })
	};
}

/** The demo accounts in a bench office's database (before its server starts). */
export async function seedBenchAccounts(/** @type {string} */ dbPath) {
	const { openDatabase } = await loadTs('/src/lib/server/db/open.ts');
	const { seedDemoAccounts } = await loadTs('/src/lib/server/demo/accounts.ts');
	const db = openDatabase(dbPath);
	seedDemoAccounts(db, Date.now());
	db.close();
}
