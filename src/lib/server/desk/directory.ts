/**
 * The staff directory (issue 15, SR-15/16/19): who is where, how to reach them, and whom to
 * contact instead. Presence is the domain's rule (queue/directory.ts) over what is stored here
 * (the set status, planned absences) and the console's window holds; each change is audited and
 * announced to every open directory page.
 */
import { localized } from '$lib/i18n/lang';
import type { AbsenceDto, DirectoryEntryDto, PresenceChangeDto } from '$lib/shared/directory';
import type { Lang, WindowHoldDto } from '$lib/shared/dto';
import type { AuditLog } from '../audit/audit-log';
import { AccessDenied } from '../auth/access-denied';
import type { Principal } from '../auth/guard';
import type { StaffMember, StaffRepository } from '../auth/staff';
import type { Db } from '../db/open';
import type { StaffAbsenceRepository } from '../db/repositories/staff-absences';
import type { StaffDirectoryRepository } from '../db/repositories/staff-directory';
import type { OfficeRepository } from '../office/repository';
import {
	addDays,
	contactInstead,
	DomainError,
	localTime,
	maySetPresence,
	presenceOn,
	type DirectoryPerson,
	type PresenceNow
} from '../queue';
import type { WindowHolds } from './window-holds';
import type { PresenceForm, AbsenceForm } from '../forms/directory-forms';

/** How far ahead an absence may be planned, and how long one may last (a typo, not a plan). */
const PLAN_AHEAD_DAYS = 730;

export class StaffDirectory {
	constructor(
		private readonly db: Db,
		private readonly staff: StaffRepository,
		private readonly records: StaffDirectoryRepository,
		private readonly absences: StaffAbsenceRepository,
		private readonly holds: Pick<WindowHolds, 'all'>,
		private readonly office: OfficeRepository,
		private readonly audit: AuditLog,
		private readonly announce: (change: PresenceChangeDto) => void,
		private readonly clock: () => number,
		private readonly timeZone: () => string
	) {}

	/** Today in the office's time zone (a local day). */
	today(): string {
		return localTime(this.clock(), this.timeZone()).day;
	}

