/**
 * localTime remembers its last answer per zone for the minute (queue/hours.ts): an instant in the
 * same minute as the last question, or in another, gets the answer it would get computed
 * afresh, in zones with odd offsets too.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { localTime } from '../../../src/lib/server/queue';

function fresh(at: number, timeZone: string) {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(new Date(at))
			.map((p) => [p.type, p.value])
	);
	return {
		day: `${parts.year}-${parts.month}-${parts.day}`,
		minutes: Number(parts.hour) * 60 + Number(parts.minute)
	};
}

it('answers every instant as if computed afresh, whatever was asked just before', () => {
	const zones = ['Europe/Warsaw', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Eucla'];
	fc.assert(
		fc.property(
			fc.integer({ min: 0, max: 4_102_444_800_000 }),
			fc.integer({ min: -7_200_000, max: 7_200_000 }),
			fc.constantFrom(...zones),
			(at, before, zone) => {
				localTime(at - before, zone);
				const answer = localTime(at, zone);
				expect({ day: answer.day, minutes: answer.minutes }).toEqual(fresh(at, zone));
			}
		),
		{ numRuns: 2000 }
	);
	// Warsaw's spring change: 01:59 then 03:00.
	expect(localTime(Date.parse('2026-03-29T00:59:30Z'), 'Europe/Warsaw').minutes).toBe(119);
	expect(localTime(Date.parse('2026-03-29T01:00:30Z'), 'Europe/Warsaw').minutes).toBe(180);
});
