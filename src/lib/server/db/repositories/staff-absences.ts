/** The one module that reads and writes `staff_absences` (migration 028): planned absences. */
import type { AbsenceDto } from '$lib/shared/directory';
import type { Db } from '../open';

interface Row {
	id: number;
	staff_id: number;
	from_day: string;
	to_day: string;
}

const toAbsence = (r: Row): AbsenceDto => ({
	id: r.id,
	staffId: r.staff_id,
	from: r.from_day,
	to: r.to_day
});

export class StaffAbsenceRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			// Absences that have not ended yet: the past ones never change anyone's presence again.
			current: db.prepare('SELECT * FROM staff_absences WHERE to_day >= ? ORDER BY from_day, id'),
			one: db.prepare('SELECT * FROM staff_absences WHERE id = ?'),
			insert: db.prepare(
				`INSERT INTO staff_absences (staff_id, from_day, to_day, created_by, created_at)
				 VALUES (?, ?, ?, ?, ?)`
			),
			remove: db.prepare('DELETE FROM staff_absences WHERE id = ?')
		};
	}

	/** Every absence ending on `today` or later. */
	current(today: string): AbsenceDto[] {
		return (this.q.current.all(today) as Row[]).map(toAbsence);
	}

	byId(id: number): AbsenceDto | null {
		const row = this.q.one.get(id) as Row | undefined;
		return row ? toAbsence(row) : null;
	}

	insert(staffId: number, from: string, to: string, by: number, at: number): number {
		return Number(this.q.insert.run(staffId, from, to, by, at).lastInsertRowid);
	}

	remove(id: number): void {
		this.q.remove.run(id);
	}
}
