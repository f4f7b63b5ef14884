/**
 * Poland's public holidays, as date-holidays (type "public") lists them, from the table
 * scripts/polish-holidays.mjs writes (why a table: see there). The table includes 24 December
 * from 2025 on, as the law now says; tests/unit/holidays.test.ts checks it against the library.
 */
import table from './polish-holidays.json' with { type: 'json' };

const DAYS: Readonly<Record<string, string>> = table.days;

/** The last year the table covers: past it, no public holiday is known (the admin page says so). */
export const HOLIDAYS_KNOWN_UNTIL = table.lastYear;

/** The public holiday's name on a day (YYYY-MM-DD), or null. */
export function polishHoliday(day: string): string | null {
	return DAYS[day] ?? null;
}

/** The public holidays of a year, in order: what the administration page lists. */
export function holidaysOf(year: number): { day: string; name: string }[] {
	return Object.entries(DAYS)
		.filter(([day]) => day.startsWith(`${year}-`))
		.map(([day, name]) => ({ day, name }));
}
