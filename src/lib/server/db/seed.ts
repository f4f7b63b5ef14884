import { DEMO_OFFICE, hasOffice, seedOffice } from '../office/seed';
import { seedDemoAccounts } from './demo-accounts';
import type { Db } from './open';

/** Seed a new, empty database: the office (Annex 6), and for the demo its demo accounts. */
export function seedIfEmpty(db: Db, seed: 'demo' | 'office' | 'none', now: number): boolean {
	if (seed === 'none') return false;
	if (hasOffice(db)) return false;
	seedOffice(db, DEMO_OFFICE);
	if (seed === 'demo') seedDemoAccounts(db, now);
	return true;
}
