/**
 * Issue 18 §2: a console's view is built from its window's own queue heads and the counts kept
 * with every change (desk/staff-view.ts), never from the location's whole queue. On a real
 * SQLite file, over random queues (matters, priority groups, equal issue times) and after random
 * calls, chosen calls, finishes, no-shows, returns, transfers and restores, it must equal the view
 * built by the first, simple definition from the whole queue (tests/support/console-reference.ts)
 * for every window, including the count beyond the listed CONSOLE_QUEUE_LIMIT.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/lib/server/app';
import { openDatabase } from '../../src/lib/server/db/open';
import { seedOffice } from '../../src/lib/server/office/seed';
import { DomainError, PRIORITY_GROUPS } from '../../src/lib/server/queue';
import { CONSOLE_QUEUE_LIMIT } from '../../src/lib/shared/vocabulary';
import type { WindowActionRequest } from '../../src/lib/shared/schemas';
import { consoleFromWholeQueue } from '../support/console-reference';

let dir: string;
let template: string;

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-console-view-'));
	template = path.join(dir, 'template.sqlite');
	const db = openDatabase(template);
	seedOffice(db, {
		location: { slug: 't', name: 'T', week: {}, hoursEnforced: false, fairnessCap: 2 },
		floors: [{ floor: 0, pl: 'zielony', en: 'green', hex: '#1b7f3b' }],
		departments: [
			{
				key: 'a',
				kind: 'wydzial',
				pl: 'A',
				en: 'A',
				prefix: 'A',
				services: [
					{ code: 'A1', pl: 'A1', en: 'A1' },
					{ code: 'A2', pl: 'A2', en: 'A2' },
					{ code: 'A3', pl: 'A3', en: 'A3' }
				]
			},
			{
				key: 'b',
				kind: 'referat',
				pl: 'B',
				en: 'B',
				prefix: 'B',
				services: [{ code: 'B1', pl: 'B1', en: 'B1' }]
			}
		],
		windows: [
			{ label: '1', room: '001', services: ['A1', 'A2'] },
			{ label: '2', room: '002', services: ['A2', 'A1'] },
			{ label: '3', room: '003', services: ['A1'] },
			{ label: '4', room: '004', services: ['A2', 'A3'] },
			{ label: '5', room: '005', services: ['B1'] }
		]
	});
	db.close();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh app over a copy of the seeded office, its clock under the test's hand. */
function freshApp(run: number) {
	const databasePath = path.join(dir, `run-${run}.sqlite`);
	fs.copyFileSync(template, databasePath);
	const clock = { now: Date.parse('2026-11-23T08:00:00Z') };
	const app = createApp({
		config: { databasePath, seed: 'none', publicUrl: '' },
		clock: () => clock.now
	});
	const location = app.views.locations()[0]!.id;
	const services = app.office.services(location).map((s) => s.id);
	const windows = app.office.windows(location).map((w) => w.id);
	return { app, clock, location, services, windows, databasePath };
}

/** Every window's console view, by the server's path and by the whole queue. */
function expectSameViews(app: App, location: number, windows: number[]) {
	const staff = app.views.staffSnapshot(location);
	for (const windowId of windows) {
		expect(app.views.consoleSnapshot(windowId)).toEqual(consoleFromWholeQueue(staff, windowId));
	}
}

const priority = fc.oneof(
	{ arbitrary: fc.constant(null), weight: 4 },
	{ arbitrary: fc.constantFrom(...PRIORITY_GROUPS), weight: 1 }
);
/**
 * A ticket: its matter (by index: mostly A1 and A2, so that the windows serving them have more
 * waiting than a console lists), priority, whether it comes in the same millisecond, and for a
 * checked-in appointment (issue 14) its slot relative to now (come, or still to come).
 */
const newTicket = fc.tuple(
	fc.constantFrom(0, 0, 0, 1, 1, 2, 3),
	priority,
	fc.boolean(),
	fc.option(fc.integer({ min: -120_000, max: 120_000 }), { freq: 5, nil: null })
);
const step = fc.oneof(
	fc.record({ kind: fc.constant('issue' as const), ticket: newTicket }),
	fc.record({
		kind: fc.constantFrom(
			'call' as const,
			'finish' as const,
			'no_show' as const,
			'return' as const,
			'call_ticket' as const,
			'transfer' as const,
			'restore' as const
		),
		window: fc.nat(4),
		pick: fc.nat(200)
	})
);

