/**
 * The inquiry register (issue 15, Annex 2, SR-10..13): recording a question with its phone
 * number, forwarding it to the competent clerk or department, confirming the call-back, closing
 * it; the lists each person sees; the overdue ones; erasing the personal data after closing.
 * The rules (due day, lifecycle, who reads and acts) are the domain's (queue/inquiries.ts).
 */
import type { Db } from '../db/open';
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from '../auth/guard';
import { AccessDenied } from '../auth/access-denied';
import type { StaffRepository } from '../auth/staff';
import type { OfficeRepository } from '../office/repository';
import type { Inquiry, InquiryList, InquiryRepository } from '../db/repositories/inquiries';
import type { InquiryForward, InquiryIntake } from '../forms/inquiry-forms';
import { inquiryReport, type InquiryReport } from '../stats/inquiry-report';
import type { StatsRange } from '../stats/queries';
import {
	DomainError,
	dueInstant,
	inquiryDueDay,
	isOverdue,
	localTime,
	mayAct,
	mayRead,
	mayStep,
	type InquiryReader,
	type InquiryStep
} from '../queue';

/** How long a closed inquiry keeps the client's phone and name (privacy: only as needed). */
export const INQUIRY_PERSONAL_KEPT_DAYS = 30;

export interface InquiryView extends Inquiry {
	overdue: boolean;
	/** May this reader forward, answer or close it (else they only see it). */
	mayAct: boolean;
}

