/** The one module that reads and writes `question_notes` (migration 031): the staff's question log. */
import type { Db } from '../open';

export type NoteKind = 'question' | 'problem';

export interface QuestionNote {
	id: number;
	locationId: number;
	kind: NoteKind;
	text: string;
	serviceId: number | null;
	departmentId: number | null;
	createdAt: number;
}

interface Row {
	id: number;
	location_id: number;
	kind: NoteKind;
	text: string;
	service_id: number | null;
	department_id: number | null;
	created_at: number;
}

const toNote = (r: Row): QuestionNote => ({
	id: r.id,
	locationId: r.location_id,
	kind: r.kind,
	text: r.text,
	serviceId: r.service_id,
	departmentId: r.department_id,
	createdAt: r.created_at
});

export class QuestionNoteRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			insert: db.prepare(
				`INSERT INTO question_notes (location_id, kind, text, service_id, department_id, created_at)
				 VALUES (?, ?, ?, ?, ?, ?)`
			),
			inPeriod: db.prepare(
				`SELECT * FROM question_notes WHERE location_id = ? AND created_at >= ? AND created_at < ?
				 ORDER BY created_at DESC, id DESC`
			)
		};
	}

	insert(note: Omit<QuestionNote, 'id'>): number {
		const n = note;
		return Number(
			this.q.insert.run(n.locationId, n.kind, n.text, n.serviceId, n.departmentId, n.createdAt)
				.lastInsertRowid
		);
	}

	/** A location's notes written in [from, to), newest first. */
	inPeriod(locationId: number, from: number, to: number): QuestionNote[] {
		return (this.q.inPeriod.all(locationId, from, to) as Row[]).map(toNote);
	}
}
