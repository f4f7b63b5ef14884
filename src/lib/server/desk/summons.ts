/**
 * Summoning a specialist to the front desk (issue 15, SR-02/SR-07): a clerk at a window asks a
 * named colleague, or any clerk of a department, to come. Who receives it and how it moves on are
 * the domain's rules (queue/summons.ts); here they meet the directory's presence, the table
 * (db/repositories/summons.ts), the audit log and the screens of everyone it concerns.
 */
import type { SendSummonsRequest, SummonsBoardDto, SummonsDto } from '$lib/shared/summons';
import type { AuditLog } from '../audit/audit-log';
import { AccessDenied } from '../auth/access-denied';
import type { Principal } from '../auth/guard';
import type { StaffRepository } from '../auth/staff';
import type { Db } from '../db/open';
import { SUMMONS_RECENT_MS, type SummonsRepository } from '../db/repositories/summons';
import type { OfficeRepository } from '../office/repository';
import { DomainError, summons as rules, personalDataIn } from '../queue';
import type { Summons } from '../queue/summons';
import type { StatsRange } from '../stats/queries';
import { summonsReport, type SummonsReport } from '../stats/summons-report';
import type { StaffDirectory } from './directory';
import type { WindowHolds } from './window-holds';

/** Who hears a change: these people's screens, this summons as they all see it. */
export type SummonsAnnounce = (staffIds: readonly number[], summons: SummonsDto) => void;

/** How long a summons' note is kept (a day: the summons itself lasts minutes). */
export const SUMMONS_NOTE_KEPT_MS = 24 * 60 * 60_000;

export class SummonsDesk {
	constructor(
		private readonly db: Db,
		private readonly records: SummonsRepository,
		private readonly staff: StaffRepository,
		private readonly directory: Pick<StaffDirectory, 'people'>,
		private readonly office: OfficeRepository,
		private readonly holds: Pick<WindowHolds, 'require'>,
		private readonly audit: AuditLog,
		private readonly announce: SummonsAnnounce,
		private readonly clock: () => number
	) {}

	/**
	 * A summons' note serves the day it was sent (who comes, and why): after SUMMONS_NOTE_KEPT_MS it
	 * is blanked (the retention job); the times stay for the statistics. Answers how many.
	 */
	forgetNotes(): number {
		return this.records.forgetNotes(this.clock() - SUMMONS_NOTE_KEPT_MS);
	}

	/** A clerk at their window summons a named person or any clerk of a department. */
	send(actor: Principal, request: SendSummonsRequest): SummonsDto {
		const me = staffOf(actor);
		const named = request.staffId !== null;
		if (named === (request.departmentId !== null)) {
			throw new DomainError('invalid_input', { field: 'staffId' });
		}
		if (!this.office.window(request.windowId)) {
			throw new DomainError('not_found', { what: 'window' });
		}
		if (request.serviceId !== null && !this.office.service(request.serviceId)) {
			throw new DomainError('not_found', { what: 'service' });
		}
		// The note says what the matter is, never who the client is (as the question log's notes).
		const personal = personalDataIn(request.note);
		if (personal) throw new DomainError('invalid_input', { field: 'note', reason: personal });
		// The window is theirs: a clerk does not summon people to another clerk's window.
		this.holds.require(request.windowId, actor);
		const people = this.directory.people();
		let departmentId: number | null;
		let recipients: number[];
		if (request.staffId !== null) {
			recipients = rules.recipientsOf(me, { staffId: request.staffId }, people);
			departmentId = rules.departmentOfTarget(people.get(request.staffId)!);
		} else {
			departmentId = request.departmentId;
			if (departmentId === null || !this.office.department(departmentId)) {
				throw new DomainError('not_found', { what: 'department' });
			}
			recipients = rules.recipientsOf(me, { departmentId }, people);
		}
		// Someone in no department (an administrator's account) counts under the window's first matter's.
		departmentId ??= this.windowDepartment(request.windowId);
		const fresh = rules.sendSummons(
			{
				summonedBy: me,
				windowId: request.windowId,
				departmentId,
				targetStaffId: request.staffId,
				serviceId: request.serviceId,
				note: request.note,
				sentAt: this.clock()
			},
			recipients
		);
		const saved = this.db
			.transaction(() => {
				const saved = this.records.insert(fresh);
				this.audit.record({
					actor,
					action: 'summons.send',
					subject: `summons:${saved.id}`,
					detail: {
						windowId: saved.windowId,
						targetStaffId: saved.targetStaffId,
						departmentId: saved.departmentId,
						recipients,
						state: saved.state
					}
				});
				return saved;
			})
			.immediate();
		return this.told(saved);
	}

	accept(actor: Principal, summonsId: number): SummonsDto {
		const me = staffOf(actor);
		return this.change(actor, summonsId, 'summons.accept', (s) =>
			rules.accept(s, me, this.clock())
		);
	}

