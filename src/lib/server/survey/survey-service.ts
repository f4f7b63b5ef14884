import { ZodError } from 'zod';
import type { Db } from '../db/open';
import type { OfficeRepository } from '../office/repository';
import { DomainError, localTime, type Ticket } from '../queue';
import type {
	PaperSurveyRequest,
	SurveyInvitationDto,
	SurveyResponseRequest
} from '$lib/shared/survey';
import { SURVEY_ITEMS, hasAnswer, paperDayProblem } from '$lib/shared/survey';
import { surveyKey, surveyTokenFor, tokenHash } from './tokens';

/** An invitation stays open this long: the visitor may answer at home, on the phone. */
export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

interface InvitationRow {
	token_hash: string;
	location_id: number;
	day: string;
	department_ids_json: string;
	expires_at: number;
}

type Answers = SurveyResponseRequest['answers'];

/**
 * The satisfaction survey (Annex 3, SR-22–24). Three channels, one set of results. Anonymous:
 * a response keeps the office day, location, department(s) and channel, nothing else, and is
 * not linked to the invitation it used (the invitation is deleted).
 */
export class SurveyService {
	private readonly key: Buffer;

	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly clock: () => number
	) {
		this.key = surveyKey(db);
	}

	/** The token of a visit, for the link on the live ticket page. */
	tokenFor(ticket: Pick<Ticket, 'code'>): string {
		return surveyTokenFor(this.key, ticket.code);
	}

	/** Open the visit's invitation once it is over; returns its token. */
	invite(ticket: Ticket): string {
		const token = this.tokenFor(ticket);
		const departments = this.db
			.prepare(
				`SELECT DISTINCT department_id FROM events WHERE ticket_id = ?
				 AND type IN ('ticket_called', 'service_started', 'service_finished')
				 AND department_id IS NOT NULL ORDER BY department_id`
			)
			.pluck()
			.all(ticket.id) as number[];
		const now = this.clock();
		this.db
			.prepare(
				`INSERT OR IGNORE INTO survey_invitations
				 (token_hash, location_id, day, department_ids_json, expires_at) VALUES (?, ?, ?, ?, ?)`
			)
			.run(
				tokenHash(token),
				ticket.locationId,
				ticket.day,
				JSON.stringify(departments.length ? departments : [ticket.departmentId]),
				now + INVITATION_DAYS * DAY_MS
			);
		return token;
	}

	invitation(token: string): SurveyInvitationDto | null {
		const row = this.openInvitation(token);
		if (!row) return null;
		const location = this.office.location(row.location_id);
		if (!location) return null;
		return {
			token,
			location: { id: location.id, name: location.name },
			departmentIds: JSON.parse(row.department_ids_json) as number[],
			departments: this.office.departments(location.id).map((d) => ({ id: d.id, name: d.name }))
		};
	}

	/** A visitor's response through their visit's invitation, which it uses up. */
	respond(req: SurveyResponseRequest): void {
		this.db
			.transaction(() => {
				const row = this.openInvitation(req.token);
				if (!row) throw new DomainError('not_found', { what: 'survey' });
				this.db.prepare('DELETE FROM survey_invitations WHERE token_hash = ?').run(row.token_hash);
				this.record(
					row.location_id,
					row.day,
					req.channel,
					req.answers,
					req.suggestions,
					req.departmentIds
				);
			})
			.immediate();
	}

	/** A paper form typed in at the Kancelaria. */
	recordPaper(req: PaperSurveyRequest): void {
		const location = this.office.location(req.locationId);
		if (!location) throw new DomainError('not_found', { what: 'location' });
		const today = localTime(this.clock(), location.hours.timeZone).day;
		// Said as the form's own field problems, so the page can show them where they belong.
		const dayProblem = paperDayProblem(req.day, today);
		if (dayProblem) throw fieldRefusal(['day'], dayProblem, { today });
		if (!hasAnswer(req)) throw fieldRefusal([], 'survey.paper.empty');
		this.db
			.transaction(() => {
				this.record(location.id, req.day, 'paper', req.answers, req.suggestions, req.departmentIds);
			})
			.immediate();
	}

	/** Drop invitations nobody used in time. */
	forgetExpired(): number {
		return this.db.prepare('DELETE FROM survey_invitations WHERE expires_at <= ?').run(this.clock())
			.changes;
	}

	private openInvitation(token: string): InvitationRow | null {
		const row = this.db
			.prepare('SELECT * FROM survey_invitations WHERE token_hash = ?')
			.get(tokenHash(token)) as InvitationRow | undefined;
		return row && row.expires_at > this.clock() ? row : null;
	}

	private record(
		locationId: number,
		day: string,
		channel: 'kiosk' | 'web' | 'paper',
		answers: Answers,
		suggestions: string | null,
		departmentIds: number[]
	): void {
		const known = new Set(this.office.departments(locationId).map((d) => d.id));
		for (const id of departmentIds) {
			if (!known.has(id)) throw new DomainError('invalid_input', { field: 'departmentIds' });
		}
		const responseId = this.db
			.prepare(
				'INSERT INTO survey_responses (location_id, day, channel, suggestions) VALUES (?, ?, ?, ?)'
			)
			.run(locationId, day, channel, suggestions || null).lastInsertRowid;
		const answer = this.db.prepare(
			'INSERT INTO survey_answers (response_id, item, satisfied, comment) VALUES (?, ?, ?, ?)'
		);
		for (const item of SURVEY_ITEMS) {
			const a = answers[item];
			if (!a || (a.satisfied === null && !a.comment)) continue;
			answer.run(
				responseId,
				item,
				a.satisfied === null ? null : Number(a.satisfied),
				a.comment || null
			);
		}
		const dept = this.db.prepare(
			'INSERT INTO survey_response_departments (response_id, department_id) VALUES (?, ?)'
		);
		for (const id of new Set(departmentIds)) dept.run(responseId, id);
	}
}

/** A paper form's refusal as a validation issue: 400 with `issues`, like a schema's (errors.ts). */
function fieldRefusal(
	path: string[],
	message: string,
	params: Record<string, string> = {}
): ZodError {
	return new ZodError([{ code: 'custom', path, message, params, input: undefined }]);
}
