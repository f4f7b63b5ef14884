/**
 * The one module that reads and writes `summons` and `summons_recipients` (migration 029):
 * summoning a specialist to the front desk. A summons and its recipients are written together.
 */
import type { Db } from '../open';
import type { Summons, SummonsRecipient } from '../../queue/summons';

const COLUMNS = `id, summoned_by AS summonedBy, window_id AS windowId, department_id AS departmentId,
	target_staff_id AS targetStaffId, service_id AS serviceId, note, state, sent_at AS sentAt,
	accepted_by AS acceptedBy, accepted_at AS acceptedAt, arrived_at AS arrivedAt,
	ended_at AS endedAt`;

type Row = Omit<Summons, 'recipients'>;

/** A period's summons for the statistics: times only, no note, no names. */
export type SummonsReportRow = Pick<
	Summons,
	'departmentId' | 'state' | 'sentAt' | 'acceptedAt' | 'arrivedAt'
>;

/** How far back a console's join looks for summons still worth showing (ended ones fade). */
export const SUMMONS_RECENT_MS = 30 * 60_000;

export class SummonsRepository {
	private readonly q;

	constructor(private readonly db: Db) {
		this.q = {
			insert: db.prepare(
				`INSERT INTO summons (summoned_by, window_id, department_id, target_staff_id, service_id,
				   note, state, sent_at, accepted_by, accepted_at, arrived_at, ended_at)
				 VALUES (@summonedBy, @windowId, @departmentId, @targetStaffId, @serviceId, @note, @state,
				   @sentAt, @acceptedBy, @acceptedAt, @arrivedAt, @endedAt)`
			),
			insertRecipient: db.prepare(
				`INSERT INTO summons_recipients (summons_id, staff_id, declined_at, reason)
				 VALUES (?, ?, ?, ?)`
			),
			update: db.prepare(
				`UPDATE summons SET state = @state, accepted_by = @acceptedBy, accepted_at = @acceptedAt,
				   arrived_at = @arrivedAt, ended_at = @endedAt WHERE id = @id`
			),
			updateRecipient: db.prepare(
				`UPDATE summons_recipients SET declined_at = ?, reason = ?
				 WHERE summons_id = ? AND staff_id = ?`
			),
			one: db.prepare(`SELECT ${COLUMNS} FROM summons WHERE id = ?`),
			recipients: db.prepare(
				`SELECT staff_id AS staffId, declined_at AS declinedAt, reason
				 FROM summons_recipients WHERE summons_id = ? ORDER BY staff_id`
			),
			// Sent by or to a person, since an instant (open ones are always recent: they expire).
			involving: db.prepare(
				`SELECT ${COLUMNS} FROM summons WHERE sent_at >= @since AND (summoned_by = @staffId
				   OR id IN (SELECT summons_id FROM summons_recipients WHERE staff_id = @staffId))
				 ORDER BY sent_at, id`
			),
			forgetNotes: db.prepare(`UPDATE summons SET note = '' WHERE note <> '' AND sent_at < ?`),
			dueBefore: db.prepare(
				`SELECT ${COLUMNS} FROM summons WHERE state = 'sent' AND sent_at <= ? ORDER BY id`
			),
			report: db.prepare(
				`SELECT s.department_id AS departmentId, s.state, s.sent_at AS sentAt,
				   s.accepted_at AS acceptedAt, s.arrived_at AS arrivedAt
				 FROM summons s JOIN windows w ON w.id = s.window_id
				 WHERE w.location_id = ? AND s.sent_at >= ? AND s.sent_at < ? ORDER BY s.sent_at`
			)
		};
	}

	insert(summons: Omit<Summons, 'id'>): Summons {
		return this.db.transaction(() => {
			const { recipients, ...row } = summons;
			const id = Number(this.q.insert.run(row).lastInsertRowid);
			for (const r of recipients) this.q.insertRecipient.run(id, r.staffId, r.declinedAt, r.reason);
			return { ...summons, id };
		})();
	}

	/** Writes a changed summons: its state and times, and each recipient's refusal. */
	update(summons: Summons): void {
		this.db.transaction(() => {
			const { recipients, ...row } = summons;
			this.q.update.run({
				id: row.id,
				state: row.state,
				acceptedBy: row.acceptedBy,
				acceptedAt: row.acceptedAt,
				arrivedAt: row.arrivedAt,
				endedAt: row.endedAt
			});
			for (const r of recipients) {
				this.q.updateRecipient.run(r.declinedAt, r.reason, row.id, r.staffId);
			}
		})();
	}

	byId(id: number): Summons | null {
		const row = this.q.one.get(id) as Row | undefined;
		return row ? this.withRecipients(row) : null;
	}

	involving(staffId: number, since: number): Summons[] {
		return (this.q.involving.all({ staffId, since }) as Row[]).map((r) => this.withRecipients(r));
	}

	/** Summons still waiting for an answer that were sent at or before `sentBefore`. */
	unansweredSince(sentBefore: number): Summons[] {
		return (this.q.dueBefore.all(sentBefore) as Row[]).map((r) => this.withRecipients(r));
	}

	/** The summons to the windows of a location sent in [from, to). */
	report(locationId: number, from: number, to: number): SummonsReportRow[] {
		return this.q.report.all(locationId, from, to) as SummonsReportRow[];
	}

	private withRecipients(row: Row): Summons {
		return { ...row, recipients: this.q.recipients.all(row.id) as SummonsRecipient[] };
	}

	/** Blanks the notes of the summons sent before an instant; answers how many. */
	forgetNotes(before: number): number {
		return this.q.forgetNotes.run(before).changes;
	}
}
