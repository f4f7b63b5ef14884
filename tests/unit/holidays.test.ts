import { describe, expect, it } from 'vitest';
import {
	HOLIDAYS_KNOWN_UNTIL,
	holidaysOf,
	polishHoliday
} from '../../src/lib/server/office/holidays';
import { FIRST_YEAR, LAST_YEAR, publicHolidays } from '../../scripts/polish-holidays.mjs';

describe("Poland's public holidays", () => {
	it('the committed table is what date-holidays says, year by year (run `npm run holidays` after updating it)', () => {
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			const listed = Object.fromEntries(holidaysOf(year).map((h) => [h.day, h.name]));
			expect(listed, String(year)).toEqual(publicHolidays(year));
		}
		expect(HOLIDAYS_KNOWN_UNTIL).toBe(LAST_YEAR);
	});

	it('has 24 December as a holiday from 2025 on, not before (the law of 2024)', () => {
		expect(polishHoliday('2024-12-24')).toBeNull();
		expect(polishHoliday('2025-12-24')).toBe('Wigilia Bożego Narodzenia');
		expect(polishHoliday('2027-12-24')).not.toBeNull();
	});

	it('knows the movable feasts of 2025–2027 and only public holidays', () => {
		// Easter Monday and Corpus Christi move with Easter.
		expect(polishHoliday('2025-04-21')).toBe('Drugi dzień Wielkanocy');
		expect(polishHoliday('2026-04-06')).toBe('Drugi dzień Wielkanocy');
		expect(polishHoliday('2027-03-29')).toBe('Drugi dzień Wielkanocy');
		expect(polishHoliday('2025-06-19')).toBe('Dzień Bożego Ciała');
		expect(polishHoliday('2026-06-04')).toBe('Dzień Bożego Ciała');
		expect(polishHoliday('2027-05-27')).toBe('Dzień Bożego Ciała');
		expect(polishHoliday('2026-11-11')).toBe('Narodowe Święto Niepodległości');
		// Observances that are not days off: Mother's Day, Good Friday, All Souls' Day.
		expect(polishHoliday('2026-05-26')).toBeNull();
		expect(polishHoliday('2026-04-03')).toBeNull();
		expect(polishHoliday('2026-11-02')).toBeNull();
		expect(holidaysOf(2026)).toHaveLength(14);
	});
});
