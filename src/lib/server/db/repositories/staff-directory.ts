/**
 * The one module that reads and writes `staff_directory` (migration 028): each person's phone
 * extension, room and the presence they (or their manager) set. A person without a row has
 * neither extension nor room and is in the office.
 */
import type { SetPresence } from '$lib/shared/directory';
import type { Db } from '../open';

export interface DirectoryRecord {
	staffId: number;
	extension: string;
	room: string;
	presence: SetPresence;
	absentUntil: string | null;
}

interface Row {
	staff_id: number;
	extension: string;
	room: string;
	presence: SetPresence;
	absent_until: string | null;
}

const toRecord = (r: Row): DirectoryRecord => ({
	staffId: r.staff_id,
	extension: r.extension,
	room: r.room,
	presence: r.presence,
	absentUntil: r.absent_until
});

export const blankRecord = (staffId: number): DirectoryRecord => ({
	staffId,
	extension: '',
	room: '',
	presence: 'in_office',
	absentUntil: null
});

export class StaffDirectoryRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			all: db.prepare('SELECT * FROM staff_directory'),
			one: db.prepare('SELECT * FROM staff_directory WHERE staff_id = ?'),
			contact: db.prepare(
				`INSERT INTO staff_directory (staff_id, extension, room) VALUES (@staffId, @extension, @room)
				 ON CONFLICT (staff_id) DO UPDATE SET extension = excluded.extension, room = excluded.room`
			),
			presence: db.prepare(
				`INSERT INTO staff_directory (staff_id, presence, absent_until, presence_by, presence_at)
				 VALUES (@staffId, @presence, @absentUntil, @by, @at)
				 ON CONFLICT (staff_id) DO UPDATE SET presence = excluded.presence,
				   absent_until = excluded.absent_until, presence_by = excluded.presence_by,
				   presence_at = excluded.presence_at`
			)
		};
	}

	/** Every record by person: one small table (a row per staff member at most), read at once. */
	all(): Map<number, DirectoryRecord> {
		return new Map((this.q.all.all() as Row[]).map((r) => [r.staff_id, toRecord(r)]));
	}

	of(staffId: number): DirectoryRecord {
		const row = this.q.one.get(staffId) as Row | undefined;
		return row ? toRecord(row) : blankRecord(staffId);
	}

	setContact(staffId: number, extension: string, room: string): void {
		this.q.contact.run({ staffId, extension, room });
	}

	setPresence(
		staffId: number,
		presence: SetPresence,
		absentUntil: string | null,
		by: number,
		at: number
	): void {
		this.q.presence.run({ staffId, presence, absentUntil, by, at });
	}
}
