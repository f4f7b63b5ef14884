import type { Db } from '../open';
import { DEFAULT_BOOKING_POLICY, type BookingPolicy, type InterpreterStretch } from '../../queue';

/** A stretch of the interpreter's week as stored, with its row id (for editing it). */
export interface InterpreterHoursRow extends InterpreterStretch {
	id: number;
	locationId: number;
}

/** The one module that reads and writes booking_policies and interpreter_hours (migration 025). */
export class BookingSettingsRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			policy: db.prepare(
				`SELECT ahead_days AS aheadDays, interpreter_notice_days AS interpreterNoticeDays,
				   check_in_early_minutes AS checkInEarlyMinutes, check_in_grace_minutes AS checkInGraceMinutes
				 FROM booking_policies WHERE location_id = ?`
			),
			savePolicy: db.prepare(
				`INSERT INTO booking_policies (location_id, ahead_days, interpreter_notice_days,
				   check_in_early_minutes, check_in_grace_minutes)
				 VALUES (@locationId, @aheadDays, @interpreterNoticeDays, @checkInEarlyMinutes, @checkInGraceMinutes)
				 ON CONFLICT (location_id) DO UPDATE SET ahead_days = excluded.ahead_days,
				   interpreter_notice_days = excluded.interpreter_notice_days,
				   check_in_early_minutes = excluded.check_in_early_minutes,
				   check_in_grace_minutes = excluded.check_in_grace_minutes`
			),
			week: db.prepare(
				`SELECT id, location_id AS locationId, weekday, from_time AS "from", to_time AS "to", capacity
				 FROM interpreter_hours WHERE location_id = ? ORDER BY weekday, from_time, id`
			),
			stretch: db.prepare(
				`SELECT id, location_id AS locationId, weekday, from_time AS "from", to_time AS "to", capacity
				 FROM interpreter_hours WHERE id = ?`
			),
			add: db.prepare(
				`INSERT INTO interpreter_hours (location_id, weekday, from_time, to_time, capacity)
				 VALUES (@locationId, @weekday, @from, @to, @capacity)`
			),
			update: db.prepare(
				`UPDATE interpreter_hours SET weekday = @weekday, from_time = @from, to_time = @to,
				   capacity = @capacity WHERE id = @id`
			),
			remove: db.prepare('DELETE FROM interpreter_hours WHERE id = ?')
		};
	}

	/** The location's booking policy: its own, else the defaults. */
	policy(locationId: number): BookingPolicy {
		const own = this.q.policy.get(locationId) as BookingPolicy | undefined;
		return own ?? DEFAULT_BOOKING_POLICY;
	}

	/** Whether the location has set its own policy (the page says "default" otherwise). */
	hasOwnPolicy(locationId: number): boolean {
		return this.q.policy.get(locationId) !== undefined;
	}

	savePolicy(locationId: number, policy: BookingPolicy): void {
		this.q.savePolicy.run({ locationId, ...policy });
	}

	/** The interpreter's week at a location. */
	interpreterWeek(locationId: number): InterpreterHoursRow[] {
		return this.q.week.all(locationId) as InterpreterHoursRow[];
	}

	interpreterStretch(id: number): InterpreterHoursRow | null {
		return (this.q.stretch.get(id) as InterpreterHoursRow | undefined) ?? null;
	}

	addInterpreterStretch(locationId: number, s: InterpreterStretch): number {
		return Number(this.q.add.run({ locationId, ...s }).lastInsertRowid);
	}

	updateInterpreterStretch(id: number, s: InterpreterStretch): void {
		this.q.update.run({ id, ...s });
	}

	deleteInterpreterStretch(id: number): void {
		this.q.remove.run(id);
	}
}