describe('a console view built from its window’s own queue', () => {
	it('equals the view from the whole queue, for random queues and random actions', () => {
		let run = 0;
		fc.assert(
			fc.property(
				fc.array(newTicket, { maxLength: 3 * CONSOLE_QUEUE_LIMIT, size: 'max' }),
				fc.array(step, { maxLength: 30, size: 'max' }),
				(backlog, steps) => {
					const { app, clock, location, services, windows } = freshApp(run++);
					try {
						const issue = ([service, p, same, slot]: [
							number,
							(typeof PRIORITY_GROUPS)[number] | null,
							boolean,
							number | null
						]) => {
							if (!same) clock.now += 1_000;
							const req = { locationId: location, serviceId: services[service]!, priority: p };
							if (slot === null) app.queue.issueTicket(req);
							else app.queue.issueAppointment(req, clock.now + slot);
						};
						for (const t of backlog) issue(t);
						expectSameViews(app, location, windows);
						for (const s of steps) {
							if (s.kind === 'issue') {
								issue(s.ticket);
							} else {
								clock.now += 1_000;
								const windowId = windows[s.window]!;
								const current = app.tickets.currentOfWindow(windowId);
								const waiting = app.tickets.waiting(location);
								const missed = app.views.consoleSnapshot(windowId)!.missed;
								const request: WindowActionRequest =
									s.kind === 'call_ticket'
										? {
												windowId,
												action: s.kind,
												ticketId: waiting[s.pick % Math.max(1, waiting.length)]?.id ?? 1
											}
										: s.kind === 'restore'
											? {
													windowId,
													action: s.kind,
													ticketId: missed[s.pick % Math.max(1, missed.length)]?.id ?? 1
												}
											: s.kind === 'transfer'
												? {
														windowId,
														action: s.kind,
														ticketId: current?.id,
														serviceId: services[s.pick % services.length]!,
														note: 'Proszę o podpis.'
													}
												: { windowId, action: s.kind, ticketId: current?.id };
								try {
									app.queue.act(request, null);
								} catch (err) {
									// A refused action (busy window, nothing waiting…) changes nothing.
									if (!(err instanceof DomainError)) throw err;
								}
							}
							expectSameViews(app, location, windows);
						}
					} finally {
						app.close();
					}
				}
			),
			// Each run builds an office day; shrinking a failure would take minutes, so the first
			// counterexample is reported as found.
			{ numRuns: 30, endOnFailure: true }
		);
	});

	it('lists the first CONSOLE_QUEUE_LIMIT and counts the rest', () => {
		const { app, clock, location, services, windows } = freshApp(1000);
		try {
			for (let i = 0; i < CONSOLE_QUEUE_LIMIT + 30; i++) {
				clock.now += 1_000;
				app.queue.issueTicket({
					locationId: location,
					serviceId: services[i % 2]!,
					priority: i % 7 === 0 ? 'elderly' : null
				});
			}
			const view = app.views.consoleSnapshot(windows[0]!)!;
			expect(view.waiting).toHaveLength(CONSOLE_QUEUE_LIMIT);
			expect(view.waitingCount).toBe(CONSOLE_QUEUE_LIMIT + 30);
			expect(view.waitingPriorityCount).toBe(12);
			expectSameViews(app, location, windows);
		} finally {
			app.close();
		}
	});

	it('stays right when another connection changes the tickets (the counts are rebuilt)', () => {
		const { app, clock, location, services, windows, databasePath } = freshApp(1001);
		try {
			for (let i = 0; i < 12; i++) {
				clock.now += 1_000;
				app.queue.issueTicket({ locationId: location, serviceId: services[0]!, priority: null });
			}
			expectSameViews(app, location, windows);
			const other = new Database(databasePath);
			other
				.prepare(
					`UPDATE tickets SET state = 'cancelled', finished_at = ? WHERE id IN
					 (SELECT id FROM tickets WHERE state = 'waiting' ORDER BY id LIMIT 5)`
				)
				.run(clock.now);
			other.close();
			expect(app.views.consoleSnapshot(windows[0]!)!.waitingCount).toBe(7);
			expectSameViews(app, location, windows);
		} finally {
			app.close();
		}
	});
});
