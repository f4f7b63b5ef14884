/**
 * The satisfaction survey on a real SQLite file: one response per finished visit through the
 * kiosk and web channels, paper forms, and anonymity by construction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { testApp, type TestApp } from '../support/test-app';
import { DomainError, type Ticket } from '../../src/lib/server/queue';
import { tokenHash } from '../../src/lib/server/survey/tokens';
import { SYSTEM } from '../support/principals';
import type { ZodError } from 'zod';
import { paperDayProblem, paperSurveyRequest } from '../../src/lib/shared/survey';

let testbed: TestApp;
let app: App;
let now = Date.parse('2026-11-23T09:00:00Z');

/** A ticket issued, called, served and finished at window 4 (Civic Affairs). */
function finishedVisit(): Ticket {
	const serviceId = app.db
		.prepare("SELECT id FROM services WHERE code = 'SO'")
		.pluck()
		.get() as number;
	const windowId = app.db
		.prepare("SELECT id FROM windows WHERE label = '4'")
		.pluck()
		.get() as number;
	app.queue.issueTicket({ locationId: 1, serviceId, priority: null });
	app.desk.act({ windowId, action: 'call' }, SYSTEM);
	app.desk.act({ windowId, action: 'start' }, SYSTEM);
	return app.desk.act({ windowId, action: 'finish' }, SYSTEM).ticket as unknown as Ticket;
}

function ticketByNumber(number: string): Ticket {
	return app.tickets.byId(
		app.db.prepare('SELECT id FROM tickets WHERE number = ?').pluck().get(number) as number
	)!;
}

const answers = {
	A: { satisfied: true, comment: null },
	E: { satisfied: false, comment: 'Długo czekałam.' }
};

beforeEach(() => {
	testbed = testApp({
		clock: () => now
	});
	app = testbed.app;
});
afterEach(() => {
	testbed.close();
});

