/**
 * The statistics roll-up (migration 008) against the definitions straight over the event log
 * (tests/support/stats-reference.ts): a seeded random log of a few hundred tickets over four days
 * around the spring clock change, with every kind of event, ties and durations on the class
 * boundaries; then the same log replayed into a database at migration 007 and backfilled by 008.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { MIGRATIONS, migrate } from '../../src/lib/server/db/migrate';
import {
	durationsByDepartment,
	durationsByHour,
	durationsByPriority,
	durationsByService,
	durationsByStaff,
	durationsByWeekday,
	durationsByWindow,
	durationsOverall,
	serviceLevels,
	ticketHeatmap,
	visitRates,
	type StatsRange
} from '../../src/lib/server/stats/queries';
import { daySpan, durationClass, periods } from '../../src/lib/server/stats/rollup';
import { referenceIntervals, referenceStats, type RefInterval } from '../support/stats-reference';
import { catchUpBins } from '../../src/lib/server/stats/bins';

const TZ = 'Europe/Warsaw';
const HOUR = 3_600_000;
// Friday 27 to Monday 30 March 2026; summer time starts on Sunday 29 March at 01:00 UTC.
const DAYS = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30'];
// From Monday 5 January to Thursday 19 March 2026 (winter time).
const WINTER = ['2026-01-05', '2026-03-20'] as const;
/** Local midnight as an instant: UTC+1 until the change, UTC+2 after it. */
const midnight = (day: string) => {
	const winter = Date.parse(`${day}T00:00:00Z`) - HOUR;
	return winter < Date.parse('2026-03-29T01:00:00Z') ? winter : winter - HOUR;
};
const local = new Intl.DateTimeFormat('en-GB', {
	timeZone: TZ,
	hourCycle: 'h23',
	weekday: 'short',
	hour: '2-digit'
});
const localHour = (at: number) =>
	Number(local.formatToParts(new Date(at)).find((p) => p.type === 'hour')!.value);
const localWeekday = (at: number) =>
	['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
		local.formatToParts(new Date(at)).find((p) => p.type === 'weekday')!.value
	) + 1;

/** mulberry32: the same log every run. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type EventRow = [
	number,
	string,
	number,
	number | null,
	number,
	number,
	string | null,
	number | null
];

let testbed: TestApp;
let app: App;
let log: EventRow[] = [];

/** A random but lawful history for each ticket (the lifecycle's rules, not the ordering). */
function randomLog(services: { id: number; department_id: number }[], windows: number[]) {
	const rand = prng(8);
	const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
	// Durations on class boundaries, ties, zero, and ordinary millisecond times.
	const edges = [0, 999, 1000, 15_999, 16_000, 31_999, 32_000, 900_000, 900_001, 65_536_000];
	const gap = () => (rand() < 0.3 ? pick(edges) : Math.floor(rand() * rand() * 2 * HOUR));
	const staff = [null, 1, 2];
	const priorities = [
		null,
		null,
		null,
		'pregnant',
		'elderly',
		'limited_mobility',
		'small_children'
	];
	// 80 tickets on each of the four days, and 200 spread over January to mid-March, so a range
	// there covers a whole 32-day block of the roll-up and single days on both sides of it.
	const spread = midnight('2026-03-16') - midnight(WINTER[0]);
	const tickets = [
		...DAYS.flatMap((day) =>
			Array.from({ length: 80 }, () => midnight(day) + Math.floor(rand() * 23.5 * HOUR))
		),
		...Array.from({ length: 200 }, () => midnight(WINTER[0]) + Math.floor(rand() * spread))
	].sort((a, b) => a - b);
	const rows: EventRow[] = [];
	tickets.forEach((issuedAt, i) => {
		const id = 1000 + i;
		let service = pick(services);
		const priority = pick(priorities);
		let at = issuedAt;
		let window = pick(windows);
		let state = 'waiting';
		const push = (type: string, win: number | null, who: number | null) =>
			rows.push([at, type, id, win, service.id, service.department_id, priority, who]);
		push('ticket_issued', null, null);
		for (let step = 0; step < 8 && state !== 'gone'; step++) {
			at += gap();
			const r = rand();
			const who = pick(staff);
			if (state === 'waiting') {
				if (r < 0.07) {
					push('ticket_cancelled', null, who);
					state = 'gone';
				} else if (r < 0.1) {
					// Still waiting when the office closed (migration 017).
					push('ticket_closed', null, null);
					state = 'gone';
				} else {
					window = pick(windows);
					push('ticket_called', window, who);
					state = 'called';
				}
			} else if (state === 'called') {
				if (r < 0.5 && r >= 0.45) service = pick(services.filter((s) => s.id !== service.id));
				const [type, next] = (
					[
						[0.15, 'ticket_recalled', 'called'],
						[0.25, 'ticket_no_show', 'gone'],
						[0.3, 'ticket_cancelled', 'gone'],
						[0.4, 'service_finished', 'gone'],
						[0.45, 'ticket_returned', 'waiting'],
						[0.5, 'ticket_transferred', 'waiting'],
						[1, 'service_started', 'serving']
					] as const
				)
					.find(([p]) => r < p)!
					.slice(1) as [string, string];
				push(type, window, who);
				state = next;
			} else {
				if (r >= 0.6 && r < 0.8) service = pick(services.filter((s) => s.id !== service.id));
				const type =
					r < 0.6 ? 'service_finished' : r < 0.8 ? 'ticket_transferred' : 'ticket_returned';
				push(type, window, who);
				state = r < 0.6 ? 'gone' : 'waiting';
			}
		}
	});
	return rows;
}

