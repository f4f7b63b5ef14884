import type { Db } from '../db/open';
import { hasOffice, seedOffice } from '../office/seed';
import { seedDemoAccounts } from './accounts';
import { seedDemoAppointments } from './appointments';
import { DEMO_OFFICE } from './office';

/**
 * Seed a new, empty database: the office (Annex 6), and for the demo its demo accounts and
 * appointment schedules.
 */
export function seedIfEmpty(db: Db, seed: 'demo' | 'office' | 'none', now: number): boolean {
	if (seed === 'none') return false;
	if (hasOffice(db)) return false;
	seedOffice(db, DEMO_OFFICE);
	if (seed === 'demo') {
		seedDemoAccounts(db, now);
		seedDemoAppointments(db);
	}
	return true;
}
