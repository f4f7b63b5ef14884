import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	canIssueTicket,
	localTime,
	parseClock,
	type OpeningHours,
	type Weekday
} from '../../../src/lib/server/queue';
import { at, hours, service } from './builders';

const WAW = 'Europe/Warsaw';
/** Complaints and requests: accepted on Monday until 17:30 (digest §1.3). */
const complaints = service({ id: 5, lateAcceptance: { 1: '17:30' } });
const normal = service({ id: 1 });

/** Independent model of Warsaw time (EU rule: CEST from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC). */
function lastSundayUtc(year: number, month0: number): number {
	const lastDay = new Date(Date.UTC(year, month0 + 1, 0));
	return lastDay.getUTCDate() - lastDay.getUTCDay();
}
function warsawReference(ms: number) {
	const year = new Date(ms).getUTCFullYear();
	const start = Date.UTC(year, 2, lastSundayUtc(year, 2), 1);
	const end = Date.UTC(year, 9, lastSundayUtc(year, 9), 1);
	const local = new Date(ms + (ms >= start && ms < end ? 2 : 1) * 3_600_000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		day: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
		weekday: (local.getUTCDay() || 7) as Weekday,
		minutes: local.getUTCHours() * 60 + local.getUTCMinutes()
	};
}

describe('parseClock', () => {
	it.each([
		['00:00', 0],
		['07:30', 450],
		['17:30', 1050],
		['23:59', 1439],
		['24:00', 1440]
	])('%s → %i', (s, m) => {
		expect(parseClock(s)).toBe(m);
	});

	it.each(['7:30', '24:01', '25:00', '17:60', '1730', '', 'ab:cd'])('rejects %j', (s) => {
		expect(() => parseClock(s)).toThrow();
	});
});

describe('localTime in Europe/Warsaw', () => {
	it('winter: UTC+1', () => {
		expect(localTime(at('2026-01-05T15:44Z'), WAW)).toEqual({
			day: '2026-01-05',
			weekday: 1,
			minutes: 16 * 60 + 44
		});
	});

	it('summer: UTC+2', () => {
		expect(localTime(at('2026-06-01T14:44Z'), WAW)).toEqual({
			day: '2026-06-01',
			weekday: 1,
			minutes: 16 * 60 + 44
		});
	});

	it('just after midnight Warsaw time it is already the next office day (winter)', () => {
		// Sunday 23:30 UTC is Monday 00:30 in Warsaw.
		expect(localTime(at('2026-01-04T23:30Z'), WAW)).toEqual({
			day: '2026-01-05',
			weekday: 1,
			minutes: 30
		});
		expect(localTime(at('2026-01-04T22:59Z'), WAW)).toEqual({
			day: '2026-01-04',
			weekday: 7,
			minutes: 23 * 60 + 59
		});
	});

	it('just after midnight Warsaw time it is already the next office day (summer)', () => {
		// Monday 22:30 UTC is Tuesday 00:30 in Warsaw.
		expect(localTime(at('2026-06-01T22:30Z'), WAW)).toEqual({
			day: '2026-06-02',
			weekday: 2,
			minutes: 30
		});
		expect(localTime(at('2026-06-01T22:00Z'), WAW)).toMatchObject({
			day: '2026-06-02',
			minutes: 0
		});
	});

	it('spring forward on 2026-03-29: 01:59 CET is followed by 03:00 CEST', () => {
		expect(localTime(at('2026-03-29T00:59Z'), WAW)).toEqual({
			day: '2026-03-29',
			weekday: 7,
			minutes: 1 * 60 + 59
		});
		expect(localTime(at('2026-03-29T01:00Z'), WAW)).toEqual({
			day: '2026-03-29',
			weekday: 7,
			minutes: 3 * 60
		});
		expect(localTime(at('2026-03-29T22:30Z'), WAW)).toEqual({
			day: '2026-03-30',
			weekday: 1,
			minutes: 30
		});
	});

	it('fall back on 2026-10-25: 02:30 happens twice', () => {
		expect(localTime(at('2026-10-25T00:30Z'), WAW)).toEqual({
			day: '2026-10-25',
			weekday: 7,
			minutes: 2 * 60 + 30
		});
		expect(localTime(at('2026-10-25T01:30Z'), WAW)).toEqual({
			day: '2026-10-25',
			weekday: 7,
			minutes: 2 * 60 + 30
		});
		expect(localTime(at('2026-10-25T23:30Z'), WAW)).toEqual({
			day: '2026-10-26',
			weekday: 1,
			minutes: 30
		});
	});

	it('property: matches an independent model of Warsaw time, 2000–2037', () => {
		fc.assert(
			fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
				expect(localTime(ms, WAW)).toEqual(warsawReference(ms));
			}),
			{ numRuns: 2_000 }
		);
	});

	it('property: around the DST changes minute by minute', () => {
		for (const change of [at('2026-03-29T01:00Z'), at('2026-10-25T01:00Z')]) {
			for (let ms = change - 3 * 3_600_000; ms <= change + 3 * 3_600_000; ms += 60_000) {
				expect(localTime(ms, WAW)).toEqual(warsawReference(ms));
			}
		}
	});
});