const insertSql = `INSERT INTO events (at, type, location_id, ticket_id, window_id, service_id,
	department_id, priority, staff_id) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)`;

beforeAll(() => {
	testbed = testApp({
		clock: () => Date.parse('2026-04-01T10:00:00Z')
	});
	app = testbed.app;
	const services = app.db.prepare('SELECT id, department_id FROM services').all() as {
		id: number;
		department_id: number;
	}[];
	const windows = app.db.prepare('SELECT id FROM windows').pluck().all() as number[];
	log = randomLog(services, windows);
	const insert = app.db.prepare(insertSql);
	app.db.transaction(() => log.forEach((row) => insert.run(...row)))();
});

afterAll(() => {
	testbed.close();
});

const ranges: [string, StatsRange][] = [
	...DAYS.map((d, i): [string, StatsRange] => [
		d,
		{
			locationId: 1,
			from: midnight(d),
			to: i < 3 ? midnight(DAYS[i + 1]!) : midnight(d) + 24 * HOUR,
			timeZone: TZ
		}
	]),
	[
		'all four days',
		{
			locationId: 1,
			from: midnight(DAYS[0]!),
			to: midnight('2026-03-30') + 24 * HOUR,
			timeZone: TZ
		}
	],
	[
		'Saturday to Sunday',
		{ locationId: 1, from: midnight(DAYS[1]!), to: midnight(DAYS[3]!), timeZone: TZ }
	],
	[
		'5 January to 19 March (days, a 32-day block, days)',
		{ locationId: 1, from: midnight(WINTER[0]), to: midnight(WINTER[1]), timeZone: TZ }
	]
];

/** The reference's stats per key and measure, as the queries return them. */
function expected(intervals: RefInterval[], key: (i: RefInterval) => unknown) {
	const groups = new Map<string, number[]>();
	for (const i of intervals) {
		const k = JSON.stringify([key(i), i.measure]);
		groups.set(k, [...(groups.get(k) ?? []), i.ms]);
	}
	return new Map([...groups].map(([k, ms]) => [k, referenceStats(ms)]));
}

function actual(
	rows: { measure: string; count: number; mean: number; median: number; p90: number }[],
	key: string
) {
	return new Map(
		rows.map((r) => [
			JSON.stringify([(r as unknown as Record<string, unknown>)[key] ?? null, r.measure]),
			{ count: r.count, mean: r.mean, median: r.median, p90: r.p90 }
		])
	);
}

/** The whole location, and two of its departments (a manager's scope). */
const scopes: [string, number[] | undefined][] = [
	['the whole location', undefined],
	['departments 1 and 3', [1, 3]]
];