export class InquiryRegister {
	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly inquiries: InquiryRepository,
		private readonly staff: StaffRepository,
		private readonly audit: AuditLog,
		private readonly clock: () => number
	) {}

	/** Annex 2 filled in: received by the actor now, due in 3 working days of the location. */
	record(actor: Principal, locationId: number, input: InquiryIntake): InquiryView {
		const reader = readerOf(actor);
		const location = this.office.location(locationId);
		if (!location) throw new DomainError('not_found', { what: 'location' });
		const service =
			input.serviceId === null
				? null
				: (this.office.services(locationId).find((s) => s.id === input.serviceId) ?? null);
		if (input.serviceId !== null && !service) {
			throw new DomainError('not_found', { what: 'service' });
		}
		const departmentId = service?.departmentId ?? input.departmentId;
		if (departmentId !== null && !this.office.department(departmentId)) {
			throw new DomainError('not_found', { what: 'department' });
		}
		const now = this.clock();
		const dueDay = inquiryDueDay(location.hours, now);
		if (dueDay === null) throw new DomainError('office_closed');
		const id = this.db.transaction(() => {
			const id = this.inquiries.insert({
				locationId,
				channel: input.channel,
				question: input.question,
				phone: input.phone,
				clientName: input.clientName || null,
				salutation: input.salutation === '' ? null : (input.salutation as 'Pani' | 'Pan'),
				serviceId: service?.id ?? null,
				departmentId,
				receivedBy: reader.id,
				receivedAt: now,
				dueDay,
				dueAt: dueInstant(location.hours, dueDay)
			});
			// Never the question, phone or name: the audit log is kept for years.
			this.audit.record({
				actor,
				action: 'inquiry.create',
				subject: `inquiry:${id}`,
				detail: { channel: input.channel, departmentId, dueDay }
			});
			return id;
		})();
		return this.view(reader, this.inquiries.byId(id)!);
	}

	/** One inquiry, if the actor may read it (404 otherwise: its existence is not theirs to know). */
	get(actor: Principal, id: number): InquiryView {
		const reader = readerOf(actor);
		const inquiry = this.inquiries.byId(id);
		if (!inquiry || !mayRead(reader, inquiry)) {
			throw new DomainError('not_found', { what: 'inquiry' });
		}
		return this.view(reader, inquiry);
	}

	/** Field 5: forwarded to a clerk (with a request for an answer) or a department. */
	forward(actor: Principal, id: number, to: InquiryForward): InquiryView {
		if (to.staffId !== null) {
			const member = this.staff.byId(to.staffId);
			if (!member || !member.active) throw new DomainError('not_found', { what: 'staff' });
		}
		if (to.departmentId !== null && !this.office.department(to.departmentId)) {
			throw new DomainError('not_found', { what: 'department' });
		}
		return this.step(actor, id, 'forward', (inquiry, now) => {
			// Forwarded to a clerk, it concerns their department when it named none yet.
			const concerns =
				to.departmentId ??
				(inquiry.departmentId === null && to.staffId !== null
					? (this.staff.byId(to.staffId)?.departmentIds[0] ?? null)
					: null);
			this.inquiries.forward(id, to, concerns, now);
			return { staffId: to.staffId, departmentId: to.departmentId };
		});
	}

	/** Fields 7–8: the client was called back or informed on `informedOn`, confirmed by the actor. */
	answer(actor: Principal, id: number, informedOn: string): InquiryView {
		return this.step(actor, id, 'answer', (inquiry, now, reader) => {
			const zone = this.office.location(inquiry.locationId)!.hours.timeZone;
			const today = localTime(now, zone).day;
			const received = localTime(inquiry.receivedAt, zone).day;
			if (informedOn > today || informedOn < received) {
				throw new DomainError('invalid_input', { field: 'informedOn' });
			}
			this.inquiries.answer(id, reader.id, informedOn, now);
			return { informedOn, late: informedOn > inquiry.dueDay };
		});
	}

	close(actor: Principal, id: number): InquiryView {
		return this.step(actor, id, 'close', (_inquiry, now) => {
			this.inquiries.close(id, now);
			return {};
		});
	}

	/** A list as the actor sees it: every row passes the same read rule as `get`. */
	list(actor: Principal, list: InquiryList): InquiryView[] {
		const reader = readerOf(actor);
		return this.inquiries
			.list(list, reader.id, reader.departmentIds, this.clock())
			.filter((i) => mayRead(reader, i))
			.map((i) => this.view(reader, i));
	}

	/** Open inquiries whose due day ended after `since` (the overdue job flags them once). */
	becameOverdue(since: number, now = this.clock()): Inquiry[] {
		return this.inquiries.becameOverdue(since, now);
	}

	/**
	 * Whom an overdue inquiry is flagged to: everyone who may read it but the administrators
	 * (the receiver, whom it was forwarded to, the department's heads).
	 */
	alertRecipients(inquiry: Inquiry): number[] {
		return this.staff
			.all()
			.filter((m) => m.active && m.role !== 'admin')
			.filter((m) => mayRead({ id: m.id, role: m.role, departmentIds: m.departmentIds }, inquiry))
			.map((m) => m.id);
	}

	/** The statistics of the inquiries received in a report's range, scoped as the range is. */
	report(range: StatsRange): InquiryReport {
		const rows = this.inquiries.reportRows(range.locationId, range.from, range.to);
		return inquiryReport(rows, range, this.clock());
	}

	/** Retention: the phone and name of inquiries closed INQUIRY_PERSONAL_KEPT_DAYS ago. */
	erasePersonalData(): number {
		const now = this.clock();
		return this.inquiries.erase(now - INQUIRY_PERSONAL_KEPT_DAYS * 86_400_000, now);
	}

	private step(
		actor: Principal,
		id: number,
		step: InquiryStep,
		write: (inquiry: Inquiry, now: number, reader: InquiryReader) => Record<string, unknown>
	): InquiryView {
		const reader = readerOf(actor);
		return this.db
			.transaction(() => {
				const inquiry = this.inquiries.byId(id);
				if (!inquiry || !mayRead(reader, inquiry)) {
					throw new DomainError('not_found', { what: 'inquiry' });
				}
				if (!mayAct(reader, inquiry)) throw new AccessDenied();
				if (!mayStep(inquiry.state, step)) {
					throw new DomainError('invalid_state', { state: inquiry.state });
				}
				const detail = write(inquiry, this.clock(), reader);
				this.audit.record({ actor, action: `inquiry.${step}`, subject: `inquiry:${id}`, detail });
				return this.view(reader, this.inquiries.byId(id)!);
			})
			.immediate();
	}

	private view(reader: InquiryReader, inquiry: Inquiry): InquiryView {
		return {
			...inquiry,
			overdue: isOverdue(inquiry, this.clock()),
			mayAct: mayAct(reader, inquiry)
		};
	}
}

/** A staff principal as the register's rules see them; devices and visitors have no register. */
export function readerOf(actor: Principal): InquiryReader {
	if (!actor.staff) throw new AccessDenied();
	return { id: actor.staff.id, role: actor.staff.role, departmentIds: actor.staff.departmentIds };
}