	/** Every active person as `reader` sees them, with presence and whom to contact instead. */
	entries(reader: Principal, lang: Lang): DirectoryEntryDto[] {
		const actor = actorOf(reader);
		const now = this.presences();
		const records = this.records.all();
		const department = (id: number) => {
			const found = this.office.department(id);
			return found ? localized(found.name, lang) : `#${id}`;
		};
		const people = new Map<number, DirectoryPerson>(
			now.members.map((m) => [m.id, { ...m, presence: now.of.get(m.id)!.presence }])
		);
		const names = new Map(now.members.map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
		return now.members
			.filter((m) => m.active)
			.map((m) => {
				const record = records.get(m.id);
				const p = now.of.get(m.id)!;
				return {
					id: m.id,
					name: names.get(m.id)!,
					position: m.position,
					role: m.role,
					departments: m.departmentIds.map(department),
					room: record?.room ?? '',
					extension: record?.extension ?? '',
					presence: p.presence,
					absentUntil: p.absentUntil,
					set: record?.presence ?? 'in_office',
					setUntil: record?.absentUntil ?? null,
					contactInstead: contactInstead(m.id, people).map((id) => ({ id, name: names.get(id)! })),
					mayEdit: maySetPresence(actor, m)
				};
			});
	}

	/** The planned absences not yet over of the people `reader` may edit. */
	plannedAbsences(reader: Principal): AbsenceDto[] {
		const actor = actorOf(reader);
		const members = new Map(this.staff.all().map((m) => [m.id, m]));
		return this.absences
			.current(this.today())
			.filter((a) => members.has(a.staffId) && maySetPresence(actor, members.get(a.staffId)!));
	}

	/** What a person (or their manager) sets: a status, and for an absence its optional last day. */
	setPresence(actor: Principal, staffId: number, form: PresenceForm): void {
		const today = this.today();
		const until = form.presence === 'absent' ? form.until : null;
		this.db
			.transaction(() => {
				// Whose it is first: a person refused learns nothing of what else was wrong.
				this.editable(actor, staffId);
				if (until !== null && (until < today || until > addDays(today, PLAN_AHEAD_DAYS))) {
					throw new DomainError('invalid_input', { field: 'until' });
				}
				this.records.setPresence(staffId, form.presence, until, actor.staff!.id, this.clock());
				this.audit.record({
					actor,
					action: 'directory.presence',
					subject: `staff:${staffId}`,
					detail: { presence: form.presence, until }
				});
			})
			.immediate();
		this.changed(staffId);
	}

	/** A planned absence (leave, training) from one day to another, inclusive. */
	planAbsence(actor: Principal, staffId: number, form: AbsenceForm): number {
		const today = this.today();
		const id = this.db
			.transaction(() => {
				this.editable(actor, staffId);
				if (form.to < form.from || form.to < today || form.to > addDays(today, PLAN_AHEAD_DAYS)) {
					throw new DomainError('invalid_input', { field: 'to' });
				}
				const id = this.absences.insert(staffId, form.from, form.to, actor.staff!.id, this.clock());
				this.audit.record({
					actor,
					action: 'directory.absence',
					subject: `staff:${staffId}`,
					detail: { id, from: form.from, to: form.to }
				});
				return id;
			})
			.immediate();
		this.changed(staffId);
		return id;
	}

	cancelAbsence(actor: Principal, absenceId: number): void {
		const staffId = this.db
			.transaction(() => {
				const absence = this.absences.byId(absenceId);
				if (!absence) throw new DomainError('not_found', { what: 'absence' });
				this.editable(actor, absence.staffId);
				this.absences.remove(absenceId);
				this.audit.record({
					actor,
					action: 'directory.absence_cancel',
					subject: `staff:${absence.staffId}`,
					detail: { id: absenceId, from: absence.from, to: absence.to }
				});
				return absence.staffId;
			})
			.immediate();
		this.changed(staffId);
	}

	/** Extension and room, kept with the account (/admin/staff, administrators). */
	setContact(actor: Principal, staffId: number, extension: string, room: string): void {
		if (!this.staff.byId(staffId)) throw new DomainError('not_found', { what: 'staff' });
		const before = this.records.of(staffId);
		if (before.extension === extension && before.room === room) return;
		this.db.transaction(() => {
			this.records.setContact(staffId, extension, room);
			this.audit.record({
				actor,
				action: 'directory.contact',
				subject: `staff:${staffId}`,
				detail: { extension, room }
			});
		})();
	}

	contactOf(staffId: number): { extension: string; room: string } {
		const { extension, room } = this.records.of(staffId);
		return { extension, room };
	}

	/**
	 * A console took a window (or took it over): its clerk is now at a window, and the one it was
	 * taken from may no longer be. Called after the hold is committed (desk.ts, through app.ts).
	 */
	windowHeld(hold: WindowHoldDto): void {
		for (const who of [hold.holder, hold.takenFrom]) if (who) this.changed(who.staffId);
	}

	/** Everyone (active or not) as the domain's rules see them now: the summons' recipients. */
	people(): Map<number, DirectoryPerson> {
		const now = this.presences();
		return new Map(now.members.map((m) => [m.id, { ...m, presence: now.of.get(m.id)!.presence }]));
	}

	/** One person's presence now. */
	presenceOf(staffId: number): PresenceNow {
		return this.presences().of.get(staffId) ?? { presence: 'in_office', absentUntil: null };
	}

	/** Everyone's presence today, from one read of each table. */
	private presences(): { members: StaffMember[]; of: Map<number, PresenceNow> } {
		const today = this.today();
		const members = this.staff.all();
		const records = this.records.all();
		const absences = this.absences.current(today);
		const holding = new Set([...this.holds.all().values()].map((h) => h.staffId));
		const of = new Map<number, PresenceNow>();
		for (const m of members) {
			const r = records.get(m.id);
			of.set(
				m.id,
				presenceOn(today, {
					set: r?.presence ?? 'in_office',
					setUntil: r?.absentUntil ?? null,
					absences: absences.filter((a) => a.staffId === m.id),
					holdsWindow: holding.has(m.id)
				})
			);
		}
		return { members, of };
	}

	/** Refuses (404 unknown or inactive, 403 not theirs to set) before anything is written. */
	private editable(actor: Principal, staffId: number): StaffMember {
		const target = this.staff.byId(staffId);
		if (!target || !target.active) throw new DomainError('not_found', { what: 'staff' });
		if (!maySetPresence(actorOf(actor), target)) throw new AccessDenied();
		return target;
	}

	private changed(staffId: number): void {
		this.announce({ staffId, ...this.presenceOf(staffId) });
	}
}

function actorOf(principal: Principal) {
	if (!principal.staff) throw new AccessDenied();
	return {
		id: principal.staff.id,
		role: principal.staff.role,
		departmentIds: principal.staff.departmentIds
	};
}