describe('invitations', () => {
	it('open when a visit ends, prefill its department, and take exactly one response', () => {
		const done = ticketByNumber(finishedVisit().number);
		const token = app.surveys.tokenFor(done);
		expect(app.views.publicTicketOf(done).surveyToken).toBe(token);
		const invitation = app.surveys.invitation(token)!;
		expect(invitation.departmentIds).toEqual([done.departmentId]);

		app.surveys.respond({
			token,
			channel: 'web',
			answers,
			suggestions: 'Więcej krzeseł',
			departmentIds: [done.departmentId]
		});
		expect(() =>
			app.surveys.respond({
				token,
				channel: 'kiosk',
				answers,
				suggestions: null,
				departmentIds: []
			})
		).toThrow(DomainError);
		expect(app.db.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(1);
		const rows = app.db
			.prepare('SELECT item, satisfied, comment FROM survey_answers ORDER BY item')
			.all();
		expect(rows).toEqual([
			{ item: 'A', satisfied: 1, comment: null },
			{ item: 'E', satisfied: 0, comment: 'Długo czekałam.' }
		]);
	});

	it('do not exist for a visit that is not over, and expire after a week', () => {
		const serviceId = app.db
			.prepare("SELECT id FROM services WHERE code = 'SO'")
			.pluck()
			.get() as number;
		const waiting = app.queue.issueTicket({ locationId: 1, serviceId, priority: null }).ticket!;
		expect(app.surveys.invitation(app.surveys.tokenFor(waiting))).toBeNull();
		expect(app.views.publicTicketOf(waiting).surveyToken).toBeNull();

		const done = finishedVisit();
		const token = app.surveys.tokenFor(ticketByNumber(done.number));
		now += 7 * 24 * 60 * 60 * 1000;
		expect(app.surveys.invitation(token)).toBeNull();
		expect(app.surveys.forgetExpired()).toBe(1);
	});

	it('refuse departments of another location and leave the invitation open', () => {
		const token = app.surveys.tokenFor(ticketByNumber(finishedVisit().number));
		expect(() =>
			app.surveys.respond({
				token,
				channel: 'web',
				answers,
				suggestions: null,
				departmentIds: [9999]
			})
		).toThrow(DomainError);
		expect(app.surveys.invitation(token)).not.toBeNull();
	});
});

describe('paper forms', () => {
	it('are recorded with the paper channel, and a future date is refused', () => {
		app.surveys.recordPaper({
			locationId: 1,
			day: '2026-11-20',
			answers,
			suggestions: null,
			departmentIds: [1, 2]
		});
		expect(app.db.prepare('SELECT channel, day FROM survey_responses').get()).toEqual({
			channel: 'paper',
			day: '2026-11-20'
		});
	});

	it('refuse a future date and a blank form, as field problems, and record nothing', () => {
		const paper =
			(day: string, a: object, suggestions: string | null = null) =>
			() =>
				app.surveys.recordPaper({
					locationId: 1,
					day,
					answers: a,
					suggestions,
					departmentIds: [1]
				});
		const refusal = (work: () => void) => {
			try {
				work();
			} catch (err) {
				return (err as ZodError).issues.map((i) => [i.path.join('.'), i.message]);
			}
			throw new Error('expected a refusal');
		};
		now = Date.parse('2026-11-23T09:00:00Z'); // today at the office: the 24th is tomorrow
		expect(refusal(paper('2026-11-24', answers))).toEqual([['day', 'survey.paper.day_future']]);
		expect(refusal(paper('2026-11-20', {}))).toEqual([['', 'survey.paper.empty']]);
		expect(refusal(paper('2026-11-20', { A: { satisfied: null, comment: null } }, null))).toEqual([
			['', 'survey.paper.empty']
		]);
		expect(app.db.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(0);
		// Today itself, and a form with only a suggestion (H), are fine.
		paper('2026-11-23', {}, 'Więcej ławek')();
		expect(app.db.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(1);
	});

	it('the request schema refuses a blank form with its message key', () => {
		const r = paperSurveyRequest.safeParse({
			locationId: 1,
			day: '2026-11-20',
			departmentIds: [1]
		});
		expect(r.error?.issues.map((i) => i.message)).toEqual(['survey.paper.empty']);
		expect(paperDayProblem('', '2026-11-23')).toBe('survey.paper.day_empty');
		expect(paperDayProblem('2026-02-30', '2026-11-23')).toBe('survey.paper.day_invalid');
		expect(paperDayProblem('2026-11-23', '2026-11-23')).toBeNull();
	});
});

describe('anonymity', () => {
	it('keeps no column that could identify a respondent', () => {
		const columns = (table: string) =>
			(app.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])
				.map((c) => c.name)
				.sort();
		// Only the office day, the location, the department(s), the channel and the answers.
		expect(columns('survey_responses')).toEqual([
			'channel',
			'day',
			'id',
			'location_id',
			'suggestions'
		]);
		expect(columns('survey_answers')).toEqual(['comment', 'item', 'response_id', 'satisfied']);
		expect(columns('survey_response_departments')).toEqual(['department_id', 'response_id']);
		// The invitation holds a hash, no ticket, and is gone once used.
		expect(columns('survey_invitations')).toEqual([
			'day',
			'department_ids_json',
			'expires_at',
			'location_id',
			'token_hash'
		]);

		const done = ticketByNumber(finishedVisit().number);
		const token = app.surveys.tokenFor(done);
		const stored = app.db.prepare('SELECT * FROM survey_invitations').all();
		expect(JSON.stringify(stored)).not.toContain(done.code);
		expect(JSON.stringify(stored)).not.toContain(done.number);
		expect(JSON.stringify(stored)).not.toContain(token);
		expect(JSON.stringify(stored)).toContain(tokenHash(token));
		app.surveys.respond({ token, channel: 'web', answers, suggestions: null, departmentIds: [] });
		expect(app.db.prepare('SELECT count(*) FROM survey_invitations').pluck().get()).toBe(0);
	});
});
