import type { Db } from '../open';
import type { InquiryChannel, InquiryState } from '../../queue';

/** An inquiry as stored (migration 027). */
export interface Inquiry {
	id: number;
	locationId: number;
	channel: InquiryChannel;
	question: string;
	phone: string | null;
	clientName: string | null;
	salutation: 'Pani' | 'Pan' | null;
	serviceId: number | null;
	departmentId: number | null;
	receivedBy: number;
	receivedAt: number;
	dueDay: string;
	dueAt: number;
	forwardedToStaff: number | null;
	forwardedToDepartment: number | null;
	forwardedAt: number | null;
	informedOn: string | null;
	answeredBy: number | null;
	answeredAt: number | null;
	closedAt: number | null;
	state: InquiryState;
	erasedAt: number | null;
}

export type NewInquiry = Pick<
	Inquiry,
	| 'locationId'
	| 'channel'
	| 'question'
	| 'phone'
	| 'clientName'
	| 'salutation'
	| 'serviceId'
	| 'departmentId'
	| 'receivedBy'
	| 'receivedAt'
	| 'dueDay'
	| 'dueAt'
>;

export type InquiryReportRow = Pick<
	Inquiry,
	| 'departmentId'
	| 'serviceId'
	| 'state'
	| 'receivedAt'
	| 'answeredAt'
	| 'informedOn'
	| 'dueDay'
	| 'dueAt'
>;

/** Which of the register's lists (the console's tabs). */
export type InquiryList = 'mine' | 'forwarded' | 'department' | 'overdue';

const COLUMNS = `id, location_id AS locationId, channel, question, phone, client_name AS clientName,
	salutation, service_id AS serviceId, department_id AS departmentId, received_by AS receivedBy,
	received_at AS receivedAt, due_day AS dueDay, due_at AS dueAt,
	forwarded_to_staff AS forwardedToStaff, forwarded_to_department AS forwardedToDepartment,
	forwarded_at AS forwardedAt, informed_on AS informedOn, answered_by AS answeredBy,
	answered_at AS answeredAt, closed_at AS closedAt, state, erased_at AS erasedAt`;

/** How many rows a list answers at most: a clerk's screen, not an export. */
export const INQUIRY_LIST_LIMIT = 200;

/** The one module that reads and writes inquiries. */
export class InquiryRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			insert: db.prepare(
				`INSERT INTO inquiries (location_id, channel, question, phone, client_name, salutation,
				   service_id, department_id, received_by, received_at, due_day, due_at)
				 VALUES (@locationId, @channel, @question, @phone, @clientName, @salutation,
				   @serviceId, @departmentId, @receivedBy, @receivedAt, @dueDay, @dueAt)`
			),
			byId: db.prepare(`SELECT ${COLUMNS} FROM inquiries WHERE id = ?`),
			forward: db.prepare(
				`UPDATE inquiries SET state = 'forwarded', forwarded_to_staff = @staffId,
				   forwarded_to_department = @departmentId, forwarded_at = @at,
				   department_id = COALESCE(@concerns, department_id)
				 WHERE id = @id`
			),
			answer: db.prepare(
				`UPDATE inquiries SET state = 'answered', informed_on = @informedOn,
				   answered_by = @staffId, answered_at = @at WHERE id = @id`
			),
			close: db.prepare(`UPDATE inquiries SET state = 'closed', closed_at = @at WHERE id = @id`),
			mine: db.prepare(
				`SELECT ${COLUMNS} FROM inquiries WHERE received_by = @staffId
				 ORDER BY state = 'closed', due_at LIMIT ${INQUIRY_LIST_LIMIT}`
			),
			forwarded: db.prepare(
				`SELECT ${COLUMNS} FROM inquiries
				 WHERE state IN ('forwarded', 'answered') AND (forwarded_to_staff = @staffId
				   OR (forwarded_to_staff IS NULL AND forwarded_to_department IN (SELECT value FROM json_each(@departmentIds))))
				 ORDER BY state = 'answered', due_at LIMIT ${INQUIRY_LIST_LIMIT}`
			),
			department: db.prepare(
				`SELECT ${COLUMNS} FROM inquiries
				 WHERE department_id IN (SELECT value FROM json_each(@departmentIds))
				 ORDER BY state = 'closed', due_at LIMIT ${INQUIRY_LIST_LIMIT}`
			),
			overdue: db.prepare(
				`SELECT ${COLUMNS} FROM inquiries
				 WHERE state IN ('received', 'forwarded') AND due_at <= @now ORDER BY due_at`
			),
			becameOverdue: db.prepare(
				`SELECT ${COLUMNS} FROM inquiries
				 WHERE state IN ('received', 'forwarded') AND due_at > @since AND due_at <= @now
				 ORDER BY due_at`
			),
			report: db.prepare(
				`SELECT department_id AS departmentId, service_id AS serviceId, state,
				   received_at AS receivedAt, answered_at AS answeredAt, informed_on AS informedOn,
				   due_day AS dueDay, due_at AS dueAt
				 FROM inquiries WHERE location_id = @locationId AND received_at >= @from AND received_at < @to`
			),
			erase: db.prepare(
				`UPDATE inquiries SET phone = NULL, client_name = NULL, salutation = NULL, erased_at = @now
				 WHERE closed_at IS NOT NULL AND erased_at IS NULL AND closed_at <= @before`
			)
		};
	}

	insert(inquiry: NewInquiry): number {
		return Number(this.q.insert.run(inquiry).lastInsertRowid);
	}

	byId(id: number): Inquiry | null {
		return (this.q.byId.get(id) as Inquiry | undefined) ?? null;
	}

	/**
	 * Forwarded to a clerk (staffId) or a department as a whole (departmentId); `concerns` is the
	 * department it now concerns, when it named none or changed (null keeps it).
	 */
	forward(
		id: number,
		to: { staffId: number | null; departmentId: number | null },
		concerns: number | null,
		at: number
	) {
		this.q.forward.run({ id, ...to, concerns, at });
	}

	answer(id: number, staffId: number, informedOn: string, at: number) {
		this.q.answer.run({ id, staffId, informedOn, at });
	}

	close(id: number, at: number) {
		this.q.close.run({ id, at });
	}

	/** A list of the register as one person sees it; `departmentIds` are theirs. */
	list(list: InquiryList, staffId: number, departmentIds: readonly number[], now: number) {
		const departments = JSON.stringify(departmentIds);
		const rows =
			list === 'mine'
				? this.q.mine.all({ staffId })
				: list === 'forwarded'
					? this.q.forwarded.all({ staffId, departmentIds: departments })
					: list === 'department'
						? this.q.department.all({ departmentIds: departments })
						: this.q.overdue.all({ now });
		return rows as Inquiry[];
	}

	/** Open inquiries whose due day ended after `since` and by `now` (the moment to flag them). */
	becameOverdue(since: number, now: number): Inquiry[] {
		return this.q.becameOverdue.all({ since, now }) as Inquiry[];
	}

	/** What the statistics read of the inquiries received in [from, to): no text, no person. */
	reportRows(locationId: number, from: number, to: number): InquiryReportRow[] {
		return this.q.report.all({ locationId, from, to }) as InquiryReportRow[];
	}

	/** Retention: erase the phone and name of inquiries closed before `before`. */
	erase(before: number, now: number): number {
		return this.q.erase.run({ before, now }).changes;
	}
}
