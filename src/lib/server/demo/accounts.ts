/**
 * DEMO ONLY: the accounts `npm start` seeds with the demo office, listed in the README so people
 * can try every role. A real install (OKIENKO_SEED=office or none) has no account and no default
 * password: the first administrator is created on the setup page with the code from the log.
 */
import type { Db } from '../db/open';
import { hashPasswordSync } from '../auth/passwords';
import { StaffRepository } from '../auth/staff';
import { StaffDirectoryRepository } from '../db/repositories/staff-directory';
import { OfficeRepository } from '../office/repository';
import type { StaffRole } from '../auth/guard';

export interface DemoAccount {
	login: string;
	password: string;
	firstName: string;
	lastName: string;
	position: string;
	role: StaffRole;
	/** Department ticket prefixes (the demo office's departments), or 'all'. */
	departments: string[] | 'all';
	substitute?: string;
	/** The staff directory's phone extension and room. */
	extension: string;
	room: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{
		login: 'admin',
		password: 'demo-admin-okienko',
		firstName: 'Anna',
		lastName: 'Nowak',
		position: 'Administrator systemów informatycznych',
		role: 'admin',
		departments: 'all',
		extension: '100',
		room: '2'
	},
	{
		login: 'kierownik',
		password: 'demo-kierownik-okienko',
		firstName: 'Piotr',
		lastName: 'Wiśniewski',
		position: 'Kierownik Wydziału Spraw Obywatelskich',
		role: 'manager',
		departments: ['U'],
		extension: '120',
		room: '12'
	},
	{
		login: 'urzednik',
		password: 'demo-urzednik-okienko',
		firstName: 'Katarzyna',
		lastName: 'Kowalczyk',
		position: 'Inspektor',
		role: 'clerk',
		departments: ['U', 'I'],
		substitute: 'urzednik2',
		extension: '121',
		room: '10'
	},
	{
		login: 'urzednik2',
		password: 'demo-urzednik2-okienko',
		firstName: 'Tomasz',
		lastName: 'Zieliński',
		position: 'Podinspektor',
		role: 'clerk',
		departments: ['P', 'W'],
		extension: '131',
		room: '14'
	}
];

export function seedDemoAccounts(db: Db, now: number): void {
	const staff = new StaffRepository(db);
	const directory = new StaffDirectoryRepository(db);
	const office = new OfficeRepository(db);
	const departments = office.locations().flatMap((l) => office.departments(l.id));
	const idsOf = (d: DemoAccount['departments']) =>
		departments.filter((x) => d === 'all' || d.includes(x.prefix)).map((x) => x.id);
	db.transaction(() => {
		const ids = new Map<string, number>();
		for (const a of [...DEMO_ACCOUNTS].reverse()) {
			const fields = {
				login: a.login,
				firstName: a.firstName,
				lastName: a.lastName,
				position: a.position,
				role: a.role,
				departmentIds: idsOf(a.departments),
				substituteId: a.substitute ? (ids.get(a.substitute) ?? null) : null,
				active: true
			};
			const id = staff.insert(fields, hashPasswordSync(a.password), now);
			ids.set(a.login, id);
			directory.setContact(id, a.extension, a.room);
		}
	})();
}