	decline(actor: Principal, summonsId: number, reason: string): SummonsDto {
		const me = staffOf(actor);
		return this.change(
			actor,
			summonsId,
			'summons.decline',
			(s) => rules.decline(s, me, reason, this.clock()),
			{ reason }
		);
	}

	arrive(actor: Principal, summonsId: number): SummonsDto {
		const me = staffOf(actor);
		return this.change(actor, summonsId, 'summons.arrive', (s) =>
			rules.arrive(s, me, this.clock())
		);
	}

	cancel(actor: Principal, summonsId: number): SummonsDto {
		const me = staffOf(actor);
		return this.change(actor, summonsId, 'summons.cancel', (s) =>
			rules.cancel(s, me, this.clock())
		);
	}

	/** Summons nobody answered in time expire (the job, summons-job.ts); answers how many. */
	expireDue(): number {
		const now = this.clock();
		const due = this.records.unansweredSince(now - rules.SUMMONS_ANSWER_MS);
		for (const s of due) {
			const expired = this.db
				.transaction(() => {
					const current = this.records.byId(s.id);
					if (!current || !rules.isDue(current, now)) return null;
					const next = rules.expire(current, now);
					this.records.update(next);
					this.audit.record({
						actor: null,
						action: 'summons.expire',
						subject: `summons:${s.id}`,
						detail: { recipients: s.recipients.map((r) => r.staffId) }
					});
					return next;
				})
				.immediate();
			if (expired) this.told(expired);
		}
		return due.length;
	}

	/** What a console or the directory shows on opening: what I sent and what waits for me. */
	board(actor: Principal): SummonsBoardDto {
		const me = staffOf(actor);
		const recent = this.records.involving(me, this.clock() - SUMMONS_RECENT_MS);
		const names = this.names();
		return {
			sent: recent.filter((s) => s.summonedBy === me).map((s) => this.dto(s, names)),
			received: recent
				.filter((s) => s.summonedBy !== me && s.recipients.some((r) => r.staffId === me))
				.map((s) => this.dto(s, names))
		};
	}

	/** The statistics of /manage: per department of the range's location (a manager's: theirs). */
	report(range: StatsRange): SummonsReport {
		return summonsReport(this.records.report(range.locationId, range.from, range.to), range);
	}

	/** A person may see a summons they sent or that went to them (others: unknown). */
	private change(
		actor: Principal,
		summonsId: number,
		action: string,
		step: (s: Summons) => Summons,
		detail: Record<string, unknown> = {}
	): SummonsDto {
		const next = this.db
			.transaction(() => {
				const current = this.records.byId(summonsId);
				if (!current) throw new DomainError('not_found', { what: 'summons' });
				const next = step(current);
				this.records.update(next);
				this.audit.record({
					actor,
					action,
					subject: `summons:${summonsId}`,
					detail: { ...detail, state: next.state }
				});
				return next;
			})
			.immediate();
		return this.told(next);
	}

	/** Announces a committed change to everyone it concerns, and answers it. */
	private told(s: Summons): SummonsDto {
		const dto = this.dto(s, this.names());
		this.announce(rules.concerned(s), dto);
		return dto;
	}

	private names(): Map<number, string> {
		return new Map(this.staff.all().map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
	}

	private windowDepartment(windowId: number): number {
		const window = this.office.window(windowId)!;
		for (const id of window.serviceIds) {
			const service = this.office.service(id);
			if (service) return service.departmentId;
		}
		throw new DomainError('not_found', { what: 'department' });
	}

	private dto(s: Summons, names: Map<number, string>): SummonsDto {
		const window = this.office.window(s.windowId);
		const department = this.office.department(s.departmentId);
		const person = (staffId: number) => ({ staffId, name: names.get(staffId) ?? `#${staffId}` });
		return {
			id: s.id,
			state: s.state,
			summoner: person(s.summonedBy),
			window: { id: s.windowId, label: window?.label ?? '', room: window?.room ?? '' },
			targetStaffId: s.targetStaffId,
			department: {
				id: s.departmentId,
				name: {
					pl: department?.name.pl ?? `#${s.departmentId}`,
					en: department?.name.en ?? `#${s.departmentId}`
				}
			},
			serviceId: s.serviceId,
			note: s.note,
			recipients: s.recipients.map((r) => ({
				...person(r.staffId),
				declined: r.declinedAt !== null,
				reason: r.reason
			})),
			acceptedBy: s.acceptedBy === null ? null : person(s.acceptedBy),
			sentAt: s.sentAt,
			acceptedAt: s.acceptedAt,
			arrivedAt: s.arrivedAt,
			endedAt: s.endedAt
		};
	}
}

function staffOf(principal: Principal): number {
	if (!principal.staff) throw new AccessDenied();
	return principal.staff.id;
}
