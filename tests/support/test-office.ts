/**
 * Small offices for tests that build the app in process (test-app.ts): one location with one
 * green floor, Department A and the Kancelaria, windows in rooms 001, 002…; a test names only
 * what its rules need (opening hours, a fairness cap, which window serves which matter).
 */
import type { DepartmentSeed, OfficeSeed, ServiceSeed } from '../../src/lib/server/office/seed';

/** Monday 23 November 2026, 09:00 in Warsaw (UTC+1): a working day in winter time. */
export const MONDAY_9 = Date.parse('2026-11-23T08:00:00Z');
export const MIN = 60_000;

/** Monday to Friday 07:30–15:30 (a location's `week`), for tests of the calendar and bookings. */
export const WEEKDAYS_0730_1530 = Object.fromEntries(
	['1', '2', '3', '4', '5'].map((d) => [d, { opens: '07:30', closes: '15:30' }])
);

export const GREEN_FLOOR = { floor: 0, pl: 'zielony', en: 'green', hex: '#1b7f3b' };

/** Matter `code` of a test office: "Sprawa A1", "Matter A1". */
export const matter = (code: string, more: Partial<ServiceSeed> = {}): ServiceSeed => ({
	code,
	pl: `Sprawa ${code}`,
	en: `Matter ${code}`,
	...more
});

/** Department A (a wydział) with these matters; default: A1 alone. */
export const departmentA = (...services: ServiceSeed[]): DepartmentSeed => ({
	key: 'a',
	kind: 'wydzial',
	pl: 'Wydział A',
	en: 'Department A',
	prefix: 'A',
	services: services.length > 0 ? services : [matter('A1')]
});

/** The Kancelaria with complaints and requests (SK, numbered S…), taken until 17:30 on Mondays. */
export const kancelaria = (more: Partial<ServiceSeed> = {}): DepartmentSeed => ({
	key: 'k',
	kind: 'kancelaria',
	pl: 'Kancelaria',
	en: 'Front office',
	prefix: 'K',
	services: [
		{
			code: 'SK',
			pl: 'Skargi i wnioski',
			en: 'Complaints and requests',
			prefix: 'S',
			lateAcceptance: { '1': '17:30' },
			...more
		}
	]
});

export interface TestOfficeParts {
	/** Default: "Urząd Testowy" (slug `test`), no opening hours (seedOffice enforces hours unless told). */
	location?: Partial<OfficeSeed['location']>;
	departments: DepartmentSeed[];
	/** Each window's label and the codes of the matters it serves; its room is 00{label}. */
	windows: Record<string, string[]>;
}

export function testOffice(parts: TestOfficeParts): OfficeSeed {
	return {
		location: { slug: 'test', name: 'Urząd Testowy', week: {}, ...parts.location },
		floors: [GREEN_FLOOR],
		departments: parts.departments,
		windows: Object.entries(parts.windows).map(([label, services]) => ({
			label,
			room: `00${label}`,
			services
		}))
	};
}
