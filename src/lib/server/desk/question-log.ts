/**
 * The staff's log of frequent questions and problem situations (issue 15, SR-26): a short note
 * from the console, tagged with the matter, refused when it holds obvious personal data
 * (queue/personal-data.ts), summed up by matter for heads of unit at /manage.
 */
import { z } from 'zod';
import type { Principal } from '../auth/guard';
import { requireWindow } from '../auth/scope';
import type { QuestionNote, QuestionNoteRepository } from '../db/repositories/question-notes';
import type { OfficeRepository } from '../office/repository';
import { DomainError, personalDataIn } from '../queue';
import type { StatsRange } from '../stats/queries';

export const NOTE_MIN = 3;
export const NOTE_MAX = 500;

/** The console's note as it arrives (the length and the personal data are the log's rules). */
export const noteRequest = z.strictObject({
	windowId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
	kind: z.enum(['question', 'problem']),
	serviceId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
	text: z.string().max(4 * NOTE_MAX)
});
export type NoteRequest = z.infer<typeof noteRequest>;

/** One matter's line of the summary (serviceId null: notes with no matter). */
export interface NoteSummaryRow {
	serviceId: number | null;
	departmentId: number | null;
	questions: number;
	problems: number;
}

export class QuestionLog {
	constructor(
		private readonly office: OfficeRepository,
		private readonly notes: QuestionNoteRepository,
		private readonly clock: () => number
	) {}

	/** A clerk's note from the console of a window they may operate. */
	record(principal: Principal, request: NoteRequest): number {
		const window = this.office.window(request.windowId);
		if (!window) throw new DomainError('not_found', { what: 'window' });
		requireWindow({ office: this.office }, principal, request.windowId);
		const text = request.text.trim().replace(/\s+/g, ' ');
		if (text.length < NOTE_MIN || text.length > NOTE_MAX) {
			throw new DomainError('invalid_input', { field: 'text', reason: 'note_length' });
		}
		const found = personalDataIn(text);
		if (found) throw new DomainError('invalid_input', { field: 'text', reason: found });
		const service = request.serviceId === null ? null : this.office.service(request.serviceId);
		if (request.serviceId !== null && service?.departmentId === undefined) {
			throw new DomainError('not_found', { what: 'service' });
		}
		const department = service ? this.office.department(service.departmentId) : null;
		if (department && department.locationId !== window.locationId) {
			throw new DomainError('invalid_input', { field: 'serviceId' });
		}
		return this.notes.insert({
			locationId: window.locationId,
			kind: request.kind,
			text,
			serviceId: service?.id ?? null,
			departmentId: department?.id ?? null,
			createdAt: this.clock()
		});
	}

	/**
	 * The notes of a period a head of unit may read: their departments' matters and the notes
	 * with no matter (admins: all).
	 */
	notesIn(range: StatsRange): QuestionNote[] {
		const scope = range.departmentIds;
		return this.notes
			.inPeriod(range.locationId, range.from, range.to)
			.filter((n) => !scope || n.departmentId === null || scope.includes(n.departmentId));
	}

	/** Counts by matter, the most noted first. */
	summary(range: StatsRange): NoteSummaryRow[] {
		const rows = new Map<number | null, NoteSummaryRow>();
		for (const n of this.notesIn(range)) {
			const row = rows.get(n.serviceId) ?? {
				serviceId: n.serviceId,
				departmentId: n.departmentId,
				questions: 0,
				problems: 0
			};
			if (n.kind === 'question') row.questions++;
			else row.problems++;
			rows.set(n.serviceId, row);
		}
		return [...rows.values()].sort((a, b) => b.questions + b.problems - (a.questions + a.problems));
	}
}