describe('canIssueTicket', () => {
	const h = hours();

	it('Monday (winter): a normal service issues at 16:44 and refuses at 16:45', () => {
		expect(canIssueTicket(h, normal, at('2026-01-05T15:44Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, normal, at('2026-01-05T15:45Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
		expect(canIssueTicket(h, normal, at('2026-01-05T16:10Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
	});

	it('Monday after the spring DST change (CEST): 16:44 issues, 16:45 refuses', () => {
		expect(canIssueTicket(h, normal, at('2026-03-30T14:44Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, normal, at('2026-03-30T14:45Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
	});

	it('Monday after the autumn DST change (CET): 16:44 issues, 16:45 refuses', () => {
		expect(canIssueTicket(h, normal, at('2026-10-26T15:44Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, normal, at('2026-10-26T15:45Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
	});

	it('complaints and requests on Monday: issues at 17:29, refuses at 17:30', () => {
		expect(canIssueTicket(h, complaints, at('2026-01-05T15:50Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, complaints, at('2026-01-05T16:29Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, complaints, at('2026-01-05T16:30Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
		// Summer Monday, same wall-clock times.
		expect(canIssueTicket(h, complaints, at('2026-06-01T15:29Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, complaints, at('2026-06-01T15:30Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
	});

	it('the late acceptance does not apply on Tuesday', () => {
		// Tuesday 7:30–15:30, cut-off 15 min → last ticket before 15:15.
		expect(canIssueTicket(h, complaints, at('2026-01-06T14:14Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, complaints, at('2026-01-06T14:15Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
		expect(canIssueTicket(h, complaints, at('2026-01-06T16:29Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
	});

	it('before opening → before_opening with the opening time', () => {
		expect(canIssueTicket(h, normal, at('2026-01-05T06:59Z'))).toEqual({
			ok: false,
			reason: 'before_opening',
			until: '08:00'
		});
		expect(canIssueTicket(h, normal, at('2026-01-05T07:00Z'))).toEqual({ ok: true });
		expect(canIssueTicket(h, normal, at('2026-01-06T06:29Z'))).toEqual({
			ok: false,
			reason: 'before_opening',
			until: '07:30'
		});
	});

	it('the office day comes from Warsaw time around midnight UTC', () => {
		// Sunday 23:30 UTC = Monday 00:30 Warsaw: before opening, not a closed day.
		expect(canIssueTicket(h, normal, at('2026-01-04T23:30Z'))).toEqual({
			ok: false,
			reason: 'before_opening',
			until: '08:00'
		});
		// Friday 23:30 UTC = Saturday 00:30 Warsaw: closed day.
		expect(canIssueTicket(h, normal, at('2026-01-09T23:30Z'))).toMatchObject({
			ok: false,
			reason: 'closed_day'
		});
	});

	it('a day missing from the week → closed_day', () => {
		expect(canIssueTicket(h, normal, at('2026-01-10T10:00Z'))).toMatchObject({
			ok: false,
			reason: 'closed_day'
		});
		expect(canIssueTicket(h, normal, at('2026-01-11T10:00Z'))).toMatchObject({
			ok: false,
			reason: 'closed_day'
		});
	});

	it('opening hours follow Warsaw time on the DST change days themselves', () => {
		const everyDay: OpeningHours = hours({
			week: Object.fromEntries(
				[1, 2, 3, 4, 5, 6, 7].map((d) => [d, { opens: '08:00', closes: '17:00' }])
			) as OpeningHours['week']
		});
		// 2026-03-29 06:30 UTC = 08:30 CEST (open); 2026-10-25 06:30 UTC = 07:30 CET (not yet).
		expect(canIssueTicket(everyDay, normal, at('2026-03-29T06:30Z'))).toEqual({ ok: true });
		expect(canIssueTicket(everyDay, normal, at('2026-10-25T06:30Z'))).toMatchObject({
			ok: false,
			reason: 'before_opening'
		});
		expect(canIssueTicket(everyDay, normal, at('2026-03-29T14:44Z'))).toEqual({ ok: true });
		expect(canIssueTicket(everyDay, normal, at('2026-03-29T14:45Z'))).toMatchObject({
			reason: 'after_cutoff'
		});
		expect(canIssueTicket(everyDay, normal, at('2026-10-25T15:44Z'))).toEqual({ ok: true });
		expect(canIssueTicket(everyDay, normal, at('2026-10-25T15:45Z'))).toMatchObject({
			reason: 'after_cutoff'
		});
	});

	it("mode 'closed' → closed_mode at any time, enforced or not", () => {
		for (const instant of ['2026-01-05T10:00Z', '2026-01-10T10:00Z', '2026-01-05T03:00Z']) {
			for (const enforced of [true, false]) {
				for (const svc of [normal, service({ availableWhenLimited: true })]) {
					expect(
						canIssueTicket(hours({ mode: 'closed', enforced }), svc, at(instant))
					).toMatchObject({ ok: false, reason: 'closed_mode' });
				}
			}
		}
	});

	it("mode 'limited' refuses services not offered and allows those offered", () => {
		const limited = hours({ mode: 'limited' });
		const offered = service({ availableWhenLimited: true });
		expect(canIssueTicket(limited, normal, at('2026-01-05T10:00Z'))).toMatchObject({
			ok: false,
			reason: 'limited_mode'
		});
		expect(canIssueTicket(limited, offered, at('2026-01-05T10:00Z'))).toEqual({ ok: true });
		// Hours still apply to an offered service.
		expect(canIssueTicket(limited, offered, at('2026-01-05T15:45Z'))).toMatchObject({
			ok: false,
			reason: 'after_cutoff'
		});
	});

	it('enforced:false ignores the hours but not the mode', () => {
		const demo = hours({ enforced: false });
		expect(canIssueTicket(demo, normal, at('2026-01-10T02:00Z'))).toEqual({ ok: true });
		expect(canIssueTicket(demo, normal, at('2026-01-05T16:50Z'))).toEqual({ ok: true });
		expect(canIssueTicket(demo, normal, at('2026-01-05T05:00Z'))).toEqual({ ok: true });
		expect(
			canIssueTicket(hours({ enforced: false, mode: 'limited' }), normal, at('2026-01-10T02:00Z'))
		).toMatchObject({ ok: false, reason: 'limited_mode' });
		expect(
			canIssueTicket(hours({ enforced: false, mode: 'closed' }), normal, at('2026-01-10T02:00Z'))
		).toMatchObject({ ok: false, reason: 'closed_mode' });
	});

	it('property: matches a reference decision over 2026 for the normal and complaints services', () => {
		const clock = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
				fc.boolean(),
				(ms, isComplaints) => {
					const svc = isComplaints ? complaints : normal;
					const local = warsawReference(ms);
					const day = h.week[local.weekday];
					let expected: { ok: boolean; reason?: string };
					if (!day) expected = { ok: false, reason: 'closed_day' };
					else if (local.minutes < clock(day.opens))
						expected = { ok: false, reason: 'before_opening' };
					else {
						const late = svc.lateAcceptance[local.weekday];
						const last = late ? clock(late) : clock(day.closes) - h.cutoffMinutes;
						expected = local.minutes < last ? { ok: true } : { ok: false, reason: 'after_cutoff' };
					}
					expect(canIssueTicket(h, svc, ms)).toMatchObject(expected);
				}
			),
			{ numRuns: 2_000 }
		);
	});
});