describe.each(
	ranges.flatMap(([name, range]) =>
		scopes.map(([scope, departmentIds]): [string, StatsRange] => [
			`${name}, ${scope}`,
			{ ...range, departmentIds }
		])
	)
)('the roll-up over %s', (_name, range) => {
	const inScope = (departmentId: number | null) =>
		!range.departmentIds || range.departmentIds.includes(departmentId ?? 0);
	const ref = () =>
		referenceIntervals(app.db, 1, range.from, range.to).filter((i) => inScope(i.department_id));

	it('has intervals to compare (the random log is not empty here)', () => {
		expect(ref().length).toBeGreaterThan(20);
	});

	it('gives exactly the event log’s mean, median and p90 for every breakdown', () => {
		const intervals = ref();
		expect(actual(durationsOverall(app.db, range), 'none')).toEqual(
			expected(intervals, () => null)
		);
		expect(actual(durationsByDepartment(app.db, range), 'departmentId')).toEqual(
			expected(intervals, (i) => i.department_id)
		);
		expect(actual(durationsByService(app.db, range), 'serviceId')).toEqual(
			expected(intervals, (i) => i.service_id)
		);
		expect(actual(durationsByWindow(app.db, range), 'windowId')).toEqual(
			expected(intervals, (i) => i.window_id)
		);
		expect(actual(durationsByStaff(app.db, range), 'staffId')).toEqual(
			expected(intervals, (i) => i.staff_id)
		);
		expect(actual(durationsByPriority(app.db, range), 'priority')).toEqual(
			expected(intervals, (i) => i.priority)
		);
		expect(actual(durationsByHour(app.db, range), 'hour')).toEqual(
			expected(intervals, (i) => localHour(i.began))
		);
		expect(actual(durationsByWeekday(app.db, range), 'weekday')).toEqual(
			expected(intervals, (i) => localWeekday(i.began))
		);
	});

	it('counts service levels, visit outcomes and the heatmap as the event log does', () => {
		const waits = ref().filter((i) => i.measure === 'wait');
		const services = [...new Set(waits.map((w) => w.service_id))].sort((a, b) => a - b);
		expect(serviceLevels(app.db, range)).toEqual(
			services.map((id) => ({
				serviceId: id,
				calls: waits.filter((w) => w.service_id === id).length,
				withinTarget: waits.filter((w) => w.service_id === id && w.ms <= 15 * 60_000).length,
				targetMinutes: 15,
				targetShare: 80
			}))
		);
		const inRange = new Set(
			log
				.filter((e) => e[1] === 'ticket_issued' && e[0] >= range.from && e[0] < range.to)
				.map((e) => e[2])
		);
		// A ticket's events follow each other in the log; a transfer counts where it was served.
		const count = (type: string) =>
			log.filter(
				(e, i) =>
					e[1] === type &&
					inRange.has(e[2]) &&
					inScope(type === 'ticket_transferred' ? log[i - 1]![5] : e[5])
			).length;
		const issued = log.filter(
			(e) => e[1] === 'ticket_issued' && inRange.has(e[2]) && inScope(e[5])
		);
		expect(visitRates(app.db, range)).toEqual({
			tickets: issued.length,
			noShows: count('ticket_no_show'),
			transfers: count('ticket_transferred'),
			cancelled: count('ticket_cancelled'),
			// This history has no chosen calls; console-order.test.ts counts those.
			outOfOrder: 0,
			closed: count('ticket_closed')
		});
		const cells = new Map<string, number>();
		for (const e of issued) {
			const k = `${localWeekday(e[0])}/${localHour(e[0])}`;
			cells.set(k, (cells.get(k) ?? 0) + 1);
		}
		const heat = ticketHeatmap(app.db, range);
		expect(new Map(heat.map((c) => [`${c.weekday}/${c.hour}`, c.tickets]))).toEqual(cells);
	});
});

describe('the roll-up’s own bookkeeping', () => {
	it('reads the January to March range as single days, one 32-day block, single days', () => {
		// 5 January 2026 is day 20 458 since 1970-01-01, 19 March day 20 531; block 640 holds
		// days 20 480 to 20 511.
		const range = {
			locationId: 1,
			from: midnight(WINTER[0]),
			to: midnight(WINTER[1]),
			timeZone: TZ
		};
		expect(periods(daySpan(range))).toEqual([
			[0, 20_458, 20_479],
			[1, 640, 640],
			[0, 20_512, 20_531]
		]);
	});

	it('classes every duration as the query side does', () => {
		const rows = app.db.prepare('SELECT ms, bin FROM stats_interval').all() as {
			ms: number;
			bin: number;
		}[];
		expect(rows.length).toBeGreaterThan(300);
		for (const r of rows) expect([r.ms, r.bin]).toEqual([r.ms, durationClass(r.ms)]);
		expect(new Set(rows.map((r) => r.ms))).toContain(65_536_000);
	});

	it('knows Warsaw’s offset from UTC at every clock change from 2000 to 2100', () => {
		const offsetAt = app.db.prepare(
			'SELECT offset_ms FROM stats_utc_offset WHERE from_at <= ? ORDER BY from_at DESC LIMIT 1'
		);
		const changes = app.db
			.prepare('SELECT from_at FROM stats_utc_offset WHERE from_at > 0')
			.pluck()
			.all() as number[];
		const intl = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, timeZoneName: 'shortOffset' });
		const offset = (at: number) => {
			const name = intl.formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')!.value;
			return Number(name.replace('GMT', '')) * HOUR;
		};
		const probes = changes
			.filter((c) => c >= Date.parse('2000-01-01') && c < Date.parse('2101-01-01'))
			.flatMap((c) => [c - 1, c, c + 30 * 86_400_000]);
		expect(probes.length).toBe(101 * 2 * 3);
		for (const at of probes) expect([at, offsetAt.pluck().get(at)]).toEqual([at, offset(at)]);
	});

	it('backfills an existing database to the same rows the triggers write', () => {
		const old = new Database(path.join(testbed.dir, 'old.sqlite'));
		migrate(
			old,
			MIGRATIONS.filter((m) => m.version < 8)
		);
		const insert = old.prepare(insertSql);
		old.transaction(() => log.forEach((row) => insert.run(...row)))();
		migrate(old);
		// The summary rows follow the intervals after each command (stats/bins.ts).
		catchUpBins(app.db);
		for (const table of [
			'stats_ticket',
			'stats_interval',
			'stats_bins',
			'stats_department_bins',
			'stats_slots',
			'stats_visits',
			'stats_closed'
		]) {
			const all = (db: Database.Database) => {
				const columns = db.prepare(`SELECT * FROM ${table}`).columns().length;
				const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
				return db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all();
			};
			expect(all(old)).toEqual(all(app.db));
		}
		old.close();
	});
});
